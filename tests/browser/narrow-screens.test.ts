/**
 * No page kind scrolls sideways on a 320 px phone, with the longest strings editors and wires
 * send: a 70-letter compound in a headline and a publisher's name, 150-character addresses in
 * a standfirst and a body, and an unbroken run of Chinese (fixtures fixture-long-words in
 * tests/fixtures/site-content/articles and read-more).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteBrowser } from '../support/browser';

const site = useSiteBrowser();
const longWord = 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz';

const pages: Record<string, { path: string; ready?: (page: Page) => Promise<unknown> }> = {
  home: { path: '/' },
  article: { path: '/articles/fixture-long-words/' },
  topic: { path: '/topics/europe/' },
  'topic index': { path: '/topics/' },
  'outside story': { path: '/read-more/fixture-long-words/' },
  corrections: { path: '/corrections/' },
  'search results': {
    path: `/search/?q=${encodeURIComponent(longWord)}`,
    ready: (page) => page.locator('.search-result-title a').first().waitFor(),
  },
  '404': { path: '/no-such-page/' },
  'feed in a browser': { path: '/topics/europe/rss.xml' },
};

describe.each([320, 390])('at %i px', (width) => {
  it.each(Object.entries(pages))('the %s page does not scroll sideways', async (_kind, { path, ready }) => {
    const { page } = await site.open(path, { viewport: { width, height: 800 } });
    await ready?.(page);
    const wide = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      // The elements that stick out, to say what to fix.
      culprits: [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > innerWidth + 0.5)
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    }));
    expect(wide, path).toEqual({ scrollWidth: width, culprits: [] });
    await page.context().close();
  });
});

it('the long strings are on the pages being measured', async () => {
  const { page } = await site.open('/articles/fixture-long-words/', { viewport: { width: 320, height: 800 } });
  expect(await page.locator('h1').textContent()).toContain(longWord);
  const address = /https:\/\/\S+/.exec((await page.locator('.standfirst').textContent()) ?? '')?.[0] ?? '';
  expect(address.length).toBeGreaterThanOrEqual(150);
  expect(await page.locator('.article-body').textContent()).toMatch(/[\u4e00-\u9fff]{40,}/);
  await page.context().close();
});
