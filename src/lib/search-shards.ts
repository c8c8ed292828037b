/**
 * The search index is split into shards, each a complete Pagefind bundle at /pagefind/<shard>/,
 * that the search page merges (Pagefind's `mergeIndex`, its "multisite" search): the stories of
 * the newest year (newsroom clock), where breaking news lands, and the archive (every older
 * story, and the outside stories). Publishing a story re-indexes its year, not the archive
 * (src/integrations/search-index.ts reuses a shard whose pages are unchanged); the archive is
 * indexed again once a year, when the first story of a new year is published.
 *
 * Why two shards and not one per year: every shard a search merges costs its own index chunk
 * on the first query (about 25 KB), and the first-query budget has room for about one.
 */
import type { Newsroom } from './newsroom';

/** The shard of everything before the newest year, outside stories included. */
export const archiveShard = 'archive';

/** Where a shard's bundle is served: the search page loads `pagefind.js` from the first one. */
export const shardBundleUrl = (shard: string) => `/pagefind/${shard}/`;

/** The newest year with a published story ("2026"), or undefined for an empty archive. */
export function latestYear(newsroom: Pick<Newsroom, 'archive'>): string | undefined {
  return newsroom.archive()[0]?.year;
}

/** The shard of a story published in `year` (four digits, newsroom clock). */
export function shardOfYear(year: string, latest: string | undefined): string {
  return year === latest ? year : archiveShard;
}

/**
 * Every shard the built site has, the newest year first, so the search page's primary bundle
 * (the one whose search engine it loads) is the one breaking news is in.
 */
export function searchShards(newsroom: Pick<Newsroom, 'archive' | 'readMoreItems'>): string[] {
  const months = newsroom.archive();
  const latest = latestYear(newsroom);
  const shards = latest === undefined ? [] : [latest];
  if (months.some((month) => month.year !== latest) || newsroom.readMoreItems.length > 0) shards.push(archiveShard);
  return shards;
}
