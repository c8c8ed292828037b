/**
 * Ranking, result pictures and long result lists need content the main test site lacks (a word
 * in one story's headline and in another's body; an article with an image; more results than
 * one screen shows), so this file builds its own small site: the real content, plus
 * tests/fixtures/search-content, plus a dozen stories written here that share one word.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeContent, projectRoot, runBuild, tempDir } from '../support/build';
import { useSiteBrowser } from '../support/browser';

const workDir = tempDir('search-site');
/** Stories that all say "quollbergs": more than the ten results the page shows at first. */
const listLength = 13;
const outDir = join(workDir, 'dist');

beforeAll(async () => {
  const contentDir = mergeContent(join(workDir, 'content'), join(projectRoot, 'src/content'), join(projectRoot, 'tests/fixtures/search-content'));
  for (let day = 1; day <= listLength; day++) {
    writeFileSync(
      join(contentDir, 'articles', `fixture-list-${day}.mdx`),
      `---\ntitle: "Fixture: list story ${day}"\npubDate: "2024-01-${String(day).padStart(2, '0')}"\ntopics: [markets]\n---\n\nTest fixture body: one of many stories about quollbergs.\n`,
    );
  }
  const { code, output } = await runBuild({ contentDir, outDir, env: { DATELINE_NOW: '2026-06-15T12:00:00Z' } });
  if (code !== 0) throw new Error(`The search fixture site did not build (exit ${code}):\n${output}`);
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const site = useSiteBrowser(() => outDir);

describe('search ranking and result cards', () => {
  it('ranks a story with the word in its headline above one that repeats it in the body', async () => {
    const { page } = await site.open('/search/?q=zorblats');
    const links = page.locator('.search-result-title a');
    await expect.poll(() => links.count()).toBe(2);
    expect(await links.allInnerTexts()).toEqual(['Fixture: zorblats in the headline', 'Fixture: a made-up word in the body']);
  });

  it('shows the article picture as a small rendition with its alt text, and the standfirst', async () => {
    const opened = await site.open('/search/?q=zorblats');
    const card = opened.page.locator('.search-result').filter({ hasText: 'zorblats in the headline' });
    const image = card.locator('img.search-result-image');
    await expect.poll(() => image.count()).toBe(1);
    expect(await image.getAttribute('alt')).toBe('A test pattern of red, grey and blue blocks');
    expect(await image.getAttribute('src')).toMatch(/^\/_astro\/test-pattern\.[\w-]+\.webp$/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);
    expect(await card.locator('.search-result-standfirst').innerText()).toBe(
      'Test fixture for search ranking: the made-up word is in the headline only.',
    );
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.errorResponses).toEqual([]);
  });

  it('lists ten results at first and fetches the details of each only when it comes on screen, once', async () => {
    const opened = await site.open('/search/?q=quollbergs', { viewport: { width: 390, height: 700 } });
    const { page } = opened;
    const fetchedDetails = () => opened.requests.filter((url) => url.pathname.endsWith('.pf_fragment')).map((url) => url.pathname);
    const links = page.locator('.search-result-title a');
    await expect.poll(() => page.locator('[role="status"]').innerText()).toBe(`${listLength} results for quollbergs`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.search-result').count()).toBe(10);
    // A phone's screen shows a few; the rest are places that say they are loading.
    const drawn = await links.count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(10);
    expect(fetchedDetails()).toHaveLength(drawn);
    expect(await page.locator('.search-result[aria-busy="true"]').count()).toBe(10 - drawn);

    // Scrolling down fills in the rest, each fetched once.
    await expect
      .poll(async () => {
        await page.evaluate(() => document.querySelector('.search-result[aria-busy="true"]')?.scrollIntoView());
        return links.count();
      })
      .toBe(10);
    expect(new Set(fetchedDetails()).size).toBe(10);
    expect(fetchedDetails()).toHaveLength(10);

    // "Show more" fetches the first new result at once and moves the focus to it.
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[10])).toBe(true);
    expect(await page.locator('.search-result').count()).toBe(listLength);
    expect(opened.consoleErrors).toEqual([]);
  });

  it('takes the Tab key through every result in turn, drawing each as it comes', async () => {
    const opened = await site.open('/search/?q=quollbergs', { viewport: { width: 390, height: 700 } });
    const { page } = opened;
    const links = page.locator('.search-result-title a');
    await links.first().waitFor();
    await links.first().focus();
    const focusedPlace = () =>
      page.evaluate(() => {
        const focused = document.activeElement;
        return { place: [...document.querySelectorAll('.search-result')].findIndex((place) => place.contains(focused)), onLink: focused?.tagName === 'A' };
      });
    for (let place = 1; place < 10; place++) {
      await page.keyboard.press('Tab');
      await expect.poll(focusedPlace).toEqual({ place, onLink: true });
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show more results');
    expect(opened.consoleErrors).toEqual([]);
  });

  it('shows ten results at first and the rest on request newest first, moving focus to the first new one', async () => {
    const opened = await site.open('/search/?q=quollbergs&sort=newest');
    const { page } = opened;
    const links = page.locator('.search-result-title a');
    await expect.poll(() => links.count()).toBe(10);
    expect(await page.locator('[role="status"]').innerText()).toBe(`${listLength} results for quollbergs`);
    expect(await links.first().innerText()).toBe(`Fixture: list story ${listLength}`);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => links.count()).toBe(listLength);
    expect(await links.allInnerTexts()).toEqual(Array.from({ length: listLength }, (_, i) => `Fixture: list story ${listLength - i}`));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Fixture: list story 3');
    expect(await page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(false);
    expect(opened.consoleErrors).toEqual([]);
  });
});
