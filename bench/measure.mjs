/**
 * The measurements `npm run bench` takes: a build run through the real `npm run build` path
 * (timed line by line, its memory polled), the size of what it wrote, and what a browser
 * fetches for an article page and for a first search query.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../scripts/browser.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { astroTotals, phasesFromLog } from './build-log.mjs';

export const projectRoot = new URL('..', import.meta.url).pathname.replace(/\/$/, '');

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid) {
  let total = 0;
  const visit = (id) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${id}/task`)) {
        const children = readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(/\s+/) : []) visit(child);
      }
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return total;
}

/**
 * Runs `node scripts/build.mjs` with the given environment. Resolves to the exit code, wall
 * milliseconds, peak RSS of the process tree, the output lines stamped with their arrival time,
 * and the phases read from them.
 */
export function runMeasuredBuild(env) {
  // GNU time, when the machine has it, adds the CPU seconds: on a shared machine they vary
  // less than wall time does.
  const timeFile = join(tmpdir(), `dateline-bench-time-${process.pid}-${Date.now()}`);
  const build = [process.execPath, join(projectRoot, 'scripts/build.mjs')];
  const command = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%U %S', '-o', timeFile, ...build] : build;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command[0], command.slice(1), {
      cwd: projectRoot,
      env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const lines = [];
    const collect = (stream) => {
      let pending = '';
      stream.on('data', (chunk) => {
        const at = Math.round(performance.now() - started);
        const parts = (pending + chunk).split('\n');
        pending = parts.pop();
        for (const text of parts) lines.push({ at, text: text.replace(/\x1b\[[0-9;]*m/g, '') });
      });
      stream.on('end', () => pending && lines.push({ at: Math.round(performance.now() - started), text: pending }));
    };
    collect(child.stdout);
    collect(child.stderr);
    let peakRss = 0;
    let peakAt = 0;
    const poll = setInterval(() => {
      const rss = treeRss(child.pid);
      if (rss > peakRss) [peakRss, peakAt] = [rss, Math.round(performance.now() - started)];
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const wallMs = Math.round(performance.now() - started);
      let cpuMs = null;
      if (existsSync(timeFile)) {
        const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = Math.round((user + system) * 1000);
        rmSync(timeFile, { force: true });
      }
      // Where the build was when memory peaked: the last log line before that moment.
      const peakDuring = lines.filter((line) => line.at <= peakAt && line.text.trim() !== '').at(-1)?.text.trim() ?? null;
      resolvePromise({ code, wallMs, cpuMs, peakRss, peakDuring, lines, phases: phasesFromLog(lines), ...astroTotals(lines) });
    });
  });
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const bytesOf = (files) => files.reduce((sum, file) => sum + statSync(file).size, 0);

/** What the build wrote: pages, total size, and Pagefind's index when there is one. */
export function distStats(distDir) {
  const files = filesUnder(distDir);
  const pagefind = filesUnder(join(distDir, 'pagefind'));
  return {
    htmlPages: files.filter((file) => file.endsWith('.html')).length,
    files: files.length,
    distBytes: bytesOf(files),
    pagefindBytes: pagefind.length > 0 ? bytesOf(pagefind) : null,
    pagefindFiles: pagefind.length > 0 ? pagefind.length : null,
  };
}

const compressible = (contentType) => /text|javascript|json|xml|svg|wasm|font\/ttf|font\/otf/.test(contentType ?? '');

/** Bytes on the wire from a host that gzips text (Pagefind's own files are gzipped already). */
function transferSize(body, contentType) {
  return compressible(contentType) ? Math.min(body.length, gzipSync(body).length) : body.length;
}

function kindOf(resourceType, url) {
  if (resourceType === 'image' || /\.(png|jpe?g|webp|avif|gif|svg|ico)(\?|$)/.test(url)) return 'image';
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  return 'other';
}

/** Records every response a page makes while `action` runs. */
async function recordResponses(page, action) {
  const responses = [];
  const pending = [];
  const onResponse = (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const request = response.request();
          responses.push({
            url: response.url(),
            kind: kindOf(request.resourceType(), response.url()),
            raw: body.length,
            gzip: transferSize(body, response.headers()['content-type']),
          });
        })
        .catch(() => {}),
    );
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', onResponse);
  return responses;
}

function summarise(responses) {
  const counted = responses.filter((r) => r.kind !== 'image');
  const byKind = {};
  for (const kind of ['html', 'css', 'js', 'font', 'other']) {
    const of = counted.filter((r) => r.kind === kind);
    byKind[kind] = { raw: of.reduce((s, r) => s + r.raw, 0), gzip: of.reduce((s, r) => s + r.gzip, 0), requests: of.length };
  }
  return {
    requests: counted.length,
    raw: counted.reduce((s, r) => s + r.raw, 0),
    gzip: counted.reduce((s, r) => s + r.gzip, 0),
    byKind,
    imagesExcluded: responses.length - counted.length,
  };
}

/**
 * Loads pages of the built site in headless Chromium: one article page's weight (images
 * excluded) and, when the site has a search index, the bytes of a first query.
 */
export async function browserMeasurements(distDir, { articlePath, query }) {
  const server = await startStaticServer({ root: distDir });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = new URL(articlePath, server.url).href;
    const responses = await recordResponses(page, () => page.goto(url));
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll('script')].map((s) => ({ src: s.getAttribute('src'), type: s.type || 'text/javascript', bytes: new TextEncoder().encode(s.textContent ?? '').length })),
    );
    const executable = (s) => !s.src && !/json/.test(s.type);
    const articlePage = {
      path: articlePath,
      ...summarise(responses),
      scriptFiles: responses.filter((r) => r.kind === 'js').length,
      inlineScriptBytes: scripts.filter(executable).reduce((sum, s) => sum + s.bytes, 0),
      inlineDataBytes: scripts.filter((s) => !s.src && /json/.test(s.type)).reduce((sum, s) => sum + s.bytes, 0),
    };

    let firstQuery = null;
    const searchPage = join(distDir, 'search', 'index.html');
    const pagefindScript = join(distDir, 'pagefind', 'pagefind.js');
    if (existsSync(searchPage)) {
      // What a reader's browser fetches for /search/?q=…: the page, its assets, Pagefind and the results.
      const fresh = await browser.newContext();
      const searchTab = await fresh.newPage();
      const searchUrl = new URL(`search/?q=${encodeURIComponent(query)}`, server.url).href;
      const fetched = await recordResponses(searchTab, async () => {
        await searchTab.goto(searchUrl);
        await searchTab.waitForTimeout(1500);
      });
      firstQuery = { how: `/search/?q=${query} in a fresh browser`, query, ...summarise(fetched), pagefindRequests: fetched.filter((r) => r.url.includes('/pagefind/')).length };
      await fresh.close();
    } else if (existsSync(pagefindScript)) {
      // No search page yet: Pagefind's own API, as its UI would call it, from an article page.
      const fetched = await recordResponses(page, () =>
        page.evaluate(async (q) => {
          const pagefind = await import('/pagefind/pagefind.js');
          const search = await pagefind.search(q);
          await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
        }, query),
      );
      firstQuery = { how: `Pagefind API search("${query}") with 5 result fragments (no /search/ page)`, query, ...summarise(fetched), pagefindRequests: fetched.length };
    }
    return { articlePage, firstQuery };
  } finally {
    await browser.close();
    await server.close();
  }
}

export const relativeToRoot = (path) => relative(projectRoot, path);
