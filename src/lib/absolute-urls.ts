/**
 * Feed readers show an article away from our site, where "/articles/x/" or "./photo.png" points
 * nowhere: every URL in a feed's HTML must be absolute. Rewrites URL-bearing attributes in place
 * and leaves the rest of the markup byte for byte as the renderer wrote it.
 */
import { Parser } from 'htmlparser2';

/** Attributes whose value is one URL. */
const urlAttributes = new Set(['href', 'src', 'poster', 'cite', 'action', 'formaction', 'data', 'longdesc', 'xlink:href']);

/** `mailto:`, `https:`, `data:`… : anything with a scheme is already absolute and kept as written. */
const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

/** One URL made absolute against `base` (the page the HTML was written for). */
export function absoluteUrlFrom(value: string, base: string): string {
  const url = value.trim();
  if (url === '' || hasScheme.test(url)) return value;
  try {
    return new URL(url, base).href;
  } catch {
    return value;
  }
}

/** `srcset="a.png 1x, b.png 2x"`: each candidate's URL made absolute, descriptors kept. */
export function absoluteSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [absoluteUrlFrom(url, base), ...descriptors].join(' ');
    })
    .join(', ');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The HTML with every link, image and media URL absolute against `base`. Comments, text and
 * the contents of `<script>`/`<style>` are not attributes and are left alone.
 */
export function absolutizeHtml(html: string, base: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const parser = new Parser(
    {
      onattribute(name, value) {
        const rewritten = name === 'srcset' ? absoluteSrcset(value, base) : urlAttributes.has(name) ? absoluteUrlFrom(value, base) : value;
        if (rewritten === value) return;
        // htmlparser2 reports where the attribute starts (its name) and ends (just past the
        // closing quote, or past an unquoted value).
        const start = parser.startIndex;
        const writtenName = html.slice(start, start + name.length);
        edits.push({ start, end: parser.endIndex, text: `${writtenName}="${escapeAttribute(rewritten)}"` });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  let result = html;
  for (const edit of edits.reverse()) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
