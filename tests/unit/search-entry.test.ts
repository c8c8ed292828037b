import { describe, expect, it } from 'vitest';
import { articleSearchEntry, readMoreSearchEntry } from '../../src/lib/search-entry';
import { articleShard } from '../../src/lib/search-shards';
import { fakeArticle, fakeReadMoreItem } from '../support/entries';

describe('articleSearchEntry', () => {
  it('gives the card its kicker, date and standfirst, and the filters topic labels, source and year', () => {
    const article = fakeArticle('x', {
      standfirst: 'A standfirst.',
      source: 'Reuters',
      topics: ['ukraine-war', 'trade'],
      pubDate: { instant: new Date('2022-03-03T00:00:00Z'), hasTime: false },
    });
    expect(articleSearchEntry(article, '2022')).toEqual({
      meta: [
        ['kicker', 'Ukraine war'],
        ['date', '3 March 2022'],
        ['standfirst', 'A standfirst.'],
      ],
      filters: [
        ['kind', 'Report'],
        ['topic', 'Ukraine war'],
        ['topic', 'Trade'],
        ['source', 'Reuters'],
        ['year', '2022'],
      ],
      published: '2022-03-03T00:00Z',
      shard: '2022',
    });
  });

  it('names a kind other than a report in the card\'s kicker, and every kind in the Kind filter', () => {
    const opinion = articleSearchEntry(fakeArticle('o', { kind: 'opinion', topics: ['trade'] }), '2022');
    expect(opinion.meta[0]).toEqual(['kicker', 'Opinion · Trade']);
    expect(opinion.filters[0]).toEqual(['kind', 'Opinion']);
    const report = articleSearchEntry(fakeArticle('r', { topics: ['trade'] }), '2022');
    expect(report.meta[0]).toEqual(['kicker', 'Trade']);
    expect(report.filters[0]).toEqual(['kind', 'Report']);
  });

  it('leaves out what the editor did not give, and adds a picture when there is one', () => {
    const entry = articleSearchEntry(fakeArticle('y', { pubDate: '2021-06-01T09:15:00Z' }), 'archive', { src: '/_astro/y.webp', alt: 'A harbour' });
    expect(entry.meta).toEqual([
      ['kicker', 'China'],
      ['date', '1 June 2021 at 10:15 BST'],
      ['image', '/_astro/y.webp'],
      ['image_alt', 'A harbour'],
    ]);
    // No source named: the story is our newsroom's (src/lib/story-origin.ts).
    expect(entry.filters).toEqual([
      ['kind', 'Report'],
      ['topic', 'China'],
      ['source', 'Dateline'],
      ['year', '2021'],
    ]);
    // The instant, to the minute in UTC: 10:15 in London is 09:15 UTC in June.
    expect(entry.published).toBe('2021-06-01T09:15Z');
    expect(entry.shard).toBe('archive');
  });
});

describe('articleShard', () => {
  it('files the newest year\'s stories in their year\'s shard and every older one in the archive', () => {
    expect(articleShard(fakeArticle('new', { pubDate: '2026-06-01T09:00:00Z' }), '2026')).toBe('2026');
    expect(articleShard(fakeArticle('old', { pubDate: '2025-12-31T12:00:00Z' }), '2026')).toBe('archive');
  });
});

describe('readMoreSearchEntry', () => {
  it('files an outside story under its publisher, dated as precisely as we know', () => {
    expect(readMoreSearchEntry(fakeReadMoreItem('a', { publisher: 'Asia Financial', date: { year: 2021, month: 12 } }))).toEqual({
      meta: [
        ['kicker', 'Elsewhere: Asia Financial'],
        ['date', 'December 2021'],
      ],
      filters: [
        ['source', 'Asia Financial'],
        ['year', '2021'],
      ],
      published: '2021-12-01T00:00Z',
      shard: 'archive',
    });
  });

  it('puts an undated story last newest first, and still gives it the published key it needs to be listed', () => {
    const entry = readMoreSearchEntry(fakeReadMoreItem('b', { standfirst: 'Its own words.' }));
    expect(entry.published).toBe('1970-01-01T00:00Z');
    expect(entry.meta).toEqual([
      ['kicker', 'Elsewhere: The Age'],
      ['standfirst', 'Its own words.'],
    ]);
    expect(entry.filters).toEqual([['source', 'The Age']]);
  });
});
