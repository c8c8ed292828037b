/**
 * What the search index holds about a page besides its text: what a result shows (kicker,
 * date, standfirst, image), the filters readers narrow results by (topic, source, year) and
 * the instant "newest first" orders by. Pages hand it to Pagefind as data-pagefind-* attributes
 * (components/SearchIndexData.astro); the headline and text come from the page itself.
 */
import { site, topics } from '../site.config';
import { timeView, readMoreItemDate } from './article-view';
import type { Article, ReadMoreItem } from './newsroom';
import { archiveShard, yearOf } from './search-shards';
import { storyOrigin } from './story-origin';
import { articleKinds, kindLabel } from './article-kinds';

export type SearchFilter = 'kind' | 'topic' | 'source' | 'year';

export interface SearchEntry {
  /** Shown in results: `kicker`, `date`, and when known `standfirst`, `image`, `image_alt`. */
  meta: Array<[key: string, value: string]>;
  /** Values readers filter by; a page may have several topics. */
  filters: Array<[key: SearchFilter, value: string]>;
  /**
   * When the page was published, to the minute in UTC ("2022-03-03T09:15Z"), for "newest
   * first". It is a Pagefind filter the reader never sees, not a Pagefind sort key: a sort key
   * puts every page's place in the order into the file every first search loads (12 KB at
   * 5,000 articles), a filter's values are fetched only when a search asks for them
   * (src/client/search-page.ts). Every indexed page needs one to be listed newest first;
   * undated pages get 1970's, so they come last.
   */
  published: string;
  /** The search index shard that holds the page (src/lib/search-shards.ts). */
  shard: string;
}

/** The `published` key of an instant (milliseconds since 1970 UTC): sortable as text. */
export function publishedKey(milliseconds: number): string {
  return `${new Date(milliseconds).toISOString().slice(0, 16)}Z`;
}

/** An image for the result card: a small rendition's URL and its alt text. */
export interface SearchImage {
  src: string;
  alt: string;
}

/** The search facts of one of our articles, filed in search shard `shard` (articleShard). */
export function articleSearchEntry(article: Article, shard: string, image?: SearchImage): SearchEntry {
  const { data } = article;
  const published = timeView(data.pubDate);
  const topicLabels = data.topics.map((slug) => topics[slug]);
  const kind = kindLabel(data.kind);
  const topic = topicLabels[0] ?? site.name;
  const meta: SearchEntry['meta'] = [
    ['kicker', kind ? `${kind} · ${topic}` : topic],
    ['date', published.text],
  ];
  if (data.standfirst) meta.push(['standfirst', data.standfirst]);
  if (image) meta.push(['image', image.src], ['image_alt', image.alt]);

  // Every kind is a filter value, reports too, so a reader can ask for reports only.
  const filters: SearchEntry['filters'] = [['kind', articleKinds[data.kind].label], ...topicLabels.map((label): [SearchFilter, string] => ['topic', label])];
  filters.push(['source', storyOrigin(data, site.name)]);
  filters.push(['year', yearOf(article)]);

  return { meta, filters, published: publishedKey(data.pubDate.instant.getTime()), shard };
}

/** The search facts of an outside story's page ("Elsewhere"). */
export function readMoreSearchEntry(item: ReadMoreItem): SearchEntry {
  const { publisher, standfirst, date } = item.data;
  const meta: SearchEntry['meta'] = [['kicker', `Elsewhere: ${publisher}`]];
  const shownDate = readMoreItemDate(item);
  if (shownDate) meta.push(['date', shownDate.text]);
  if (standfirst) meta.push(['standfirst', standfirst]);

  const filters: SearchEntry['filters'] = [['source', publisher]];
  if (date) filters.push(['year', String(date.year)]);

  return { meta, filters, published: publishedKey(date ? Date.UTC(date.year, date.month - 1, date.day ?? 1) : 0), shard: archiveShard };
}
