/**
 * Rebuilds reuse unchanged pages from the cache (experimental.incrementalBuild with cacheKeys
 * hashed from props). The danger is a stale page: this edits one article between two builds
 * sharing a cache and checks every page that shows it shows the edit. Compiled MDX is cached too
 * (src/integrations/mdx-compile-cache.ts): the edited body must show, not the cached one.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeContent, projectRoot, runBuild, tempDir, type BuildResult } from '../support/build';
import { seed } from '../support/seed';

const work = tempDir('incremental');
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
const env = { DATELINE_NOW: '2026-06-15T12:00:00Z' };
const oldTitle = 'Fixture: a follow-up that cites the seed story';
const newTitle = 'Fixture: the follow-up, retitled between two builds';
const newBody = 'Fixture text rewritten between two builds.';
let rebuild: BuildResult;

const html = (path: string) => load(readFileSync(join(outDir, path, 'index.html'), 'utf8'));

beforeAll(async () => {
  mergeContent(contentDir, join(projectRoot, 'src/content'), join(projectRoot, 'tests/fixtures/site-content'));
  const first = await runBuild({ contentDir, outDir, cacheDir, env });
  expect(first.code, first.output).toBe(0);
  const file = join(contentDir, 'articles/fixture-follow-up.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(oldTitle, newTitle).replace('More fixture text.', newBody));
  rebuild = await runBuild({ contentDir, outDir, cacheDir, env });
  expect(rebuild.code, rebuild.output).toBe(0);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a rebuild after one article changed', () => {
  it('reuses pages and compiled MDX from the cache', () => {
    expect(rebuild.output).toMatch(/\(restored\)/);
    expect(readdirSync(join(cacheDir, 'mdx')).filter((name) => name.endsWith('.json')).length).toBeGreaterThan(3);
  });

  it('shows the edited story text, not the compiled text cached from the first build', () => {
    const body = html('articles/fixture-follow-up')('.article-body').text();
    expect(body).toContain(newBody);
    expect(body).not.toContain('More fixture text.');
  });

  it('shows the new headline on every page that shows the article', () => {
    expect(html('articles/fixture-follow-up')('h1').text()).toContain(newTitle);
    const seedPage = html(`articles/${seed.slug}`);
    const followUp = 'a[href="/articles/fixture-follow-up/"]';
    expect(seedPage(`#related + ol ${followUp}`).text()).toBe(newTitle);
    expect(seedPage(`#referenced-by + ol ${followUp}`).text()).toBe(newTitle);
    expect(html('read-more/china-condemns-olympic-boycott')(`#referenced-by + ol ${followUp}`).text()).toBe(newTitle);
    const followUpLink = '.article-list .summary-title a[href="/articles/fixture-follow-up/"]';
    expect(html('')(followUpLink).text()).toBe(newTitle);
    expect(html('topics/trade')(followUpLink).text()).toBe(newTitle);
    for (const page of ['', `articles/${seed.slug}`, 'topics/china', 'read-more/china-condemns-olympic-boycott']) {
      expect(readFileSync(join(outDir, page, 'index.html'), 'utf8'), page).not.toContain(oldTitle);
    }
  });

  it('leaves a page that does not show the article as it was', () => {
    expect(html('read-more/lithuania-china-led-boycott')('h1').text()).toBe(seed.readMoreTitles[1]);
  });
});
