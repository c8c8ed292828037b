/** The share card of each article without a hero image: /social/articles/<slug>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getNewsroom } from '../../../lib/content';
import { socialCardCacheDir } from '../../../lib/content-paths';
import { articleSocialCard } from '../../../lib/page-meta';
import { cachedSocialCards } from '../../../lib/social-card';

export const getStaticPaths = (async () => {
  const newsroom = await getNewsroom();
  return newsroom.articles.filter((article) => !article.data.image).map((article) => ({ params: { slug: article.id } }));
}) satisfies GetStaticPaths;

let cards: Promise<Map<string, Promise<string>>> | undefined;

/**
 * All cards are queued when the first is asked for, so drawing overlaps on both cores while
 * Astro writes the files one by one. The dev server re-reads content, so it queues afresh.
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
