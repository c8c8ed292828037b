/**
 * The built site in a real browser (Chromium via scripts/browser.mjs), served by
 * scripts/static-server.mjs with dist/_headers applied, as a host would. Every page must load
 * with no dialog (no injected script ran), no Content Security Policy violation, no error and
 * no request to another origin; Pagefind's search engine must work under the policy.
 */
import { cpSync, globSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { writeSearchIndex } from '../../src/integrations/search-index';
import { launchBrowser } from '../../scripts/browser.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { tempDir } from '../support/build';
import { urlPathOf } from '../../scripts/lib/check-links';
import { siteDir } from '../support/site';

interface Watch {
  dialogs: string[];
  errors: string[];
  otherOrigins: string[];
  violations: () => Promise<string[]>;
}

/** Listens for everything that must not happen on a page (one page, one test helper, kept local). */
async function watch(page: Page, origin: string): Promise<Watch> {
  const found: Watch = { dialogs: [], errors: [], otherOrigins: [], violations: async () => [] };
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  page.on('dialog', (dialog) => {
    found.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) found.errors.push(message.text());
  });
  page.on('pageerror', (error) => found.errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) found.otherOrigins.push(request.url());
  });
  found.violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return found;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built site in a browser', () => {
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await startStaticServer({ root: siteDir() });
  });
  afterAll(() => server?.close());

  it('loads every page with no CSP violation, script dialog, error or request elsewhere', async () => {
    const paths = globSync('**/*.html', { cwd: siteDir() }).map(urlPathOf).sort();
    expect(paths).toContain('/articles/fixture-hostile-frontmatter/');
    const page = await browser.newPage();
    const seen = await watch(page, server.url.replace(/\/$/, ''));
    const violations: string[] = [];
    for (const path of paths) {
      const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], path).toContain("default-src 'none'");
      violations.push(...(await seen.violations()).map((v) => `${path}: ${v}`));
    }
    await page.close();
    expect(violations).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.otherOrigins).toEqual([]);
  });

  it('shows the hostile headline as text, and nothing in it runs', async () => {
    const page = await browser.newPage();
    const seen = await watch(page, server.url.replace(/\/$/, ''));
    await page.goto(new URL('/articles/fixture-hostile-frontmatter/', server.url).href);
    const headline = await page.locator('h1').textContent();
    expect(headline).toContain('</script><script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(await page.title()).toBe(`${headline} | Dateline`);
    expect(await page.locator('img').count()).toBe(0);
    expect(seen.dialogs).toEqual([]);
    expect(await seen.violations()).toEqual([]);
    await page.close();
  });

  it('blocks and reports an inline script the policy does not list (so the checks above can fail)', async () => {
    const page = await browser.newPage();
    const seen = await watch(page, server.url.replace(/\/$/, ''));
    const url = new URL('/articles/fixture-hostile-frontmatter/', server.url).href;
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</body>', '<script>alert("injected")</script></body>');
      await route.fulfill({ response, body: html });
    });
    await page.goto(url);
    expect(seen.dialogs).toEqual([]);
    // Reported once for each policy the page has: the header and the meta tag.
    const violations = await seen.violations();
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.every((violation) => violation === 'script-src-elem inline')).toBe(true);
    await page.close();
  });
});

describe('search under the Content Security Policy', () => {
  let server: { url: string; close: () => Promise<void> };
  let root: string;
  beforeAll(async () => {
    // A copy of the test site, indexed as the build indexes it.
    root = tempDir('csp-search');
    cpSync(siteDir(), root, { recursive: true, filter: (source) => !source.includes(`${sep}pagefind`) });
    await writeSearchIndex(root);
    server = await startStaticServer({ root });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("runs Pagefind's WebAssembly engine and worker, and returns the hostile headline as plain data", async () => {
    const page = await browser.newPage();
    const seen = await watch(page, server.url.replace(/\/$/, ''));
    await page.goto(new URL('/articles/jd-com-russian-chocolates/', server.url).href);
    // A string, not a function: vitest would rewrite import() inside a function for Node.
    const results: { chocolate: number; hostileTitles: string[] } = await page.evaluate(`(async () => {
      const engine = await import('/pagefind/2026/pagefind.js');
      await engine.mergeIndex('/pagefind/archive/');
      const chocolate = await engine.search('chocolates');
      const hostile = await engine.search('trusted');
      const hostileData = await Promise.all(hostile.results.map((result) => result.data()));
      return { chocolate: chocolate.results.length, hostileTitles: hostileData.map((data) => data.meta.title) };
    })()`);
    expect(results.chocolate).toBeGreaterThan(0);
    expect(results.hostileTitles).toContainEqual(expect.stringContaining('</script><script>alert(1)</script>'));
    expect(await seen.violations()).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    await page.close();
  });
});
