/**
 * Site search. `npm run build` (scripts/build.mjs) indexes the pages Astro has just written with
 * Pagefind, through its Node API (writeSearchIndex below), and ships the index in /pagefind/, so
 * a build without a complete index cannot happen: an indexing error fails the build, saying why.
 * The index is split into shards (src/lib/search-shards.ts), and a shard whose pages did not
 * change since the last build is taken from the build cache: Pagefind's cost is building and
 * writing an index over every page it holds, so one new story re-indexes one year, not all.
 * It runs after Astro's process has ended, not in an Astro hook: at 5,000 articles Astro holds
 * about 2.3 GB until it exits and Pagefind needs about 1.4 GB, and one after the other they stay
 * within the build's memory budget. `astro dev` serves the index of the last build under the
 * same path (the integration below), so /search/ works there too.
 */
import { createHash, type Hash } from 'node:crypto';
import { copyFile, link, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { inBatches } from './built-pages.ts';

/** Part of every shard's hash: another Pagefind may write another index from the same pages. */
const pagefindVersion = installedVersion('pagefind');

/** The version of an installed package, read from its package.json (not among its exports). */
function installedVersion(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Where the index and Pagefind's scripts live in the built site (and in the dev server). */
export const searchBundlePath = '/pagefind/';

/** Pagefind's search-term highlighter, the same file in every shard's bundle. */
const highlighterFile = 'pagefind-highlight.js';

/** The part of Pagefind's Node API the build uses (a parameter, so tests can make it fail). */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

export class SearchIndexError extends Error {
  constructor(problems: string[]) {
    super(`The search index could not be built, so the build stops here:\n  ${problems.join('\n  ')}`);
    this.name = 'SearchIndexError';
  }
}

export interface SearchIndexSummary {
  /** HTML files read. */
  pagesRead: number;
  /** Pages in the index (those with data-pagefind-body), summed over shards and languages. */
  pagesIndexed: number;
  /** Shards indexed by Pagefind in this build; the others came from the cache. */
  shardsBuilt: string[];
  shardsReused: string[];
}

export interface SearchIndexOptions {
  /** Where finished shards are kept between builds, by a hash of their pages. */
  cacheDir?: string | undefined;
  api?: PagefindApi | undefined;
}

/** One shard's pages (site-relative HTML files) and a hash of everything Pagefind reads from them. */
interface ShardPages {
  files: string[];
  hash: string;
}

const shardAttribute = /data-search-shard="([a-z0-9-]+)"/;

/**
 * What Pagefind reads from a page, as text: the page's language and title, every element marked
 * data-pagefind-body (whole, nested tags and all) and every tag carrying a data-pagefind-*
 * attribute (meta, filters, weights). A shard is indexed again only when this changes for one of
 * its pages, so a new story that changes other pages' "Related coverage" (outside the indexed
 * parts) does not re-index their shard. Pure; `html` is one built page.
 */
export function searchInputOf(html: string): string {
  const parts = [/<html[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? '', /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? ''];
  for (const tag of html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-[^>]*>/g)) {
    const [opening, name] = tag as unknown as [string, string];
    if (!/\bdata-pagefind-body\b/.test(opening)) {
      parts.push(opening);
      continue;
    }
    parts.push(html.slice(tag.index, elementEnd(html, name, tag.index + opening.length)));
  }
  return parts.join('\n');
}

/** Where the element `name` opened just before `from` closes, counting nested ones of its name. */
function elementEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : match[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return html.length;
}

/**
 * Finds the indexed pages (those with data-pagefind-body) under `siteDir` and the shard each
 * names (data-search-shard, src/lib/search-shards.ts). Throws when an indexed page names none.
 */
async function pagesByShard(siteDir: string): Promise<{ shards: Map<string, ShardPages>; pagesRead: number }> {
  const files = (await readdir(siteDir, { recursive: true, encoding: 'utf8' })).filter((file) => file.endsWith('.html')).sort();
  // Each page is read once; what Pagefind reads of it is kept as a digest, and a shard's hash
  // is made from its pages' digests in file order (the batches finish in any order).
  const pages = new Map<string, { shard: string; digest: string }>();
  const unsharded: string[] = [];
  await inBatches(files, 32, async (file) => {
    const html = await readFile(join(siteDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) return;
    const shard = shardAttribute.exec(html)?.[1];
    if (!shard) return void unsharded.push(file);
    pages.set(file, { shard, digest: createHash('sha256').update(searchInputOf(html)).digest('hex') });
  });
  if (unsharded.length > 0) throw new SearchIndexError(unsharded.map((file) => `${file} is indexed for search but names no shard (data-search-shard)`));
  const hashes = new Map<string, { files: string[]; hash: Hash }>();
  for (const file of files) {
    const page = pages.get(file);
    if (!page) continue;
    let entry = hashes.get(page.shard);
    if (!entry) hashes.set(page.shard, (entry = { files: [], hash: createHash('sha256').update(`pagefind ${pagefindVersion}, highlighter escaped\0`) }));
    entry.files.push(file);
    entry.hash.update(`${file}\0${page.digest}\0`);
  }
  const shards = new Map<string, ShardPages>();
  for (const [shard, entry] of [...hashes].sort(([a], [b]) => a.localeCompare(b))) {
    shards.set(shard, { files: entry.files, hash: entry.hash.digest('hex').slice(0, 32) });
  }
  return { shards, pagesRead: files.length };
}

/** The page address Pagefind shows for a built file: `articles/x/index.html` → `/articles/x/`. */
function pageUrl(file: string): string {
  return `/${file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
}

/** Indexes one shard's pages with Pagefind into `outputPath`; returns Pagefind's errors. */
async function indexShard(siteDir: string, files: string[], outputPath: string, api: PagefindApi): Promise<string[]> {
  const created = await api.createIndex({});
  if (!created.index) return created.errors.length > 0 ? created.errors : ['Pagefind did not create an index.'];
  if (created.errors.length > 0) return created.errors;
  for (const file of files) {
    const added = await created.index.addHTMLFile({ url: pageUrl(file), content: await readFile(join(siteDir, file), 'utf8') });
    if (added.errors.length > 0) return added.errors;
  }
  const written = await created.index.writeFiles({ outputPath });
  if (written.errors.length > 0) return written.errors;
  const highlighter = join(outputPath, highlighterFile);
  if (existsSync(highlighter)) await writeFile(highlighter, escapeControlCharacters(await readFile(highlighter, 'utf8')));
  return [];
}

/**
 * `script` with every control character other than tab, LF and CR written as a `\uXXXX` escape.
 * Pagefind's highlighter holds two raw ones (U+0001, U+0002) in string literals, and no built file
 * may hold such a byte (tests/build/safety.test.ts). In JavaScript they can only stand in a
 * string, template or regular-expression literal, where the escape means the same character, or
 * in a comment; the two whitespace ones (U+000B, U+000C) could stand between tokens, where an
 * escape would not parse, so they are left for the test to find.
 */
export function escapeControlCharacters(script: string): string {
  return script.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Hard-links a finished shard from the cache into the site (copies where links cannot be made). */
async function placeShard(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    if (entry.isDirectory()) await mkdir(target, { recursive: true });
    else await link(source, target).catch(() => copyFile(source, target));
  }
}

/**
 * Indexes the built site in `siteDir` and writes one Pagefind bundle per shard into
 * `siteDir/pagefind/<shard>/`. A shard whose pages are byte for byte those of a shard in
 * `cacheDir` is taken from there: only shards with a new, changed or removed page are indexed.
 * Throws SearchIndexError with Pagefind's own words when indexing fails.
 */
export async function writeSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexSummary> {
  const api = options.api ?? pagefind;
  const problems: string[] = [];
  const shardsBuilt: string[] = [];
  const shardsReused: string[] = [];
  let pagesRead = 0;
  try {
    const found = await pagesByShard(siteDir);
    pagesRead = found.pagesRead;
    const unsearched = await shardsTheSearchPageMisses(siteDir, [...found.shards.keys()]);
    if (unsearched.length > 0) throw new SearchIndexError(unsearched.map((shard) => `pages are filed in search shard "${shard}", which the search page does not merge (src/lib/search-shards.ts)`));
    const cacheDir = options.cacheDir ?? (await mkdtemp(join(tmpdir(), 'dateline-search-')));
    await mkdir(cacheDir, { recursive: true });
    const kept = new Set<string>();
    for (const [shard, { files, hash }] of found.shards) {
      const cached = join(cacheDir, `${shard}-${hash}`);
      kept.add(`${shard}-${hash}`);
      if (await exists(join(cached, 'pagefind-entry.json'))) {
        shardsReused.push(shard);
      } else {
        // Written beside the cache entry and renamed, so a killed build leaves no half shard.
        const partial = `${cached}.partial-${process.pid}`;
        await rm(partial, { recursive: true, force: true });
        const errors = await indexShard(siteDir, files, partial, api);
        if (errors.length > 0) {
          problems.push(...errors);
          break;
        }
        await rm(cached, { recursive: true, force: true });
        await rename(partial, cached);
        shardsBuilt.push(shard);
      }
      await placeShard(cached, join(siteDir, searchBundlePath, shard));
    }
    // Articles load Pagefind's highlighter from one address whatever their shard (the inline
    // script that loads it is hashed into the CSP, so it cannot name a shard per page).
    const [anyShard] = found.shards.keys();
    if (anyShard) await copyFile(join(siteDir, searchBundlePath, anyShard, highlighterFile), join(siteDir, searchBundlePath, highlighterFile));
    // The cache holds one site's worth: shards this build did not use are gone.
    for (const name of await readdir(cacheDir)) if (!kept.has(name)) await rm(join(cacheDir, name), { recursive: true, force: true });
    if (!options.cacheDir) await rm(cacheDir, { recursive: true, force: true });
  } catch (error) {
    problems.push(error instanceof SearchIndexError ? error.message.split('\n  ').slice(1).join('\n  ') : error instanceof Error ? error.message : String(error));
  } finally {
    await api.close();
  }
  if (problems.length > 0) throw new SearchIndexError(problems);
  let pagesIndexed = 0;
  for (const shard of [...shardsBuilt, ...shardsReused]) pagesIndexed += await indexedPageCount(join(siteDir, searchBundlePath, shard));
  return { pagesRead, pagesIndexed, shardsBuilt, shardsReused };
}

/** Shards that hold pages but are missing from the search page's list (data-search-bundles). */
async function shardsTheSearchPageMisses(siteDir: string, shards: string[]): Promise<string[]> {
  const page = await readFile(join(siteDir, 'search', 'index.html'), 'utf8').catch(() => undefined);
  if (page === undefined) return [];
  const listed = new Set((/data-search-bundles="([^"]*)"/.exec(page)?.[1] ?? '').split(' '));
  return shards.filter((shard) => !listed.has(join(searchBundlePath, shard, '/')));
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/** Pagefind records how many pages each language index holds in pagefind-entry.json. */
async function indexedPageCount(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The folder `npm run build` writes to (scripts/build.mjs): DATELINE_OUT_DIR or dist/. */
function lastBuildDir(root: URL): string {
  return resolve(fileURLToPath(root), process.env['DATELINE_OUT_DIR'] ?? 'dist');
}

export function searchIndex(): AstroIntegration {
  let root: URL;
  return {
    name: 'dateline:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:server:setup': async ({ server, logger }) => {
        const bundleDir = join(lastBuildDir(root), searchBundlePath);
        const shards = await readdir(bundleDir).catch(() => [] as string[]);
        const hasIndex = (await Promise.all(shards.map((shard) => exists(join(bundleDir, shard, 'pagefind-entry.json'))))).some(Boolean);
        const nearby = relative(fileURLToPath(root), bundleDir);
        const where = nearby.startsWith('..') ? bundleDir : nearby;
        if (hasIndex) logger.info(`Search uses the index of the last build (${where}); run "npm run build" to refresh it.`);
        else logger.warn(`No search index in ${where} yet: run "npm run build" once, then /search/ works in dev too.`);

        server.middlewares.use(searchBundlePath, async (request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
          const file = normalize(join(bundleDir, path));
          if (!file.startsWith(bundleDir.endsWith(sep) ? bundleDir : bundleDir + sep)) return next();
          try {
            const body = await readFile(file);
            response.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
            response.setHeader('Cache-Control', 'no-store');
            response.end(body);
          } catch {
            response.statusCode = 404;
            response.setHeader('Content-Type', 'text/plain; charset=utf-8');
            response.end(`No search index file ${searchBundlePath}${path.replace(/^\//, '')}: run "npm run build" to build the index.`);
          }
        });
      },
    },
  };
}
