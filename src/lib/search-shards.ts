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
import { site } from '../site.config';
import { timeView } from './article-view';
import type { Article, Newsroom } from './newsroom';
import { otherIndexLanguages, type IndexLanguage } from './search-languages';

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

/** The year an article was published in on the newsroom clock: 00:30 on 1 January in London is that year's. */
export function yearOf(article: Article): string {
  return timeView(article.data.pubDate).datetime.slice(0, 4);
}

/**
 * The search shard an article belongs to, given `latest`, the newest year with a published
 * story. An article page's props carry it, so a page is rendered again only when its own shard
 * changes.
 */
export function articleShard(article: Article, latest: string | undefined): string {
  return shardOfYear(yearOf(article), latest);
}

/**
 * What the search page merges: every shard's bundle (primary first), and the indexes of other
 * languages each shard holds (src/lib/search-languages.ts), merged only for a query in them.
 */
export function searchPageIndexes(newsroom: Pick<Newsroom, 'archive' | 'articles' | 'readMoreItems'>): { bundles: string[]; languages: IndexLanguage[] } {
  const latest = latestYear(newsroom);
  const stories = [
    ...newsroom.articles.map((article) => ({ lang: article.data.lang, bundle: shardBundleUrl(articleShard(article, latest)) })),
    ...newsroom.readMoreItems.map((item) => ({ lang: item.data.lang, bundle: shardBundleUrl(archiveShard) })),
  ];
  return { bundles: searchShards(newsroom).map(shardBundleUrl), languages: otherIndexLanguages(stories, site.locale) };
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
