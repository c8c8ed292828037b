/**
 * Share cards are not pages: rendering a thousand PNGs as routes cost a few milliseconds each in
 * Astro's page pipeline, and drawing them in the page-rendering thread slowed every page. So the
 * article route hands the build the list of cards it needs (an order), and the build
 * (src/integrations/social-cards.ts) draws the missing ones in a child process while pages
 * render, then links each finished card into the output.
 *
 * Page code is bundled by Vite and integration code is not, so each has its own copy of this
 * module; they meet through one process-wide registry. Outside a build (`astro dev`, tests)
 * nobody is listening and an order is dropped: the dev server draws cards on request.
 */
import type { SocialCard } from './social-card.ts';

export interface SocialCardOrder {
  /** Where the card goes in the built site, e.g. `social/articles/<slug>.png` (no leading slash). */
  path: string;
  card: SocialCard;
}

type OrderSink = (orders: readonly SocialCardOrder[]) => void;

const registry = Symbol.for('dateline.social-card-orders');
const slot = globalThis as { [registry]?: OrderSink };

/** Called once per build by the page code that knows every card the site links to. */
export function orderSocialCards(orders: readonly SocialCardOrder[]): void {
  slot[registry]?.(orders);
}

/** Called by the build: from now on orders go to `sink`. Returns the function that stops it. */
export function receiveSocialCardOrders(sink: OrderSink): () => void {
  slot[registry] = sink;
  return () => {
    if (slot[registry] === sink) delete slot[registry];
  };
}
