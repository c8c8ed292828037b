/**
 * <RichLink> cards (src/editorial/rich-link.ts) filled in: the body's HTML holds a marked link
 * to the earlier story, and the page and the feeds put its kicker, headline and date in when
 * they render, from the newsroom of this build. One function for both, so they agree.
 */
import { escapeXml } from './escape';
import { richLinkPlaceholder } from '../editorial/rich-link';
import type { TimeView } from './article-view';

/** What a card shows of the story it links to. */
export interface RichLinkCard {
  /** The target's id (slug), as the body's marker names it. */
  id: string;
  kicker: string;
  title: string;
  date: TimeView;
}

/** The marked link exactly as the body pipeline writes it (hast-util-to-html's output). */
const markedLink = new RegExp(`<a href="([^"]*)" data-rich-link="([^"]*)">${richLinkPlaceholder}</a>`, 'g');

/**
 * Takes a body's HTML and the cards of the stories it links to; returns the HTML with each
 * marked link made a card: kicker, headline and date inside the link. A link whose card is
 * missing is left as it is (the build has already refused links to unknown stories).
 */
export function fillRichLinks(html: string, cards: readonly RichLinkCard[]): string {
  if (cards.length === 0) return html;
  const byId = new Map(cards.map((card) => [card.id, card]));
  return html.replace(markedLink, (whole, href: string, id: string) => {
    const card = byId.get(id);
    if (!card) return whole;
    return (
      `<a href="${href}" class="rich-link-card">` +
      `<span class="rich-link-kicker">${escapeXml(card.kicker)}</span> ` +
      `<strong class="rich-link-title">${escapeXml(card.title)}</strong> ` +
      `<time datetime="${escapeXml(card.date.datetime)}">${escapeXml(card.date.text)}</time></a>`
    );
  });
}
