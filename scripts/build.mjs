#!/usr/bin/env node
/**
 * `npm run build`: builds the site into a staging folder and swaps it into place only when the
 * whole build (pages, feeds, search index) succeeded, so a failed build never leaves a broken or
 * half-empty dist/ behind. Astro itself empties its outDir before rendering pages. The search
 * index is written here, once Astro's process has ended (why: src/integrations/search-index.ts).
 *
 * Output folder: DATELINE_OUT_DIR (default dist). Extra arguments go to `astro build`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCacheDir } from '../src/lib/content-paths.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, process.env.DATELINE_OUT_DIR ?? 'dist');
// Beside the output folder, so the final rename stays on one file system. The staging name
// never changes: Astro writes the output path into the code of every page that uses images,
// and its incremental build would see a new name as changed code and render all those pages
// again. A staging folder left by a build that was killed is cleared first.
const staging = join(dirname(outDir), `.${basename(outDir)}.staging`);
const previous = join(dirname(outDir), `.${basename(outDir)}.previous-${process.pid}-${Date.now()}`);

await takeBuildLock(join(root, '.astro', 'build.lock'));
mkdirSync(dirname(outDir), { recursive: true });
rmSync(staging, { recursive: true, force: true });
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
// Astro's errors arrive on stderr: passed through as they come, and kept to be read on failure.
const astroBuild = spawn(process.execPath, [astro, 'build', '--outDir', staging, ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['inherit', 'inherit', 'pipe'],
  env: {
    // Piped, Astro would drop its colours for an editor at a terminal.
    ...(process.stderr.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
    ...process.env,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    // V8's compiled code for Astro, Vite and the site's own bundle, kept beside Astro's caches:
    // a rebuild starts and renders faster.
    NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? resolve(root, buildCacheDir(), 'node-compile-cache'),
    // glibc gives each thread that allocates its own memory arena, and sharp's worker threads
    // kept ~300 MB of freed memory in theirs while optimising images at 5,000 articles. Two
    // arenas is the setting sharp's documentation suggests; other C libraries ignore it.
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    // Rolldown's allocator (mimalloc) hands freed memory back to the system after a delay; at
    // once, the bundler's peak at 5,000 articles measured about 150-250 MB lower.
    MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
  },
});
let astroErrors = '';
astroBuild.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  astroErrors += chunk;
});
const status = await new Promise((resolvePromise) => astroBuild.on('close', resolvePromise));

/** Leaves the previous output as it was and exits with `code`. */
function fail(code) {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `the previous ${basename(outDir)}/ is unchanged` : `no ${basename(outDir)}/ was written`;
  console.error(`\nBuild failed: ${kept}. Fix the problem named above and build again.`);
  process.exit(code);
}

if (status !== 0) {
  // Astro names the file and field of a content schema error but not the line: add it, in
  // the `file:line: field: message` form of npm run check, so an editor can jump there.
  const { importTs } = await import('./lib/import-ts.mjs');
  const { schemaErrorProblems } = await importTs('scripts/lib/tool-output.ts');
  const { formatProblem, sortProblems } = await importTs('scripts/lib/problems.ts');
  for (const problem of schemaErrorProblems(astroErrors, (file) => readFileSync(file, 'utf8'))) console.error(formatProblem(problem));
  // Astro stops at the first collection that fails, often at its first file. The content check
  // of npm run check reads every file, so the editor gets the whole list from this one run.
  const { checkContent } = await importTs('scripts/lib/check-content.ts');
  const { problems } = await checkContent(root).catch(() => ({ problems: [] }));
  if (problems.length > 0) {
    console.error(`\nEvery problem in the content (${problems.length}), as npm run check lists them:`);
    for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  }
  fail(status ?? 1);
}

// A link in a body to one of our own pages that the build did not make: the editor's file and
// line, and nothing published. Links to articles were checked before, when content synced.
{
  const { deadSiteLinks, siteLinkListDir } = await import('../src/lib/site-links.ts');
  const dead = deadSiteLinks(siteLinkListDir(resolve(root, buildCacheDir())), staging);
  if (dead.length > 0) {
    console.error(`Links in the copy that lead nowhere:\n${dead.join('\n')}`);
    fail(1);
  }
}

try {
  // Loaded only now: this process waits beside Astro's, and its memory counts in the build's peak.
  const { searchBundlePath, writeSearchIndex } = await import('../src/integrations/search-index.ts');
  const started = performance.now();
  const { pagesRead, pagesIndexed, shardsBuilt, shardsReused } = await writeSearchIndex(staging, {
    cacheDir: resolve(root, buildCacheDir(), 'search-shards'),
  });
  const ms = Math.round(performance.now() - started);
  const shards = `${shardsBuilt.length} shard(s) indexed${shardsBuilt.length ? ` (${shardsBuilt.join(', ')})` : ''}, ${shardsReused.length} unchanged`;
  console.log(`[dateline:search-index] Indexed ${pagesIndexed} of ${pagesRead} pages for search in ${ms} ms (${searchBundlePath}; ${shards}).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  fail(1);
}

if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
console.log(`Built ${outDir}`);
removeLater(previous);

/**
 * Deletes the replaced site, and any a killed build left, in a process of its own that outlives
 * this one: the new site is live from the rename above, and a story need not wait for the old
 * site's files (about 20,000 at 5,000 articles, 2 s) to be deleted.
 */
function removeLater(dir) {
  const prefix = `.${basename(outDir)}.previous-`;
  const dirs = [dir, ...readdirSync(dirname(outDir)).filter((name) => name.startsWith(prefix)).map((name) => join(dirname(outDir), name))];
  const remove = 'for (const dir of new Set(process.argv.slice(1))) { try { require("node:fs").rmSync(dir, { recursive: true, force: true, maxRetries: 3 }); } catch {} }';
  spawn(process.execPath, ['-e', remove, ...dirs], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * One build at a time in a project: Astro writes its generated code into the project's .astro/
 * folder whatever the output and cache folders, so two builds at once (two editors publishing)
 * break each other. A second build waits for the first. A lock left by a build that was killed
 * names a process that no longer runs, and is taken over.
 */
async function takeBuildLock(lock) {
  mkdirSync(dirname(lock), { recursive: true });
  let said = false;
  for (;;) {
    // Made whole under another name, then renamed into place: the rename is the atomic step,
    // and fails while another build's lock is there.
    const mine = `${lock}.${process.pid}`;
    mkdirSync(mine, { recursive: true });
    writeFileSync(join(mine, 'pid'), String(process.pid));
    try {
      renameSync(mine, lock);
      process.on('exit', () => rmSync(lock, { recursive: true, force: true }));
      return;
    } catch (error) {
      rmSync(mine, { recursive: true, force: true });
      if (error.code !== 'EEXIST' && error.code !== 'ENOTEMPTY') throw error;
    }
    let holder = 0;
    try {
      holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    } catch {
      // Released meanwhile: try again.
    }
    if (holder && !isRunning(holder)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (holder && !said) console.log(`Waiting for another build (process ${holder}) to finish…`);
    said ||= Boolean(holder);
    await new Promise((wake) => setTimeout(wake, 500));
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
