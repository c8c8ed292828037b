#!/usr/bin/env node
/**
 * `npm run audit [paths…]`: Lighthouse (performance, accessibility, best practices, SEO) on the
 * home page and the seed article, or on the given paths, and prints the four scores (0-100).
 *
 * It builds the site into .dateline-cache/audit-site with SITE_URL set to the address it serves
 * it on, so canonical links and sitemaps point where Lighthouse looks, then drives the same
 * Chromium as the browser tests. No network throttling is simulated (`throttlingMethod:
 * 'provided'`): the scores say what the pages do, not what a simulated 4G phone would feel.
 * Add `--desktop` for Lighthouse's desktop preset. Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumExecutable } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';

const args = process.argv.slice(2);
const desktop = args.includes('--desktop');
const paths = args.filter((arg) => !arg.startsWith('--'));
if (paths.length === 0) paths.push('/', '/articles/jd-com-russian-chocolates/');

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** A port nobody is using, so the build can name its own address before it is served. */
async function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const outDir = resolve('.dateline-cache/audit-site');
console.log(`Building the site for ${origin} …`);
const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, SITE_URL: origin, DATELINE_OUT_DIR: outDir },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startStaticServer({ root: outDir, port });
const chrome = await chromeLauncher.launch({
  chromePath: await chromiumExecutable(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let failed = false;
try {
  console.log(`\nLighthouse ${desktop ? 'desktop' : 'mobile'}, no simulated throttling\n`);
  console.log(['page'.padEnd(44), ...categories.map((c) => c.padStart(15))].join(''));
  for (const path of paths) {
    const url = new URL(path, origin).href;
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, throttlingMethod: 'provided' },
      desktop ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const scores = categories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    console.log([path.padEnd(44), ...scores.map((s) => String(s).padStart(15))].join(''));
    // Say what cost points, so a score below 100 comes with its reason.
    for (const id of categories) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`    ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
    if (scores.some((score) => score < 100)) failed = true;
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(failed ? '\nBelow 100 somewhere: see the audits listed under the page.' : '\nAll scores 100.');
