/** The share card of each article without a hero image: /social/articles/<slug>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getNewsroom } from '../../../lib/content';
import { socialCardCacheDir } from '../../../lib/content-paths';
import { articleSocialCard } from '../../../lib/page-meta';
import { cachedSocialCards } from '../../../lib/social-card';

export const getStaticPaths = (async () => {
  const newsroom = await getNewsroom();
  // Astro asks every route for its paths before rendering any page: starting the drawing
  // here lets it run on the second core while the article pages render on the first.
  void allCards();
  return newsroom.articles.filter((article) => !article.data.image).map((article) => ({ params: { slug: article.id } }));
}) satisfies GetStaticPaths;

let cards: Promise<Map<string, Promise<string>>> | undefined;

/**
 * Every card is queued at once and drawn a few at a time, in the order the pages ask for them.
 * The dev server re-reads content, so there it queues afresh (cached cards cost a stat each).
 */
function allCards(): Promise<Map<string, Promise<string>>> {
  if (!cards || import.meta.env.DATELINE_PREVIEW_UNPUBLISHED) {
    cards = getNewsroom().then((newsroom) =>
      cachedSocialCards(
        newsroom.articles.filter((article) => !article.data.image).map((article) => ({ id: article.id, card: articleSocialCard(article) })),
        { cacheDir: socialCardCacheDir() },
      ),
    );
  }
  return cards;
}

export const GET: APIRoute = async ({ params }) => {
  const path = (await allCards()).get(params['slug'] ?? '');
  if (!path) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(await readFile(await path)), { headers: { 'Content-Type': 'image/png' } });
};
