/**
 * Plain-text excerpts of an article body, for listings, meta descriptions, JSON-LD and feeds when
 * the editor wrote no standfirst. They are taken from the rendered body HTML (stored when
 * content syncs, src/loaders/mdx-entries.ts), so they say what the page says.
 */
import { Parser } from 'htmlparser2';
import type { Article } from './newsroom';

/** `text` whole when it fits in `maxLength` characters, else cut at a word boundary with an ellipsis. */
function cutAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > maxLength / 2 ? lastSpace : maxLength).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The opening of the story as plain text, from its rendered body HTML (`entry.rendered.html`):
 * the text of its paragraphs, in order, as a reader sees them, cut at a word boundary after
 * `maxLength` characters. Entities are decoded once (`&lt;=25%` on the page reads "<=25%").
 * Left out, as an excerpt cannot show them for what they are:
 * - footnote markers (GFM's `<sup><a data-footnote-ref>`) and the footnotes section;
 * - struck-out text (`<del>`, `<s>`): what the story retracts must not read as what it says;
 * - text hidden from sight (`aria-hidden`, the visually-hidden "(another site)" of outside links);
 * - paragraphs in quotes, figures, asides, tables and code: the story's own words come first.
 */
export function renderedTextExcerpt(html: string, maxLength = 200): string {
  return cutAtWord(renderedParagraphs(html).join(' '), maxLength);
}

/** Elements whose paragraphs are not the story's running text. */
const asideElements = new Set(['aside', 'blockquote', 'figure', 'table', 'pre', 'nav', 'details']);
/** Elements whose text never reads as part of a sentence. */
const hiddenElements = new Set(['del', 's', 'script', 'style', 'template', 'svg', 'math']);

function renderedParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  // One entry per open element: whether its text is left out.
  const skipped: boolean[] = [];
  let paragraph: string | undefined;
  let afterRemoval = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const classes = (attributes['class'] ?? '').split(/\s+/);
        const skip =
          skipped.at(-1) === true ||
          hiddenElements.has(name) ||
          asideElements.has(name) ||
          'data-footnotes' in attributes ||
          'data-footnote-ref' in attributes ||
          attributes['aria-hidden'] === 'true' ||
          classes.includes('visually-hidden') ||
          classes.includes('sr-only');
        skipped.push(skip);
        if (!skip && name === 'p') paragraph = '';
        if (!skip && name === 'br' && paragraph !== undefined) paragraph += ' ';
      },
      ontext(text) {
        if (paragraph === undefined || skipped.at(-1) === true) return;
        // Struck-out words leave a gap; no space is left before the punctuation that follows.
        if (afterRemoval && /^[,.;:!?)]/.test(text)) paragraph = paragraph.trimEnd();
        afterRemoval = false;
        paragraph += text;
      },
      onclosetag(name) {
        const wasSkipped = skipped.pop() === true;
        if (wasSkipped && skipped.at(-1) !== true) afterRemoval = true;
        if (!wasSkipped && name === 'p' && paragraph !== undefined) {
          const text = paragraph.replace(/\s+/g, ' ').trim();
          if (text !== '') paragraphs.push(text);
          paragraph = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return paragraphs;
}

/** A page's meta description: the standfirst, or the opening of the story as the page shows it. */
export function describeArticle(article: Article): string {
  return article.data.standfirst ?? renderedTextExcerpt(article.rendered?.html ?? '', 160);
}
