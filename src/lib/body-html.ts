/**
 * A body's stored HTML made ready for readers: the one step between Astro's `render(entry)` and
 * the article page or a feed item, so both show the same thing.
 */
import { fillRichLinks, type RichLinkCard } from './rich-links';

/**
 * Astro's content-layer image swap writes img attributes on every placeholder; on a `<source>`
 * inside `<picture>` (src/editorial/figure.ts) `src`, `alt`, `loading` and `decoding` are not
 * allowed (HTML: the source element), so they are dropped. `srcset`, `sizes`, `type`, `width`
 * and `height` stay.
 */
export function tidyPictureSources(html: string): string {
  return html.replace(/<source\s[^>]*>/g, (tag) => tag.replace(/\s(?:src|alt|loading|decoding)="[^"]*"/g, ''));
}

/**
 * Takes a body's HTML as rendered from the content store and the cards of the stories its
 * <RichLink>s name; returns what the page and the feeds print.
 */
export function finishBodyHtml(html: string, cards: readonly RichLinkCard[]): string {
  return fillRichLinks(tidyPictureSources(html), cards);
}
