/**
 * Author pages and source desks page the way topic pages do: 20 stories a page, newest first,
 * later pages at /authors/<slug>/2/, linked both ways. Built from generated content (one
 * author, 21 published stories and a draft), which the shared fixture site is too small for.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { runBuild, tempDir } from '../support/build';

const work = tempDir('desk-pagination');
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const stories = 21;
const slugOf = (n: number) => `pagination-fixture-${String(n).padStart(2, '0')}`;

beforeAll(async () => {
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  mkdirSync(join(contentDir, 'authors'), { recursive: true });
  writeFileSync(join(contentDir, 'authors/pat-fixture.mdx'), '---\nname: Pat Fixture\n---\n\nTest fixture author with many stories.\n');
  const article = (n: number, extra = '') =>
    `---\ntitle: "Pagination fixture ${n}"\npubDate: "2026-05-${String(n).padStart(2, '0')}T09:00"\nsource: Fixture Pagination Wire\nauthors: [pat-fixture]\ntopics: [trade]\n${extra}---\n\nTest fixture story ${n}.\n`;
  for (let n = 1; n <= stories; n++) writeFileSync(join(contentDir, 'articles', `${slugOf(n)}.mdx`), article(n));
  writeFileSync(join(contentDir, 'articles/pagination-fixture-draft.mdx'), article(28, 'draft: true\n'));
  const result = await runBuild({ contentDir, outDir, env: { DATELINE_NOW: '2026-06-15T12:00:00Z' } });
  expect(result.code, result.output).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => load(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
const listed = (path: string) => {
  const $ = page(path);
  return $('.article-list .summary-title a').map((_, a) => $(a).attr('href')).get();
};
const newestFirst = Array.from({ length: stories }, (_, i) => `/articles/${slugOf(stories - i)}/`);

describe.each([
  ['an author page', '/authors/pat-fixture/', 'Pat Fixture'],
  ['a source desk', '/sources/fixture-pagination-wire/', 'Fixture Pagination Wire'],
])('%s with more stories than a page holds', (_kind, path, name) => {
  it('lists the newest 20 first and the rest on page 2, without the draft', () => {
    expect(listed(path)).toEqual(newestFirst.slice(0, site.pageSize));
    expect(listed(`${path}2/`)).toEqual(newestFirst.slice(site.pageSize));
  });

  it('links its pages both ways, like topic pages, and says which page a reader is on', () => {
    const first = page(path);
    expect(first('link[rel="next"]').attr('href')).toBe(`${path}2/`);
    expect(first('.pagination a[rel="next"]').attr('href')).toBe(`${path}2/`);
    const second = page(`${path}2/`);
    expect(second('h1').text()).toBe(`${name}, page 2`);
    expect(second('.pagination a[rel="prev"]').attr('href')).toBe(path);
  });

  it('has a feed with every published story, newest first', () => {
    const feed = parseRssFeed(readFileSync(join(outDir, path, 'rss.xml'), 'utf8'));
    expect(feed.items?.map((item) => new URL(item.link!).pathname)).toEqual(newestFirst);
  });
});

it('shows the bio on the first page of an author only', () => {
  expect(page('/authors/pat-fixture/')('.profile-bio').text()).toContain('Test fixture author with many stories.');
  expect(page('/authors/pat-fixture/2/')('.profile-bio').length).toBe(0);
});
