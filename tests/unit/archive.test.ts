import { describe, expect, it } from 'vitest';
import { archiveMonths, frontPage, monthLabel, monthPages } from '../../src/lib/archive';
import { monthPageProps } from '../../src/lib/archive-view';
import { archiveMonthUrl } from '../../src/lib/urls';
import { fakeArticle } from '../support/entries';

// Newest first, as getNewsroom() gives them. 23:30 UTC on 31 March 2022 is already 1 April in
// London (BST): the archive files by the newsroom's clock.
const articles = [
  fakeArticle('april-in-london', { pubDate: '2022-03-31T23:30:00Z' }),
  fakeArticle('march-late', { pubDate: '2022-03-20T10:00:00Z' }),
  fakeArticle('march-early', { pubDate: '2022-03-01T10:00:00Z' }),
  fakeArticle('new-year', { pubDate: '2021-12-31T23:59:00Z' }),
];

describe('archiveMonths', () => {
  it('files stories by month on the newsroom clock, newest first, keeping their order', () => {
    const months = archiveMonths(articles, 'Europe/London');
    expect(months.map((m) => [`${m.year}-${m.month}`, m.articles.map((a) => a.id)])).toEqual([
      ['2022-04', ['april-in-london']],
      ['2022-03', ['march-late', 'march-early']],
      ['2021-12', ['new-year']],
    ]);
  });

  it('names months for readers', () => {
    expect(monthLabel('2022', '03', 'en-GB')).toBe('March 2022');
  });
});

describe('frontPage', () => {
  const months = archiveMonths(articles, 'Europe/London');

  it('shows the newest stories and links to the month of the first one it leaves out', () => {
    const front = frontPage(months, 2, archiveMonthUrl);
    expect(front.latest.map((a) => a.id)).toEqual(['april-in-london', 'march-late']);
    expect(front.olderIn).toMatchObject({ label: 'March 2022', url: '/archive/2022/03/', count: 2 });
  });

  it('has no older link when every story fits', () => {
    expect(frontPage(months, 10, archiveMonthUrl)).toEqual({ latest: articles });
  });
});

describe('month pages', () => {
  const months = archiveMonths(articles, 'Europe/London');

  it('link each month to its neighbours', () => {
    const pages = monthPages(months, archiveMonthUrl);
    expect(pages.map((p) => [p.month.url, p.newer?.url, p.older?.url])).toEqual([
      ['/archive/2022/04/', undefined, '/archive/2022/03/'],
      ['/archive/2022/03/', '/archive/2022/04/', '/archive/2021/12/'],
      ['/archive/2021/12/', '/archive/2022/03/', undefined],
    ]);
  });

  it('stay the same when a story is filed in another month, so their cached pages are reused', () => {
    const summarize = (a: (typeof articles)[number]) => ({ id: a.id }) as never;
    const before = monthPageProps(archiveMonths(articles, 'Europe/London'), archiveMonthUrl, summarize);
    const more = [fakeArticle('april-more', { pubDate: '2022-04-02T10:00:00Z' }), ...articles];
    const after = monthPageProps(archiveMonths(more, 'Europe/London'), archiveMonthUrl, summarize);
    expect(after[1]).toEqual(before[1]);
    expect(after[2]).toEqual(before[2]);
    expect(after[0]).not.toEqual(before[0]);
  });
});
