/**
 * The dateline: the place a story was reported from, printed at the start of the story in the
 * wire agencies' style ("BEIJING — China's biggest…"). One function puts it into the body's
 * HTML, so the page and the feeds print it the same way, whatever renders the body.
 */
import { escapeXml } from './escape';

/** "Beijing" → "BEIJING —": the place in capitals (by the site's language rules), then an em dash. */
export function datelineText(place: string, locale: string): string {
  return `${place.toLocaleUpperCase(locale)} —`;
}

/** A body that opens with a paragraph: its opening tag (any attributes). */
const openingParagraph = /^\s*<p(?:\s[^>]*)?>/;

/**
 * Takes a story's body HTML and its dateline place (undefined when unknown) and returns the
 * body with the dateline at its start: inside the first paragraph when the story opens with one
 * (`<p><span class="dateline">BEIJING —</span> China's…`), else as a paragraph of its own before
 * whatever opens the story (a heading, a figure), where it stands without the dash. The place is
 * frontmatter text, so it is escaped; the body is returned unchanged when there is no place.
 */
export function withDateline(bodyHtml: string, place: string | undefined, locale: string): string {
  if (place === undefined) return bodyHtml;
  const opening = openingParagraph.exec(bodyHtml);
  if (opening) {
    const marker = `<span class="dateline">${escapeXml(datelineText(place, locale))}</span> `;
    return opening[0] + marker + bodyHtml.slice(opening[0].length);
  }
  return `<p class="dateline">${escapeXml(place.toLocaleUpperCase(locale))}</p>\n${bodyHtml}`;
}
