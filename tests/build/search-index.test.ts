/**
 * The search index the build ships, read the way Pagefind's browser code reads it: which
 * pages are in it, what text each contributes, and what a result shows and filters by.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { page, siteDir } from '../support/site';
import { searchRecords, searchShardsOf, type SearchRecord } from '../support/search-records';
import { seed } from '../support/seed';

const fragments = () => searchRecords(siteDir());

const byUrl = (url: string) => {
  const fragment = fragments().find((f) => f.url === url);
  if (!fragment) throw new Error(`${url} is not in the search index`);
  return fragment;
};

describe('the search index', () => {
  it('holds exactly the published articles and the outside stories, nothing else', () => {
    // Author pages and source desks are listings, like topic pages: not in the index.
    expect(fragments().map((f) => f.url).sort()).toEqual([
      '/articles/fixture-byline/',
      '/articles/fixture-chinese/',
      '/articles/fixture-corrected/',
      '/articles/fixture-editorial/',
      '/articles/fixture-feed-text/',
      '/articles/fixture-follow-up/',
      '/articles/fixture-hostile-frontmatter/',
      '/articles/fixture-hostile/',
      '/articles/fixture-live/',
      '/articles/fixture-long-words/',
      '/articles/fixture-markdown/',
      '/articles/fixture-media/',
      '/articles/fixture-photo/',
      '/articles/fixture-wire-byline/',
      `/articles/${seed.slug}/`,
      '/read-more/australian-mps-boycott-wechat/',
      '/read-more/china-condemns-olympic-boycott/',
      '/read-more/fixture-arabic/',
      '/read-more/fixture-long-words/',
      '/read-more/lithuania-china-led-boycott/',
    ]);
    const languagesByShard = searchShardsOf(siteDir()).map((shard) => {
      const entry = JSON.parse(readFileSync(join(siteDir(), 'pagefind', shard, 'pagefind-entry.json'), 'utf8'));
      return [shard, Object.fromEntries(Object.entries(entry.languages as Record<string, { page_count: number }>).map(([lang, { page_count }]) => [lang, page_count]))];
    });
    // The newest year's stories; the archive holds the older ones and the outside stories. Each
    // shard has one index per language of its pages (tests/build/languages.test.ts).
    expect(languagesByShard).toEqual([
      ['2026', { 'en-gb': 12, 'zh-cn': 1 }],
      ['archive', { 'en-gb': 6, ar: 1 }],
    ]);
  });

  it('has a shard for the newest year and one for the archive, which the search page merges', () => {
    const bundles = page('/search/')('[data-search-bundles]').attr('data-search-bundles');
    expect(bundles).toBe('/pagefind/2026/ /pagefind/archive/');
    for (const record of searchRecords(siteDir())) {
      const expected = record.filters['year']?.[0] === '2026' && record.url.startsWith('/articles/') ? '2026' : 'archive';
      expect((record as SearchRecord & { shard: string }).shard, record.url).toBe(expected);
    }
  });

  it('never holds a draft or an embargoed story', () => {
    for (const fragment of fragments()) {
      expect(JSON.stringify(fragment)).not.toMatch(/DRAFTMARKER7F3A|EMBARGOMARKER91C2/);
    }
  });

  it('indexes the headline and the story, not the navigation, footer or "Read more" lists', () => {
    const { content } = byUrl(`/articles/${seed.slug}/`);
    expect(content.startsWith(`${seed.headline}. ${seed.paragraphs[0]}`)).toBe(true);
    for (const paragraph of seed.paragraphs) expect(content).toContain(paragraph);
    expect(content).toContain(seed.attribution);
    for (const title of seed.readMoreTitles) expect(content).not.toContain(title);
    for (const furniture of ['Skip to content', 'Latest', 'All topics', 'Wire-sourced world news', 'Referenced by', 'Ukraine war']) {
      expect(content).not.toContain(furniture);
    }
  });

  it('gives each article what its result card shows and what readers filter by', () => {
    expect(byUrl(`/articles/${seed.slug}/`)).toMatchObject({
      meta: { title: seed.headline, kicker: 'China', date: '3 March 2022' },
      filters: {
        topic: ['China', 'Russia', 'Ukraine war', 'E-commerce', 'Consumer boycotts'],
        source: ['Reuters'],
        year: ['2022'],
      },
    });
    expect(byUrl(`/articles/${seed.slug}/`).meta).not.toHaveProperty('standfirst');
    expect(byUrl('/articles/fixture-follow-up/')).toMatchObject({
      meta: {
        standfirst: 'Test fixture: an internal read-more link, an outside one, and a link to an embargoed story that must not show.',
        date: '14 June 2026 at 08:30 BST',
      },
      filters: { topic: ['China', 'Trade'], source: ['Dateline'], year: ['2026'] },
    });
  });

  it('indexes outside stories under their publisher, with their own date', () => {
    expect(byUrl('/read-more/china-condemns-olympic-boycott/')).toMatchObject({
      meta: { title: 'China Condemns Olympic Boycott as Australia Joins In', kicker: 'Elsewhere: Asia Financial', date: '8 December 2021' },
      filters: { source: ['Asia Financial'], year: ['2021'] },
    });
    expect(byUrl('/read-more/china-condemns-olympic-boycott/').content).toContain('The UK says it is weighing its options');
    expect(byUrl('/read-more/lithuania-china-led-boycott/').meta['date']).toBe('December 2021');
  });

  it('weights the headline and standfirst above the story text', () => {
    const $ = page('/articles/fixture-follow-up/');
    expect($('h1').attr('data-pagefind-weight')).toBe('10');
    expect($('.standfirst').attr('data-pagefind-weight')).toBe('2');
    expect($('.article-body').attr('data-pagefind-weight')).toBeUndefined();
    // "Newest first" orders by a filter the reader never sees, not by a Pagefind sort key.
    expect($('[data-pagefind-sort]').length).toBe(0);
    expect($('[data-pagefind-filter^="published:"]').attr('data-pagefind-filter')).toBe('published:2026-06-14T07:30Z');
  });
});

describe('the search page', () => {
  it('is not itself a search result, and loads only its own small script, which brings Pagefind', () => {
    const $ = page('/search/');
    expect($('h1').text()).toBe('Search');
    const scripts = $('script[src]').map((_, s) => $(s).attr('src')).get();
    expect(scripts).toEqual([expect.stringMatching(/^\/_astro\/SearchPanel[\w.-]*\.js$/)]);
    expect($('link[rel="stylesheet"]').length).toBe(0);
    expect($('[data-pagefind-body]').length).toBe(0);
    // Pagefind's own UI (about 47 KB gzipped with its styles) is not used: the first query's
    // bytes are Pagefind's engine, the index and this script (issue 8's budget).
    const script = readFileSync(join(siteDir(), scripts[0]!));
    // Pagefind comes from the first shard the page names (data-search-bundles).
    expect(script.toString()).toContain('pagefind.js');
    expect(script.toString()).toContain('mergeIndex');
    expect(script.toString()).not.toMatch(/pagefind-(component-|modular-)?ui/);
    expect(gzipSync(script).length).toBeLessThan(4 * 1024);
  });

  it('has a form that works without JavaScript, a result count for screen readers, filters and sort', () => {
    const $ = page('/search/');
    const form = $('main form[role="search"]');
    expect(form.attr('action')).toBe('/search/');
    expect(form.attr('method')).toBe('get');
    const input = form.find('input[type="search"][name="q"]');
    expect($(`label[for="${input.attr('id')}"]`).text()).toBe('Search Dateline');
    expect(form.find('button[type="submit"]').text()).toBe('Search');
    expect($('[role="status"][aria-live="polite"]').length).toBe(1);
    expect($('label:has(select)').text()).toContain('Sort');
    expect($('select option').map((_, o) => $(o).attr('value')).get()).toEqual(['relevance', 'newest']);
    expect($('noscript').text()).toContain('needs JavaScript');
  });

  it('is where the header search form sends its query, except on the search page itself', () => {
    const form = page('/')('header form[role="search"]');
    expect(form.attr('action')).toBe('/search/');
    expect(form.attr('method')).toBe('get');
    expect(form.find('input[type="search"]').attr('name')).toBe('q');
    expect(page('/search/')('header form').length).toBe(0);
  });
});
