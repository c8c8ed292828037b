/** WCAG 2.2 AA in a real browser, on every page kind, in the light and the dark colour scheme. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, type BrowserSite } from '../support/a11y';
import { seed } from '../support/seed';
import { siteDir } from '../support/site';

const pages = {
  home: '/',
  article: `/articles/${seed.slug}/`,
  'article with photo': '/articles/fixture-photo/',
  'article with corrections': '/articles/fixture-corrected/',
  topic: '/topics/china/',
  'topic index': '/topics/',
  'outside story': '/read-more/china-condemns-olympic-boycott/',
  corrections: '/corrections/',
  '404': '/no-such-page/',
};

let site: BrowserSite;
beforeAll(async () => {
  site = await openSite(siteDir());
});
afterAll(async () => {
  await site?.close();
});

describe.each(['light', 'dark'] as const)('axe-core in the %s colour scheme', (colorScheme) => {
  let context: BrowserContext;
  let tab: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    tab = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(Object.entries(pages))('%s page (%s) has no violations', async (_kind, path) => {
    await tab.goto(site.url(path));
    expect(await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    expect(await axeViolations(tab)).toEqual([]);
  });
});

it('axe-core really reports violations (it is not silently passing)', async () => {
  const context = await site.browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.setContent('<!doctype html><html><head><title>t</title></head><body><img src="x.png"><p style="color:#777;background:#888">faint</p></body></html>');
    const ids = (await axeViolations(tab)).map((line) => line.split(' ')[0]);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast']));
  } finally {
    await context.close();
  }
});

describe('keyboard use', () => {
  it('the first Tab shows the skip link, which moves focus to the main content', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const tab = await context.newPage();
      await tab.goto(site.url(`/articles/${seed.slug}/`));
      await tab.keyboard.press('Tab');
      const skip = tab.locator('a.skip-link');
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.y >= 0 && box.height >= 24 && box.width >= 24).toBe(true);
      await tab.keyboard.press('Enter');
      expect(await tab.evaluate(() => document.activeElement?.id)).toBe('main');
    } finally {
      await context.close();
    }
  });

  it('focused links get a visible outline', async () => {
    const context = await site.browser.newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(site.url('/'));
      await tab.keyboard.press('Tab');
      await tab.keyboard.press('Tab');
      const outline = await tab.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { tag: document.activeElement!.tagName, width: style.outlineWidth, styleName: style.outlineStyle };
      });
      expect(outline).toEqual({ tag: 'A', width: '3px', styleName: 'solid' });
    } finally {
      await context.close();
    }
  });
});

describe('printing', () => {
  it('prints the story and its credit without navigation, and spells out where links lead', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    try {
      const tab = await context.newPage();
      await tab.emulateMedia({ media: 'print' });
      await tab.goto(site.url(`/articles/${seed.slug}/`));
      const shown = (selector: string) => tab.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none');
      expect(await shown('.masthead nav')).toBe(false);
      expect(await shown('.site-footer nav')).toBe(false);
      expect(await shown('.topic-tags')).toBe(false);
      expect(await shown('h1')).toBe(true);
      expect(await shown('.attribution')).toBe(true);
      // Black on white on paper, even for a reader in dark mode.
      expect(await tab.locator('body').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor])).toEqual([
        'rgb(0, 0, 0)',
        'rgb(255, 255, 255)',
      ]);

      await tab.goto(site.url('/read-more/china-condemns-olympic-boycott/'));
      const after = await tab.locator('.outside-link a').evaluate((el) => getComputedStyle(el, '::after').content);
      expect(after).toBe('" (https://asiafinancial.com/china-condemns-olympic-boycott-as-australia-joins-in)"');
    } finally {
      await context.close();
    }
  });
});
