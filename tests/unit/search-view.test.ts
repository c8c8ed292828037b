import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  filterGroups,
  isOwnPath,
  newestFirst,
  newestStretch,
  pagefindFilters,
  readSearchAddress,
  resultSummary,
  searchAddressQuery,
} from '../../src/lib/search-view';

describe('the search address', () => {
  it('reads the query and the sort, trimming the query and ignoring unknown sorts', () => {
    expect(readSearchAddress('?q=+china+trade+&sort=newest')).toEqual({ query: 'china trade', sort: 'newest' });
    expect(readSearchAddress('?q=china&sort=oldest')).toEqual({ query: 'china', sort: 'relevance' });
    expect(readSearchAddress('')).toEqual({ query: '', sort: 'relevance' });
  });

  it('writes only what differs from an empty search, so shared addresses stay short', () => {
    expect(searchAddressQuery({ query: 'AT&T ', sort: 'relevance' })).toBe('?q=AT%26T');
    expect(searchAddressQuery({ query: 'china', sort: 'newest' })).toBe('?q=china&sort=newest');
    expect(searchAddressQuery({ query: '  ', sort: 'relevance' })).toBe('');
  });
});

describe('resultSummary', () => {
  it('counts results in words a screen reader can say', () => {
    expect(resultSummary(0, 'xylophone')).toBe('No results for xylophone');
    expect(resultSummary(1, 'wafers')).toBe('1 result for wafers');
    expect(resultSummary(1234, 'china')).toBe('1,234 results for china');
  });
});

describe('filterGroups', () => {
  const counts = {
    topic: { Trade: 1, China: 2, Sport: 0 },
    year: { '2021': 2, '2026': 1, '2022': 1 },
    source: { Reuters: 1, 'Asia Financial': 2 },
    kind: { Report: 2, Opinion: 1, Analysis: 0 },
  };

  it('lists topic, kind, source and year, values alphabetical and years newest first, leaving out values no result has', () => {
    expect(filterGroups(counts, {})).toEqual([
      {
        name: 'topic',
        label: 'Topic',
        choices: [
          { value: 'China', count: 2, checked: false },
          { value: 'Trade', count: 1, checked: false },
        ],
      },
      {
        name: 'kind',
        label: 'Kind',
        choices: [
          { value: 'Opinion', count: 1, checked: false },
          { value: 'Report', count: 2, checked: false },
        ],
      },
      {
        name: 'source',
        label: 'Source',
        choices: [
          { value: 'Asia Financial', count: 2, checked: false },
          { value: 'Reuters', count: 1, checked: false },
        ],
      },
      {
        name: 'year',
        label: 'Year',
        choices: ['2026', '2022', '2021'].map((value) => expect.objectContaining({ value })),
      },
    ]);
  });

  it('keeps a ticked value even when no result is left with it, so it can be unticked', () => {
    const [topic] = filterGroups({ topic: { China: 1 } }, { topic: ['Sport'] });
    expect(topic?.choices).toEqual([
      { value: 'China', count: 1, checked: false },
      { value: 'Sport', count: 0, checked: true },
    ]);
  });

  it('passes only groups with ticked values to Pagefind', () => {
    expect(pagefindFilters({ topic: ['China', 'Trade'], year: [] })).toEqual({ topic: ['China', 'Trade'] });
  });

  it('names the filters whose counts are wanted with a condition every page meets, unless values are ticked', () => {
    expect(pagefindFilters({ topic: ['China'] }, ['topic', 'source', 'published'])).toEqual({
      topic: ['China'],
      source: { none: [] },
      published: { none: [] },
    });
    expect(pagefindFilters({})).toEqual({});
  });
});

describe('newest first', () => {
  const counts = { '2024-01-03T09:00Z': 1, '2024-01-01T09:00Z': 1, '2024-01-02T09:00Z': 2, '2023-12-31T09:00Z': 0, '1970-01-01T00:00Z': 3 };

  it('finds the publication minutes that hold a stretch of the results, newest first', () => {
    expect(newestStretch(counts, 0, 2)).toEqual({ values: ['2024-01-03T09:00Z', '2024-01-02T09:00Z'], skip: 0 });
    // Places 2 to 3: the second result of 2 January, then 1 January.
    expect(newestStretch(counts, 2, 2)).toEqual({ values: ['2024-01-02T09:00Z', '2024-01-01T09:00Z'], skip: 1 });
    // Undated pages come last; a minute no result has is skipped.
    expect(newestStretch(counts, 4, 10)).toEqual({ values: ['1970-01-01T00:00Z'], skip: 0 });
    expect(newestStretch(counts, 7, 10)).toEqual({ values: [], skip: 0 });
  });

  it('orders results by their minute, keeping Pagefind\'s ranking within one minute', () => {
    const results = [
      { id: 'a', published: '2024-01-01T09:00Z' },
      { id: 'b', published: '2024-01-02T09:00Z' },
      { id: 'c', published: undefined },
      { id: 'd', published: '2024-01-02T09:00Z' },
    ];
    expect(newestFirst(results, (result) => result.published).map((result) => result.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('excerptParts', () => {
  it("splits Pagefind's excerpt into text and marked words", () => {
    expect(excerptParts('… the <mark>wafers.</mark> and <mark>chocolate</mark> <mark>bars</mark> …')).toEqual([
      { text: '… the ', marked: false },
      { text: 'wafers.', marked: true },
      { text: ' and ', marked: false },
      { text: 'chocolate', marked: true },
      { text: ' ', marked: false },
      { text: 'bars', marked: true },
      { text: ' …', marked: false },
    ]);
  });

  it('gives back the page text Pagefind escaped, as text: a tag in the story is never markup', () => {
    expect(excerptParts('a tag: &lt;script&gt;<mark>alert(1)&lt;/script&gt;.</mark> AT&T')).toEqual([
      { text: 'a tag: <script>', marked: false },
      { text: 'alert(1)</script>.', marked: true },
      { text: ' AT&T', marked: false },
    ]);
  });
});

describe('isOwnPath', () => {
  it('accepts addresses on this site only', () => {
    expect(isOwnPath('/articles/x/?highlight=china')).toBe(true);
    for (const url of ['https://example.com/', '//example.com/x', 'javascript:alert(1)', '/\\example.com', undefined]) {
      expect(isOwnPath(url), String(url)).toBe(false);
    }
  });
});
