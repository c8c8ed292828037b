/**
 * The search page in the reader's browser: runs Pagefind's search engine (its JS API, loaded
 * from /pagefind/ only here) and draws results, filters, the result count and the sort from the
 * page's own markup (components/SearchPanel.astro). Everything from the index is written as
 * text; only Pagefind's <mark> in excerpts becomes an element (see excerptParts).
 *
 * Without JavaScript the form still reloads /search/?q=…; this script takes it from there.
 */
import {
  excerptParts,
  filterGroups,
  filterGroupsShown,
  isOwnPath,
  newestFirst,
  newestStretch,
  pagefindFilters,
  publishedFilter,
  readSearchAddress,
  resultSummary,
  searchAddressQuery,
  type PagefindFilters,
  type SearchSort,
  type SelectedFilters,
} from '../lib/search-view';
import type { SearchFilter } from '../lib/search-entry';

/** The part of Pagefind's JS API (pagefind.js) this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  debouncedSearch(term: string, options: Record<string, unknown>, wait: number): Promise<PagefindResponse | null>;
}

/** A listed result, with its details when they were needed to place it. */
interface Listed {
  result: PagefindResult;
  data?: PagefindResultData;
}

/** Results listed at once, and on each "Show more". */
const pageSize = 10;
/**
 * Each result's details (headline, excerpt…) cost a request of about 2 KB, so a listed result
 * fetches them only when it comes on screen or this close below it.
 */
const nearScreen = '0px 0px 150px 0px';
/** How long typing must pause before a search runs (Pagefind drops superseded ones). */
const typingPause = 250;

const panel = document.querySelector<HTMLElement>('[data-search-panel]');
if (panel) start(panel);

function start(panel: HTMLElement) {
  const form = panel.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = panel.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const summary = panel.querySelector<HTMLElement>('[data-search-summary]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = panel.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filtersBox = panel.querySelector<HTMLElement>('[data-search-filters]')!;
  const unavailable = panel.querySelector<HTMLElement>('[data-search-unavailable]')!;

  const address = readSearchAddress(location.search);
  input.value = address.query;
  sortSelect.value = address.sort;
  let selected: SelectedFilters = {};
  let latest = 0;
  /** The search whose results are listed: its words, its options and its results. */
  let listing: { query: string; filters: PagefindFilters; results: PagefindResult[]; published: Record<string, number> | undefined } | undefined;
  let drawn = 0;
  /** Set once the reader opens a filter group: only then are the filter lists fetched. */
  let filtersWanted = false;
  /** Listed results whose details are not fetched yet, by their place in the list. */
  const waiting = new Map<HTMLLIElement, PagefindResult>();
  /** Details being fetched, so a result is never fetched twice. */
  const filling = new Map<HTMLLIElement, Promise<void>>();
  const onScreen = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) void fill(entry.target as HTMLLIElement);
    },
    { rootMargin: nearScreen },
  );

  // The index is split into shards (src/lib/search-shards.ts): the search engine comes from the
  // first, the others are merged into it and searched together.
  const [primary = '/pagefind/', ...others] = (panel.dataset['searchBundles'] ?? '').split(' ').filter(Boolean);
  const engine: Promise<PagefindApi> = import(/* @vite-ignore */ `${primary}pagefind.js`).then(async (pagefind: PagefindApi) => {
    // The worker would cost another 12 KB before the first result; searching this index on the
    // page's own thread takes milliseconds.
    const resultOptions = { highlightParam: 'highlight', excerptLength: 36, excerptEllipsis: '…' };
    await pagefind.options({ ...resultOptions, noWorker: true });
    // Each merged shard words its own results: they need the same options.
    await Promise.all(others.map((bundle) => pagefind.mergeIndex(bundle, resultOptions)));
    return pagefind;
  });
  engine.catch(() => {
    unavailable.textContent = import.meta.env.DEV
      ? 'There is no search index yet. Run “npm run build” once: the development server serves the index of the last build.'
      : 'Search is not available at the moment. You can browse the news by topic instead.';
    unavailable.hidden = false;
  });

  const sort = () => sortSelect.value as SearchSort;
  const remember = () => {
    history.replaceState(history.state, '', location.pathname + searchAddressQuery({ query: input.value, sort: sort() }));
  };
  /**
   * The filters of a search: the ticked ones, and the ones whose counts the page needs (the
   * filter groups once opened; the publication minute for newest first). Pagefind fetches a
   * filter's values only for a search that names it.
   */
  const searchOptions = () => {
    const counted: string[] = filtersWanted ? filterGroupsShown.map(({ name }) => name) : [];
    if (sort() === 'newest') counted.push(publishedFilter);
    return { filters: pagefindFilters(selected, counted) };
  };

  async function run(typing: boolean) {
    const ticket = ++latest;
    const query = input.value.trim();
    remember();
    if (!query) return clear();
    const pagefind = await engine;
    const options = searchOptions();
    const response = typing ? await pagefind.debouncedSearch(query, options, typingPause) : await pagefind.search(query, options);
    if (!response || ticket !== latest) return;
    listing = { query, filters: options.filters, results: response.results, published: sort() === 'newest' ? (response.filters[publishedFilter] ?? {}) : undefined };
    clearList();
    const [first] = await drawMore();
    // The count is announced once the first result can be read.
    if (first) await fill(first);
    if (ticket !== latest) return;
    summary.textContent = resultSummary(response.results.length, query);
    filtersBox.hidden = response.results.length === 0 && Object.values(selected).every((values) => !values?.length);
    if (filtersWanted) drawFilters(response.filters);
  }

  function clear() {
    listing = undefined;
    clearList();
    more.hidden = true;
    summary.textContent = '';
    filtersBox.hidden = true;
  }

  function clearList() {
    onScreen.disconnect();
    waiting.clear();
    filling.clear();
    drawn = 0;
    list.replaceChildren();
  }

  /**
   * The next results to list. Best match: Pagefind's order, details fetched later, on screen.
   * Newest first: from the results' publication minutes (counted by the first search), a search
   * for the minutes of the next stretch gives its results, and their details put them in order.
   */
  async function nextResults(): Promise<Listed[]> {
    const current = listing;
    if (!current) return [];
    if (!current.published) return current.results.slice(drawn, drawn + pageSize).map((result) => ({ result }));
    const stretch = newestStretch(current.published, drawn, pageSize);
    if (stretch.values.length === 0) return [];
    const pagefind = await engine;
    const response = await pagefind.search(current.query, { filters: { ...current.filters, [publishedFilter]: { any: stretch.values } } });
    const listed = await Promise.all((response?.results ?? []).map(async (result) => ({ result, data: await result.data() })));
    return newestFirst(listed, ({ data }) => data.filters[publishedFilter]?.[0]).slice(stretch.skip, stretch.skip + pageSize);
  }

  /** Lists the next results: each a place that fills in with its details once on screen. */
  async function drawMore(): Promise<HTMLLIElement[]> {
    const current = listing;
    const next = await nextResults();
    if (current !== listing) return [];
    const places = next.map(({ result, data }) => {
      const place = element('li', { class: 'search-result' }) as HTMLLIElement;
      if (data) {
        place.append(...resultCard(data));
      } else {
        place.setAttribute('aria-busy', 'true');
        // Focusable until filled, so the Tab key goes through every result in turn: focus
        // brings it on screen, and its link takes the focus once it is drawn.
        place.tabIndex = 0;
        place.append(element('p', { class: 'search-result-loading' }, 'Loading…'));
        waiting.set(place, result);
        onScreen.observe(place);
      }
      return place;
    });
    list.append(...places);
    drawn += places.length;
    more.hidden = places.length === 0 || drawn >= (current?.results.length ?? 0);
    return places;
  }

  /** Fetches one listed result's details and draws its card in its place. */
  function fill(place: HTMLLIElement): Promise<void> {
    const result = waiting.get(place);
    if (!result) return filling.get(place) ?? Promise.resolve();
    waiting.delete(place);
    onScreen.unobserve(place);
    const filled = result.data().then(
      (data) => {
        const focused = document.activeElement === place;
        place.replaceChildren(...resultCard(data));
        place.removeAttribute('aria-busy');
        place.removeAttribute('tabindex');
        if (focused) place.querySelector('a')?.focus();
      },
      () => {
        place.replaceChildren(element('p', { class: 'search-result-loading' }, 'This result could not be loaded.'));
        place.removeAttribute('aria-busy');
      },
    );
    filling.set(place, filled);
    return filled;
  }

  /** Fills each filter group (drawn by the page, closed) with its values and counts. */
  function drawFilters(counts: PagefindResponse['filters']) {
    // The boxes are drawn anew with the new counts; the one the reader just ticked keeps focus.
    const focused = filtersBox.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : null;
    for (const group of filterGroups(counts, selected)) {
      const fieldset = filtersBox.querySelector(`[data-filter-name="${group.name}"] fieldset`);
      if (!fieldset) continue;
      const choices = group.choices.map((choice) => {
        const box = element('input', { type: 'checkbox', name: group.name, value: choice.value }) as HTMLInputElement;
        box.checked = choice.checked;
        const count = element('span', { class: 'search-filter-count' }, String(choice.count));
        count.append(element('span', { class: 'visually-hidden' }, choice.count === 1 ? ' result' : ' results'));
        const label = element('label', { class: 'search-filter-choice' });
        label.append(box, element('span', { class: 'search-filter-value' }, choice.value), count);
        return label;
      });
      fieldset.replaceChildren(
        fieldset.querySelector('legend')!,
        ...(choices.length > 0 ? choices : [element('p', { class: 'search-filter-note' }, 'None in these results')]),
      );
    }
    if (focused?.name) {
      for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input')) {
        if (box.name === focused.name && box.value === focused.value) box.focus();
      }
    }
  }

  // The filter lists cost as much again as a search (about 40 KB for 5,000 articles), so they
  // are fetched when a reader first opens a group, not with every first search.
  filtersBox.addEventListener(
    'toggle',
    (event) => {
      if (filtersWanted || !(event.target as HTMLDetailsElement).open) return;
      filtersWanted = true;
      void engine.then(async (pagefind) => {
        const query = input.value.trim();
        const response = query ? await pagefind.search(query, searchOptions()) : null;
        if (response) drawFilters(response.filters);
      });
    },
    true,
  );
  filtersBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const name = box.name as SearchFilter;
    const values = new Set(selected[name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    selected = { ...selected, [name]: [...values] };
    void run(false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(false);
  });
  input.addEventListener('input', () => void run(true));
  sortSelect.addEventListener('change', () => void run(false));
  let drawingMore = false;
  more.addEventListener('click', () => {
    if (drawingMore) return;
    drawingMore = true;
    void drawMore()
      .then(async ([first]) => {
        if (!first) return;
        await fill(first);
        first.querySelector('a')?.focus();
      })
      .finally(() => (drawingMore = false));
  });

  if (address.query) void run(false);
  else input.focus();
}

/** One result's card: kicker, headline (the link), standfirst, excerpt with the words marked, date. */
function resultCard(data: PagefindResultData): HTMLElement[] {
  const { meta } = data;
  const card: HTMLElement[] = [];
  const text = element('div', { class: 'search-result-text' });
  if (meta['kicker']) text.append(element('p', { class: 'search-result-kicker' }, meta['kicker']));
  const heading = element('h2', { class: 'search-result-title' });
  const link = element('a', isOwnPath(data.url) ? { href: data.url } : {}, meta['title'] ?? data.url);
  heading.append(link);
  text.append(heading);
  if (meta['standfirst']) text.append(element('p', { class: 'search-result-standfirst' }, meta['standfirst']));
  if (data.excerpt) {
    const excerpt = element('p', { class: 'search-result-excerpt' });
    for (const part of excerptParts(data.excerpt)) {
      excerpt.append(part.marked ? element('mark', {}, part.text) : document.createTextNode(part.text));
    }
    text.append(excerpt);
  }
  if (meta['date']) text.append(element('p', { class: 'search-result-date' }, meta['date']));
  card.push(text);
  if (isOwnPath(meta['image'])) {
    card.push(element('img', { class: 'search-result-image', src: meta['image'], alt: meta['image_alt'] ?? '', loading: 'lazy' }));
  }
  return card;
}

/** An element with attributes and text content: never HTML. */
function element(tag: string, attributes: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
