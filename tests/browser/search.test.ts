/**
 * Search as a reader uses it, in a real Chromium against the built test site: the header box,
 * the search page with its filters and sort, the highlighted terms on the article, and no
 * search bytes on pages where nobody searched.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteBrowser, type OpenedPage } from '../support/browser';
import { seed } from '../support/seed';

const site = useSiteBrowser();
const seedUrl = `/articles/${seed.slug}/`;

/** Records every text a screen reader would hear from an aria-live region. */
function recordAnnouncements(page: Page) {
  return page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        const text = node?.closest('[aria-live]')?.textContent?.trim();
        if (text) heard.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Opens a filter group (Topic starts open beside the results on wide screens). */
async function showFilterGroup(page: Page, name: string) {
  const group = page.locator(`details[data-filter-name="${name}"]`);
  if (!(await group.evaluate((details: HTMLDetailsElement) => details.open))) await group.locator('summary').click();
}

const resultLinks = (page: Page) => page.locator('.search-results .search-result-title a');
const summary = (page: Page) => page.locator('pagefind-summary');

async function resultHrefs(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

function expectNoErrors(opened: OpenedPage) {
  expect(opened.consoleErrors).toEqual([]);
  expect(opened.pageErrors).toEqual([]);
  expect(opened.failedRequests).toEqual([]);
  expect(opened.errorResponses).toEqual([]);
}

describe('the search page', () => {
  it('finds the seed article by a word from its body, shows its card, and the link opens it with the word highlighted', async () => {
    const opened = await site.open('/search/?q=wafers');
    const { page } = opened;
    await expect.poll(() => resultHrefs(page)).toEqual([seedUrl]);

    const card = page.locator('.search-result').first();
    expect(await card.locator('.search-result-title').innerText()).toBe(seed.headline);
    expect(await card.locator('.search-result-kicker').innerText()).toBe('CHINA');
    expect(await card.locator('.search-result-date').innerText()).toBe('3 March 2022');
    // Pagefind marks the word with the punctuation that ends it ("wafers.").
    expect(await card.locator('.search-result-excerpt mark').allInnerTexts()).toEqual([expect.stringMatching(/^wafers\W?$/)]);
    expect(await card.locator('.search-result-standfirst').count()).toBe(0);
    expect(await summary(page).innerText()).toMatch(/^1 result for wafers$/i);

    await resultLinks(page).first().click();
    await page.waitForURL(/\/articles\/jd-com-russian-chocolates\/\?highlight=wafers$/);
    expect(await page.locator('h1').innerText()).toBe(seed.headline);
    await expect.poll(() => page.locator('mark.pagefind-highlight').allInnerTexts()).toEqual([expect.stringMatching(/^wafers\W?$/)]);
    expect(await page.locator('mark.pagefind-highlight').evaluate((mark) => mark.closest('.article-body') !== null)).toBe(true);
    expect(opened.requests.map((url) => url.pathname)).toContain('/pagefind/pagefind-highlight.js');
    expectNoErrors(opened);
  });

  it('narrows results with a topic filter', async () => {
    const opened = await site.open('/search/?q=china');
    const { page } = opened;
    // The seed article and two outside stories say "China"; the follow-up is filed under it.
    await expect.poll(() => resultHrefs(page)).toHaveLength(4);

    // On a wide screen the topics are already open beside the results.
    await expect.poll(() => page.locator('details[data-filter-name="topic"]').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await page.getByRole('checkbox', { name: 'China' }).check();
    await expect.poll(async () => (await resultHrefs(page)).sort()).toEqual(['/articles/fixture-follow-up/', seedUrl]);
    expect(await summary(page).innerText()).toMatch(/^2 results for china$/i);

    await page.getByRole('checkbox', { name: 'Trade' }).check();
    await expect.poll(() => resultHrefs(page)).toEqual(['/articles/fixture-follow-up/']);
    expectNoErrors(opened);
  });

  it('filters by source and by year too, on a phone where the groups start closed', async () => {
    const { page } = await site.open('/search/?q=china', { viewport: { width: 390, height: 800 } });
    await expect.poll(() => resultHrefs(page)).toHaveLength(4);
    expect(await page.locator('details[data-filter-name]').evaluateAll((groups) => groups.map((d) => (d as HTMLDetailsElement).open))).toEqual([
      false,
      false,
      false,
    ]);
    await showFilterGroup(page, 'source');
    await page.getByRole('checkbox', { name: 'Asia Financial' }).check();
    await expect.poll(() => resultHrefs(page)).toEqual(
      expect.arrayContaining(['/read-more/china-condemns-olympic-boycott/', '/read-more/lithuania-china-led-boycott/']),
    );
    expect(await resultHrefs(page)).toHaveLength(2);

    await page.getByRole('checkbox', { name: 'Asia Financial' }).uncheck();
    await showFilterGroup(page, 'year');
    await page.getByRole('checkbox', { name: '2022' }).check();
    await expect.poll(() => resultHrefs(page)).toEqual([seedUrl]);
  });

  it('sorts newest first on request, and keeps the choice in the address', async () => {
    const { page } = await site.open('/search/?q=china');
    await expect.poll(() => resultHrefs(page)).toHaveLength(4);
    await page.getByLabel('Sort').selectOption('newest');
    const newestFirst = [
      '/articles/fixture-follow-up/', // 14 June 2026
      seedUrl, // 3 March 2022
      '/read-more/china-condemns-olympic-boycott/', // 8 December 2021
      '/read-more/lithuania-china-led-boycott/', // December 2021
    ];
    await expect.poll(() => resultHrefs(page)).toEqual(newestFirst);
    expect(new URL(page.url()).search).toBe('?q=china&sort=newest');

    const reopened = await site.open('/search/?q=china&sort=newest');
    await expect.poll(() => resultHrefs(reopened.page)).toEqual(newestFirst);
    expect(await reopened.page.getByLabel('Sort').inputValue()).toBe('newest');
  });

  it('says so when nothing matches, and announces the count to screen readers', async () => {
    const context = await site.open('/search/', { beforeGoto: recordAnnouncements });
    const { page } = context;
    await page.getByRole('searchbox').fill('xylophonequartz');
    await expect.poll(() => summary(page).innerText()).toMatch(/^No results for xylophonequartz$/i);
    expect(await resultLinks(page).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toContain(
      await summary(page).innerText(),
    );
    expect(new URL(page.url()).search).toBe('?q=xylophonequartz');

    await page.getByRole('searchbox').fill('wafers');
    await expect.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toContainEqual(
      expect.stringMatching(/^1 result for wafers$/i),
    );
    expectNoErrors(context);
  });
});

describe('the header search box', () => {
  it('is a plain form: submitting it opens /search/?q=… and runs the query', async () => {
    const opened = await site.open('/topics/', { javaScriptEnabled: false });
    const form = opened.page.getByRole('search');
    await form.getByRole('searchbox', { name: 'Search Dateline' }).fill('chocolate');
    await form.getByRole('button', { name: 'Search' }).click();
    await opened.page.waitForURL(/\/search\/\?q=chocolate$/);

    const withScript = await site.open(new URL(opened.page.url()).pathname + new URL(opened.page.url()).search);
    await expect.poll(() => resultHrefs(withScript.page)).toEqual([seedUrl]);
    expect(await withScript.page.getByRole('searchbox').inputValue()).toBe('chocolate');
    expectNoErrors(withScript);
  });

  it('takes focus when the reader presses "/"', async () => {
    const { page } = await site.open(seedUrl);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    expect(await page.locator('#site-search-query').inputValue()).toBe('');

    const search = await site.open('/search/?q=china');
    await expect.poll(() => resultHrefs(search.page)).toHaveLength(4);
    await search.page.locator('h1').click();
    await search.page.keyboard.press('/');
    expect(await search.page.evaluate(() => document.activeElement?.classList.contains('pf-input'))).toBe(true);
  });
});

describe('zero cost until used', () => {
  it('an article page requests nothing but itself: no Pagefind, no scripts', async () => {
    const opened = await site.open(seedUrl, { waitUntil: 'networkidle' });
    await opened.page.locator('#site-search-query').focus();
    await opened.page.keyboard.type('choc');
    const paths = opened.requests.map((url) => url.pathname);
    expect(paths.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(paths.filter((path) => /\.(m?js|wasm|css)$/.test(path) || path.endsWith('.pagefind'))).toEqual([]);
    expectNoErrors(opened);
  });

  it('listing pages load no Pagefind either', async () => {
    for (const path of ['/', '/topics/', '/topics/china/']) {
      const opened = await site.open(path, { waitUntil: 'networkidle' });
      expect(opened.requests.map((url) => url.pathname).filter((p) => p !== path && p !== '/favicon.svg'), path).toEqual([]);
      expectNoErrors(opened);
    }
  });
});
