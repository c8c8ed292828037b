/**
 * Site search. `npm run build` (scripts/build.mjs) indexes the pages Astro has just written with
 * Pagefind, through its Node API (writeSearchIndex below), and ships the index in /pagefind/, so
 * a build without a complete index cannot happen: an indexing error fails the build, saying why.
 * It runs after Astro's process has ended, not in an Astro hook: at 5,000 articles Astro holds
 * about 2.3 GB until it exits and Pagefind needs about 1.4 GB, and one after the other they stay
 * within the build's memory budget. `astro dev` serves the index of the last build under the
 * same path (the integration below), so /search/ works there too.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Where the index and Pagefind's scripts live in the built site (and in the dev server). */
export const searchBundlePath = '/pagefind/';

/** The part of Pagefind's Node API the build uses (a parameter, so tests can make it fail). */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

export class SearchIndexError extends Error {
  constructor(problems: string[]) {
    super(`The search index could not be built, so the build stops here:\n  ${problems.join('\n  ')}`);
    this.name = 'SearchIndexError';
  }
}

export interface SearchIndexSummary {
  /** HTML files Pagefind read. */
  pagesRead: number;
  /** Pages in the index (those with data-pagefind-body), summed over languages. */
  pagesIndexed: number;
}

/** Indexes the built site in `siteDir` and writes the search bundle into it. */
export async function writeSearchIndex(siteDir: string, api: PagefindApi = pagefind): Promise<SearchIndexSummary> {
  const outputPath = join(siteDir, searchBundlePath);
  let pagesRead = 0;
  const problems: string[] = [];
  try {
    const created = await api.createIndex({});
    problems.push(...created.errors);
    if (created.index && problems.length === 0) {
      const added = await created.index.addDirectory({ path: siteDir });
      problems.push(...added.errors);
      pagesRead = added.page_count;
      if (problems.length === 0) problems.push(...(await created.index.writeFiles({ outputPath })).errors);
    } else if (!created.index) {
      problems.push('Pagefind did not create an index.');
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await api.close();
  }
  if (problems.length > 0) throw new SearchIndexError(problems);
  return { pagesRead, pagesIndexed: await indexedPageCount(outputPath) };
}

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
        const hasIndex = await stat(join(bundleDir, 'pagefind-entry.json')).then(
          () => true,
          () => false,
        );
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
