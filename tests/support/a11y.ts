/**
 * Accessibility checks in a real browser: the built test site served as a static host serves
 * it, Chromium from scripts/browser.mjs, and axe-core's WCAG 2.2 A/AA rules.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface BrowserSite {
  browser: Browser;
  url(path: string): string;
  close(): Promise<void>;
}

export async function openSite(root: string): Promise<BrowserSite> {
  const server = await startStaticServer({ root });
  try {
    const browser = await launchBrowser();
    return {
      browser,
      url: (path) => new URL(path, server.url).href,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** axe-core's violations on the page, one readable line per failing element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  );
}
