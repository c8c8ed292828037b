/**
 * What the search page shows, as plain data: the query and sort kept in the address, the
 * sentence that counts results, the filter groups with their counts, and an excerpt split into
 * plain and marked text. No DOM here: src/client/search-page.ts draws it, and tests read it.
 */
import type { SearchFilter } from './search-entry';
import { updateAnchorPrefix } from './update-anchors';

export type SearchSort = 'relevance' | 'newest';

/** What the address of the search page holds: `?q=…` and, when chosen, `&sort=newest`. */
export interface SearchAddress {
  query: string;
  sort: SearchSort;
}

export function readSearchAddress(search: string): SearchAddress {
  const params = new URLSearchParams(search);
  return {
    query: params.get('q')?.trim() ?? '',
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** The `?…` part for a search (empty for no query and the default sort). */
export function searchAddressQuery({ query, sort }: SearchAddress): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (sort === 'newest') params.set('sort', 'newest');
  const text = params.toString();
  return text ? `?${text}` : '';
}

const countFormat = new Intl.NumberFormat('en-GB');

/** The sentence screen readers hear and everyone sees: "2 results for china". */
export function resultSummary(count: number, query: string): string {
  if (count === 0) return `No results for ${query}`;
  return `${countFormat.format(count)} ${count === 1 ? 'result' : 'results'} for ${query}`;
}

/** The filters in the order readers see them, with their headings. */
export const filterGroupsShown: ReadonlyArray<{ name: SearchFilter; label: string }> = [
  { name: 'topic', label: 'Topic' },
  { name: 'kind', label: 'Kind' },
  { name: 'source', label: 'Source' },
  { name: 'year', label: 'Year' },
];

/** Ticked filter values, by filter name. */
export type SelectedFilters = Partial<Record<SearchFilter, string[]>>;

export interface FilterChoice {
  value: string;
  /** How many of the current results have this value (what ticking it would leave). */
  count: number;
  checked: boolean;
}

export interface FilterGroup {
  name: SearchFilter;
  label: string;
  choices: FilterChoice[];
}

/**
 * The filter groups for a set of results, from Pagefind's counts (`filters` of a search
 * response). A value no result has is left out unless the reader ticked it, so every box
 * narrows the results; topics and sources are in alphabetical order, years newest first.
 */
export function filterGroups(counts: Record<string, Record<string, number>>, selected: SelectedFilters): FilterGroup[] {
  return filterGroupsShown.map(({ name, label }) => {
    const ticked = new Set(selected[name] ?? []);
    const values = new Map(Object.entries(counts[name] ?? {}));
    for (const value of ticked) if (!values.has(value)) values.set(value, 0);
    const choices = [...values]
      .filter(([value, count]) => count > 0 || ticked.has(value))
      .map(([value, count]) => ({ value, count, checked: ticked.has(value) }));
    choices.sort(name === 'year' ? (a, b) => b.value.localeCompare(a.value) : (a, b) => a.value.localeCompare(b.value, 'en-GB'));
    return { name, label, choices };
  });
}

/**
 * The filter "newest first" orders by: each page's publication minute (src/lib/search-entry.ts).
 * Readers never see it as a filter.
 */
export const publishedFilter = 'published';

/** Pagefind's `filters` option, by filter: values a result must all have, or `any` or `none` of a list. */
export type PagefindFilters = Record<string, string[] | { any: string[] } | { none: string[] }>;

/**
 * Pagefind's `filters` option: every ticked value must match (each box narrows the results).
 * `counted` names filters whose counts the page needs without narrowing anything ("none of
 * no values" matches every page): Pagefind fetches a filter's values only for a search that
 * names it, so a first search fetches none.
 */
export function pagefindFilters(selected: SelectedFilters, counted: readonly string[] = []): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const name of counted) filters[name] = { none: [] };
  for (const [name, values] of Object.entries(selected)) if (values && values.length > 0) filters[name] = values;
  return filters;
}

/** A stretch of the results newest first: the `published` values it covers, and how many results of the first one come before it. */
export interface NewestStretch {
  values: string[];
  skip: number;
}

const newestValueFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/**
 * Which `published` values hold places `from` to `from + size - 1` of the results newest first,
 * from how many results have each value (the `published` counts of a search naming that filter).
 */
export function newestStretch(counts: Record<string, number>, from: number, size: number): NewestStretch {
  const stretch: NewestStretch = { values: [], skip: 0 };
  let start = 0;
  for (const [value, count] of Object.entries(counts).sort(([a], [b]) => newestValueFirst(a, b))) {
    if (count <= 0) continue;
    if (start + count > from) {
      if (stretch.values.length === 0) stretch.skip = from - start;
      stretch.values.push(value);
    }
    start += count;
    if (start >= from + size) break;
  }
  return stretch;
}

/** Results newest first by their `published` value; those of the same minute keep Pagefind's ranking. */
export function newestFirst<T>(results: readonly T[], published: (result: T) => string | undefined): T[] {
  return [...results].sort((a, b) => newestValueFirst(published(a) ?? '', published(b) ?? ''));
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const escapedByPagefind: Record<string, string> = { '&lt;': '<', '&gt;': '>' };

/**
 * Splits a Pagefind excerpt into text and marked words, so the page can draw it with text nodes
 * and never as HTML. Pagefind escapes `<` and `>` of the page text (and nothing else) and wraps
 * matched words in `<mark>…</mark>`, so those two tags are the only markup an excerpt can hold.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    if (!piece) continue;
    const text = piece.replace(/&[lg]t;/g, (entity) => escapedByPagefind[entity] ?? entity);
    const previous = parts.at(-1);
    if (previous && previous.marked === marked) previous.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

/** A result's link or picture must be an address on this site (index data is never trusted to be one). */
export function isOwnPath(url: string | undefined): url is string {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.includes('\\');
}

/** A part of a page that a search matched (Pagefind 1.6's `sub_results`: text under a heading with an id). */
export interface MatchedSection {
  /** The heading's text. */
  title: string;
  /** The page's address with the heading's anchor. */
  url: string;
  anchor?: { id?: string | undefined } | undefined;
}

/**
 * The updates of a developing story that a search matched, in the page's order (newest first),
 * at most `limit`: each links to its update. Pagefind splits a page's hits by the headings with
 * ids that precede them, and each update's heading has one (src/editorial/update.ts).
 */
export function matchedUpdates(sections: readonly MatchedSection[] | undefined, limit = 3): { title: string; url: string }[] {
  return (sections ?? [])
    .filter((section) => section.anchor?.id?.startsWith(updateAnchorPrefix) && isOwnPath(section.url))
    .slice(0, limit)
    .map(({ title, url }) => ({ title: title.replace(/\s+/g, ' ').trim(), url }));
}
