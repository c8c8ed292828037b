import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SearchIndexError, escapeControlCharacters, searchInputOf, writeSearchIndex, type PagefindApi } from '../../src/integrations/search-index';
import { tempDir } from '../support/build';

const work = tempDir('search-index-unit');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A built site with one indexed page per shard named, and a search page that merges them. */
function site(name: string, shards: Record<string, string>, listed = Object.keys(shards)): string {
  const dir = join(work, name);
  for (const [shard, text] of Object.entries(shards)) {
    mkdirSync(join(dir, 'articles', shard), { recursive: true });
    writeFileSync(join(dir, 'articles', shard, 'index.html'), `<main data-pagefind-body><p>${text}</p><div hidden data-search-shard="${shard}"></div></main>`);
  }
  mkdirSync(join(dir, 'search'), { recursive: true });
  writeFileSync(join(dir, 'search', 'index.html'), `<div data-search-bundles="${listed.map((s) => `/pagefind/${s}/`).join(' ')}"></div>`);
  return dir;
}

/** A stand-in for Pagefind's Node API whose steps answer as told; it writes a minimal bundle. */
function fakePagefind(answers: { create?: string[]; add?: string[]; write?: string[]; throws?: unknown } = {}) {
  const close = vi.fn(async () => null);
  const added: string[] = [];
  const api = {
    createIndex: async () => {
      if (answers.throws !== undefined) throw answers.throws;
      return {
        errors: answers.create ?? [],
        index: {
          addHTMLFile: async ({ url }: { url: string }) => {
            added.push(url);
            return { errors: answers.add ?? [] };
          },
          writeFiles: async ({ outputPath }: { outputPath: string }) => {
            mkdirSync(outputPath, { recursive: true });
            writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ languages: { en: { page_count: 1 } } }));
            writeFileSync(join(outputPath, 'pagefind-highlight.js'), '// highlighter');
            return { errors: answers.write ?? [], outputPath };
          },
        },
      };
    },
    close,
  } as unknown as PagefindApi;
  return { api, close, added };
}

describe('writeSearchIndex', () => {
  it.each([
    ['creating the index', { create: ['bad config'] }, 'bad config'],
    ['reading the pages', { add: ['Failed to parse /x/index.html'] }, 'Failed to parse /x/index.html'],
    ['writing the bundle', { write: ['Permission denied (os error 13)'] }, 'Permission denied (os error 13)'],
    ['starting Pagefind', { throws: 'Pagefind binary not found' }, 'Pagefind binary not found'],
  ])('stops the build with Pagefind\'s own words when %s fails, and closes Pagefind', async (step, answers, says) => {
    const { api, close } = fakePagefind(answers);
    const attempt = writeSearchIndex(site(`fails-${step.replace(/\W/g, '-')}`, { '2022': 'text' }), { api });
    await expect(attempt).rejects.toBeInstanceOf(SearchIndexError);
    await expect(attempt).rejects.toThrow(`The search index could not be built, so the build stops here:\n  ${says}`);
    expect(close).toHaveBeenCalledOnce();
  });

  it('indexes each shard once, and takes an unchanged shard from the cache', async () => {
    const dir = site('cached', { '2021': 'old story', '2022': 'new story' });
    const cacheDir = join(work, 'cached-cache');
    const first = fakePagefind();
    expect(await writeSearchIndex(dir, { api: first.api, cacheDir })).toMatchObject({ shardsBuilt: ['2021', '2022'], shardsReused: [], pagesIndexed: 2 });
    expect(first.added.sort()).toEqual(['/articles/2021/', '/articles/2022/']);
    expect(readFileSync(join(dir, 'pagefind', 'pagefind-highlight.js'), 'utf8')).toBe('// highlighter');

    writeFileSync(join(dir, 'articles', '2022', 'index.html'), '<main data-pagefind-body><p>edited</p><div hidden data-search-shard="2022"></div></main>');
    rmSync(join(dir, 'pagefind'), { recursive: true });
    const second = fakePagefind();
    expect(await writeSearchIndex(dir, { api: second.api, cacheDir })).toMatchObject({ shardsBuilt: ['2022'], shardsReused: ['2021'] });
    expect(second.added).toEqual(['/articles/2022/']);
    expect(readFileSync(join(dir, 'pagefind', '2021', 'pagefind-entry.json'), 'utf8')).toContain('page_count');
  });

  it('stops the build when a page is filed in a shard the search page does not merge', async () => {
    const { api } = fakePagefind();
    await expect(writeSearchIndex(site('unlisted', { '2022': 'x', '2023': 'y' }, ['2022']), { api })).rejects.toThrow(
      'pages are filed in search shard "2023", which the search page does not merge',
    );
  });
});

describe('searchInputOf', () => {
  const page = (body: string, related: string) =>
    `<html lang="en-GB"><head><title>T</title></head><body><article><h1 data-pagefind-body>Headline</h1>` +
    `<div class="article-body" data-pagefind-body><div><p>${body}</p></div></div>` +
    `<footer><section data-pagefind-ignore><a href="/x/">${related}</a></section></footer>` +
    `<div hidden data-search-shard="2026"><span data-pagefind-filter="topic:China"></span></div></article></body></html>`;

  it('changes with what Pagefind indexes: the body, nested tags included, filters, language and title', () => {
    const base = searchInputOf(page('Story text.', 'Related A'));
    expect(searchInputOf(page('Story text, edited.', 'Related A'))).not.toBe(base);
    expect(searchInputOf(page('Story text.', 'Related A').replace('topic:China', 'topic:Russia'))).not.toBe(base);
    expect(searchInputOf(page('Story text.', 'Related A').replace('lang="en-GB"', 'lang="zh"'))).not.toBe(base);
    expect(searchInputOf(page('Story text.', 'Related A').replace('<title>T</title>', '<title>U</title>'))).not.toBe(base);
  });

  it('stays the same when only what Pagefind does not index changes, such as related coverage', () => {
    expect(searchInputOf(page('Story text.', 'Related B'))).toBe(searchInputOf(page('Story text.', 'Related A')));
  });
});

describe('escapeControlCharacters', () => {
  it('writes control characters in a script as escapes that mean the same characters', () => {
    const script = 'return ["a\u0001b", `c\u0002`, /d\u001f/.test("d" + String.fromCharCode(31)), "tab\tstays"];';
    const escaped = escapeControlCharacters(script);
    expect(escaped).toBe('return ["a\\u0001b", `c\\u0002`, /d\\u001f/.test("d" + String.fromCharCode(31)), "tab\tstays"];');
    expect(new Function(escaped)()).toEqual(new Function(script)());
  });
});
