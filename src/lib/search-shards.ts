/**
 * The search index is split into shards, each a complete Pagefind bundle at /pagefind/<shard>/,
 * that the search page merges (Pagefind's `mergeIndex`, its "multisite" search). A story goes
 * to the shard of the year it was published in (newsroom clock); outside stories ("Elsewhere")
 * have their own. Publishing a story then rebuilds one year's shard, not the whole archive's
 * index (src/integrations/search-index.ts reuses every shard whose pages are unchanged).
 */
import type { Newsroom } from './newsroom';

/** The shard of outside stories' pages. */
export const elsewhereShard = 'elsewhere';

/** Where a shard's bundle is served: the search page loads `pagefind.js` from the first one. */
export const shardBundleUrl = (shard: string) => `/pagefind/${shard}/`;

/**
 * Every shard the built site has, newest year first, so the search page's primary bundle (the
 * one whose search engine it loads) is the one most searches find the most in.
 */
export function searchShards(newsroom: Pick<Newsroom, 'archive' | 'readMoreItems'>): string[] {
  const years = [...new Set(newsroom.archive().map((month) => month.year))];
  return newsroom.readMoreItems.length > 0 ? [...years, elsewhereShard] : years;
}
