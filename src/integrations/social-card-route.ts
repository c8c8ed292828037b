/**
 * `astro dev` only (a build places cards itself, see social-cards.ts): draws the share card the
 * page asks for, so head tags can be checked in the dev server too.
 */
import type { APIRoute } from 'astro';
import { getNewsroom } from '../lib/content';
import { socialCardOrders } from '../lib/page-meta';
import { renderSocialCard, resolveCardFonts } from '../lib/social-card';

async function ordersByPath() {
  const newsroom = await getNewsroom();
  return new Map(socialCardOrders(newsroom.articles, newsroom.ageNotice).map((order) => [order.path, order.card]));
}

/** Serves the site card and every article card: one route for both patterns, found by URL. */
export const GET: APIRoute = async ({ url }) => {
  const card = (await ordersByPath()).get(url.pathname.replace(/^\//, ''));
  if (!card) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(await renderSocialCard(card, resolveCardFonts())), { headers: { 'Content-Type': 'image/png' } });
};
