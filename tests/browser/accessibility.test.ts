/** WCAG 2.2 AA in a real browser, on every page kind, in the light and the dark colour scheme. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/a11y';
import { useSiteBrowser } from '../support/browser';
import { seed } from '../support/seed';

const site = useSiteBrowser();

/** Each page kind, and what must be on screen before it is judged (search results come later). */
const pages: Record<string, { path: string; ready?: (page: Page) => Promise<unknown> }> = {
  home: { path: '/' },
  article: { path: `/articles/${seed.slug}/` },
  'article with photo': { path: '/articles/fixture-photo/' },
  'article with corrections': { path: '/articles/fixture-corrected/' },
  'article with a byline': { path: '/articles/fixture-byline/' },
  author: { path: '/authors/ada-fixture/' },
  'source desk': { path: '/sources/fixture-wire/' },
  'article with every editorial component (an opinion piece)': { path: '/articles/fixture-editorial/' },
  topic: { path: '/topics/china/' },
  'topic index': { path: '/topics/' },
  'outside story': { path: '/read-more/china-condemns-olympic-boycott/' },
  corrections: { path: '/corrections/' },
  'article with a dateline': { path: '/articles/fixture-media/' },
  'developing story': { path: '/articles/fixture-live/' },
  'developing story at an update': { path: '/articles/fixture-live/#update-2026-06-15-0930' },
  standards: { path: '/about/' },
  policy: { path: '/about/ethics/' },
  search: { path: '/search/', ready: (page) => page.locator('#search-query').waitFor() },
  'search results leading to an update': {
    path: '/search/?q=zanzibarquill',
    ready: (page) => page.locator('.search-result-updates a').first().waitFor(),
  },
  'search results': {
    path: '/search/?q=chocolate',
    ready: (page) => page.locator('.search-result-title a').first().waitFor(),
  },
  'search results with a filter group open': {
    path: '/search/?q=china',
    ready: async (page) => {
      await page.locator('.search-result-title a').first().waitFor();
      await page.locator('details[data-filter-name="topic"] summary').click();
      await page.getByRole('checkbox').first().waitFor();
    },
  },
  '404': { path: '/no-such-page/' },
};

describe.each(['light', 'dark'] as const)('axe-core in the %s colour scheme', (colorScheme) => {
  it.each(Object.entries(pages))('%s page has no violations', async (_kind, { path, ready }) => {
    const { page } = await site.open(path, { colorScheme, viewport: { width: 1280, height: 900 } });
    await ready?.(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

it('axe-core really reports violations (it is not silently passing)', async () => {
  // The test page's inline style must apply, so the site's policy is set aside for it.
  const { page } = await site.open('/', { bypassCSP: true });
  await page.setContent('<!doctype html><html><head><title>t</title></head><body><img src="x.png"><p style="color:#777;background:#888">faint</p></body></html>');
  const ids = (await axeViolations(page)).map((line) => line.split(' ')[0]);
  expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast']));
  await page.context().close();
});

describe('keyboard use', () => {
  it('the first Tab shows the skip link, which moves focus to the main content', async () => {
    const { page } = await site.open(`/articles/${seed.slug}/`, { viewport: { width: 390, height: 844 } });
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height >= 24 && box.width >= 24).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('focused links get a visible outline', async () => {
    const { page } = await site.open('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { tag: document.activeElement!.tagName, width: style.outlineWidth, styleName: style.outlineStyle };
    });
    expect(outline).toEqual({ tag: 'A', width: '3px', styleName: 'solid' });
    await page.context().close();
  });
});

describe('printing', () => {
  it('prints the story and its credit without navigation or search, and spells out where links lead', async () => {
    const { page } = await site.open(`/articles/${seed.slug}/`, {
      colorScheme: 'dark',
      beforeGoto: (tab) => tab.emulateMedia({ media: 'print' }),
    });
    const shown = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none');
    expect(await shown('.masthead nav')).toBe(false);
    expect(await shown('.site-search')).toBe(false);
    expect(await shown('.site-footer nav')).toBe(false);
    expect(await shown('.topic-tags')).toBe(false);
    expect(await shown('h1')).toBe(true);
    expect(await shown('.attribution')).toBe(true);
    // Black on white on paper, even for a reader in dark mode.
    expect(await page.locator('body').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor])).toEqual([
      'rgb(0, 0, 0)',
      'rgb(255, 255, 255)',
    ]);

    await page.goto(site.url('/read-more/china-condemns-olympic-boycott/'));
    const after = await page.locator('.outside-link a').evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toBe('" (https://asiafinancial.com/china-condemns-olympic-boycott-as-australia-joins-in)"');
    await page.context().close();
  });
});
