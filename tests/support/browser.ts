/**
 * A real Chromium on the built test site, for browser tests (search, accessibility, CSP...).
 * `useSiteBrowser()` starts one static server (scripts/static-server.mjs, which applies
 * dist/_headers like a host would) and one browser per test file; `open(path)` gives each
 * page a fresh context and records what it did: console errors, uncaught exceptions, every
 * request and every failed one. Nothing is downloaded: see scripts/browser.mjs.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { siteDir } from './site';

export interface OpenedPage {
  page: Page;
  /** Text of console messages of type "error" (including failed resource loads). */
  consoleErrors: string[];
  /** Uncaught exceptions thrown in the page. */
  pageErrors: string[];
  /** Every URL the page requested, in order, the document included. */
  requests: URL[];
  /** Requests that failed at the network level, as "URL: reason". */
  failedRequests: string[];
  /** Requests for this site's own files that the server answered with 4xx or 5xx. */
  errorResponses: string[];
}

export interface OpenOptions extends BrowserContextOptions {
  /** Wait for this load state before returning (default "load"). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  /** Runs before the page navigates, e.g. to add an init script or a route. */
  beforeGoto?: (page: Page) => Promise<unknown>;
}

export interface SiteBrowser {
  /** Absolute URL of a path on the served site. */
  url(path: string): string;
  /** Opens a path in a fresh browser context and starts recording. */
  open(path: string, options?: OpenOptions): Promise<OpenedPage>;
}

/**
 * Serves `root` (default: the test site built by tests/setup/build-site.ts) and starts Chromium
 * for the calling test file; both stop after its last test.
 */
export function useSiteBrowser(root: () => string = siteDir): SiteBrowser {
  let browser: Browser | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startStaticServer({ root: root() });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.close();
  });

  const url = (path: string) => {
    if (!server) throw new Error('useSiteBrowser: the server starts in beforeAll; call url() inside a test');
    return new URL(path, server.url).href;
  };

  return {
    url,
    async open(path, { waitUntil = 'load', beforeGoto, ...contextOptions } = {}) {
      if (!browser) throw new Error('useSiteBrowser: the browser starts in beforeAll; call open() inside a test');
      const context = await browser.newContext(contextOptions);
      contexts.push(context);
      const page = await context.newPage();
      const opened: OpenedPage = { page, consoleErrors: [], pageErrors: [], requests: [], failedRequests: [], errorResponses: [] };
      const origin = new URL(url('/')).origin;
      page.on('console', (message) => {
        if (message.type() === 'error') opened.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => opened.pageErrors.push(error.message));
      page.on('request', (request) => opened.requests.push(new URL(request.url())));
      page.on('requestfailed', (request) => opened.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
      page.on('response', (response) => {
        if (response.status() >= 400 && new URL(response.url()).origin === origin) {
          opened.errorResponses.push(`${response.status()} ${response.url()}`);
        }
      });
      await beforeGoto?.(page);
      await page.goto(url(path), { waitUntil });
      return opened;
    },
  };
}
