/**
 * Author pages and source desks list stories the way topic pages do: the newest 20 on the front
 * page, every story filed by month at a fixed address (/authors/<slug>/2024/10/), linked both
 * ways. Built from generated content (one author, 21 published stories a month apart, and a
 * draft), which the shared fixture site is too small for.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { runBuild, tempDir } from '../support/build';

const work = tempDir('desk-archive');
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const stories = 21;
const slugOf = (n: number) => `archive-fixture-${String(n).padStart(2, '0')}`;
/** Story 1 in October 2024, each next one a month later: story 21 in June 2026. */
const monthOf = (n: number) => {
  const date = new Date(Date.UTC(2024, 9 + n - 1, 1));
  return { year: String(date.getUTCFullYear()), month: String(date.getUTCMonth() + 1).padStart(2, '0') };
};

beforeAll(async () => {
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  mkdirSync(join(contentDir, 'authors'), { recursive: true });
  writeFileSync(join(contentDir, 'authors/pat-fixture.mdx'), '---\nname: Pat Fixture\n---\n\nTest fixture author with many stories.\n');
  const article = (n: number, extra = '') => {
    const { year, month } = monthOf(n);
    return `---\ntitle: "Archive fixture ${n}"\npubDate: "${year}-${month}-05T09:00"\nsource: Fixture Archive Wire\nauthors: [pat-fixture]\ntopics: [trade]\n${extra}---\n\nTest fixture story ${n}.\n`;
  };
  for (let n = 1; n <= stories; n++) writeFileSync(join(contentDir, 'articles', `${slugOf(n)}.mdx`), article(n));
  writeFileSync(join(contentDir, 'articles/archive-fixture-draft.mdx'), article(stories, 'draft: true\n'));
  const result = await runBuild({ contentDir, outDir, env: { DATELINE_NOW: '2026-06-15T12:00:00Z' } });
  expect(result.code, result.output).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => load(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
const listed = (path: string) => {
  const $ = page(path);
  return $('.article-list .summary-title a').map((_, a) => $(a).attr('href')).get();
};
const newestFirst = Array.from({ length: stories }, (_, i) => stories - i);
const articleUrl = (n: number) => `/articles/${slugOf(n)}/`;

describe.each([
  ['an author page', '/authors/pat-fixture/', 'Pat Fixture'],
  ['a source desk', '/sources/fixture-archive-wire/', 'Fixture Archive Wire'],
])('%s with more stories than its front page holds', (_kind, path, name) => {
  const monthUrl = (n: number) => `${path}${monthOf(n).year}/${monthOf(n).month}/`;

  it('shows the newest 20, and points to the month of the next older one', () => {
    expect(listed(path)).toEqual(newestFirst.slice(0, site.pageSize).map(articleUrl));
    expect(page(path)('link[rel="next"]').attr('href')).toBe(monthUrl(1));
  });

  it('lists every month with stories, newest first', () => {
    const $ = page(path);
    expect($('.listing-archive .topic-index a').map((_, a) => $(a).attr('href')).get()).toEqual(newestFirst.map(monthUrl));
    expect($('.listing-archive .archive-year').map((_, h) => $(h).text()).get()).toEqual(['2026', '2025', '2024']);
  });

  it('files each story under its month, without the draft, linked to the months either side', () => {
    expect(listed(monthUrl(stories))).toEqual([articleUrl(stories)]);
    const october = page(monthUrl(1));
    expect(october('h1').text()).toBe('October 2024');
    expect(october('title').text()).toBe(`${name}, October 2024 | Dateline`);
    expect(october('.kicker a').attr('href')).toBe(path);
    expect(october('.month-nav a').map((_, a) => `${october(a).attr('href')} ${october(a).text()}`).get()).toEqual([
      `${monthUrl(2)} Newer: November 2024`,
      `${path} All months`,
    ]);
    expect(listed(monthUrl(1))).toEqual([articleUrl(1)]);
  });

  it('has a feed with every published story, newest first', () => {
    const feed = parseRssFeed(readFileSync(join(outDir, path, 'rss.xml'), 'utf8'));
    expect(feed.items?.map((item) => new URL(item.link!).pathname)).toEqual(newestFirst.map(articleUrl));
  });
});
