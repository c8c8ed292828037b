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
  isOwnPath,
  pagefindFilters,
  pagefindSort,
  readSearchAddress,
  resultSummary,
  searchAddressQuery,
  type SearchSort,
  type SelectedFilters,
} from '../lib/search-view';
import type { SearchFilter } from '../lib/search-entry';

/** The part of Pagefind's JS API (pagefind.js) this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResponse {
  results: Array<{ id: string; data(): Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(term: string, options: Record<string, unknown>, wait: number): Promise<PagefindResponse | null>;
}

/** Results drawn at once, and on each "Show more". Each costs a request for its details. */
const pageSize = 10;
/** How long typing must pause before a search runs (Pagefind drops superseded ones). */
const typingPause = 250;
const bundle = '/pagefind/pagefind.js';

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
  let shown: PagefindResponse['results'] = [];
  let drawn = 0;
  /** Set once the reader opens a filter group: only then are the filter lists fetched. */
  let filtersLoaded: Promise<unknown> | undefined;

  const engine: Promise<PagefindApi> = import(/* @vite-ignore */ bundle).then(async (pagefind: PagefindApi) => {
    // The worker would cost another 12 KB before the first result; searching this index on the
    // page's own thread takes milliseconds.
    await pagefind.options({ highlightParam: 'highlight', excerptLength: 36, excerptEllipsis: '…', noWorker: true });
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
  const searchOptions = () => ({ filters: pagefindFilters(selected), sort: pagefindSort(sort()) });

  async function run(typing: boolean) {
    const ticket = ++latest;
    const query = input.value.trim();
    remember();
    if (!query) return clear();
    const pagefind = await engine;
    const options = searchOptions();
    const response = typing ? await pagefind.debouncedSearch(query, options, typingPause) : await pagefind.search(query, options);
    if (!response || ticket !== latest) return;
    shown = response.results;
    drawn = 0;
    list.replaceChildren();
    await drawMore(ticket);
    if (ticket !== latest) return;
    summary.textContent = resultSummary(shown.length, query);
    filtersBox.hidden = shown.length === 0 && Object.values(selected).every((values) => !values?.length);
    if (filtersLoaded) drawFilters(response.filters);
  }

  function clear() {
    shown = [];
    list.replaceChildren();
    more.hidden = true;
    summary.textContent = '';
    filtersBox.hidden = true;
  }

  async function drawMore(ticket: number) {
    const next = shown.slice(drawn, drawn + pageSize);
    const cards = await Promise.all(next.map(async (result) => resultCard(await result.data())));
    if (ticket !== latest) return;
    list.append(...cards);
    drawn += next.length;
    more.hidden = drawn >= shown.length;
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
      if (filtersLoaded || !(event.target as HTMLDetailsElement).open) return;
      filtersLoaded = engine.then(async (pagefind) => {
        await pagefind.filters();
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
  more.addEventListener('click', () => {
    const first = drawn;
    void drawMore(latest).then(() => list.children[first]?.querySelector('a')?.focus());
  });

  if (address.query) void run(false);
  else input.focus();
}

/** One result: kicker, headline (the link), standfirst, excerpt with the words marked, date. */
function resultCard(data: PagefindResultData): HTMLLIElement {
  const { meta } = data;
  const card = element('li', { class: 'search-result' }) as HTMLLIElement;
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
  card.append(text);
  if (isOwnPath(meta['image'])) {
    card.append(element('img', { class: 'search-result-image', src: meta['image'], alt: meta['image_alt'] ?? '', loading: 'lazy' }));
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
