/**
 * Search as a reader uses it, in a real Chromium against the built test site: the header box,
 * the search page with its filters and sort, the highlighted terms on the article, and no
 * search bytes on pages where nobody searched.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteBrowser, type OpenedPage } from '../support/browser';
import { seed } from '../support/seed';
import { siteDir } from '../support/site';

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

/** Opens a filter group (they start closed). */
async function showFilterGroup(page: Page, name: string) {
  const group = page.locator(`details[data-filter-name="${name}"]`);
  if (!(await group.evaluate((details: HTMLDetailsElement) => details.open))) await group.locator('summary').click();
}

const resultLinks = (page: Page) => page.locator('.search-results .search-result-title a');
const summary = (page: Page) => page.locator('[role="status"]');
/** The test site's search index shards: 2026 and the archive. */
const shards = 2;

/** The English index's filter files, every shard together (an English query reads no other). */
const builtFilterFiles = () =>
  readdirSync(join(siteDir(), 'pagefind'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .reduce((sum, shard) => sum + readdirSync(join(siteDir(), 'pagefind', shard.name, 'filter')).filter((file) => file.startsWith('en-gb')).length, 0);

/** Filter lists fetched, from every shard (/pagefind/<shard>/filter/…). */
const filterFiles = (opened: OpenedPage) => opened.requests.map((url) => url.pathname).filter((path) => /^\/pagefind\/[^/]+\/filter\//.test(path));

/**
 * The addresses of the results drawn so far. A listed result fetches its details when it comes
 * on screen, so each call first scrolls to the first one still waiting, as a reader would.
 */
async function resultHrefs(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelector('.search-result[aria-busy="true"]')?.scrollIntoView());
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

    // The groups start closed: their lists are fetched when a reader opens one.
    expect(filterFiles(opened)).toEqual([]);
    await showFilterGroup(page, 'topic');
    await page.getByRole('checkbox', { name: 'China' }).check();
    await expect.poll(async () => (await resultHrefs(page)).sort()).toEqual(['/articles/fixture-follow-up/', seedUrl]);
    // The lists of the three groups from each shard, and not the publication times "newest
    // first" orders by (each shard has one filter file per filter, one of them "published").
    expect(new Set(filterFiles(opened)).size).toBe(builtFilterFiles() - shards);
    expect(await summary(page).innerText()).toMatch(/^2 results for china$/i);
    // The filters are drawn again with the new counts; the box just ticked keeps the focus.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('China');
    // Each box says how many results ticking it leaves.
    expect(await page.getByRole('checkbox', { name: 'Trade 1 result', exact: true }).count()).toBe(1);

    await page.getByRole('checkbox', { name: 'Trade' }).check();
    await expect.poll(() => resultHrefs(page)).toEqual(['/articles/fixture-follow-up/']);
    expectNoErrors(opened);
  });

  it('filters by source and by year too, on a phone', async () => {
    const { page } = await site.open('/search/?q=china', { viewport: { width: 390, height: 800 } });
    await expect.poll(() => resultHrefs(page)).toHaveLength(4);
    expect(await page.locator('details[data-filter-name]').evaluateAll((groups) => groups.map((d) => (d as HTMLDetailsElement).open))).toEqual([
      false,
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
    const opened = await site.open('/search/?q=china');
    const { page } = opened;
    await expect.poll(() => resultHrefs(page)).toHaveLength(4);
    // What newest first needs (every page's publication time) is fetched only when it is chosen.
    expect(filterFiles(opened)).toEqual([]);
    await page.getByLabel('Sort').selectOption('newest');
    const newestFirst = [
      '/articles/fixture-follow-up/', // 14 June 2026
      seedUrl, // 3 March 2022
      '/read-more/china-condemns-olympic-boycott/', // 8 December 2021
      '/read-more/lithuania-china-led-boycott/', // December 2021
    ];
    await expect.poll(() => resultHrefs(page)).toEqual(newestFirst);
    expect(new URL(page.url()).search).toBe('?q=china&sort=newest');
    expect(filterFiles(opened)).toHaveLength(shards);
    expectNoErrors(opened);

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

  it('shows what the index holds as text: a hostile headline, standfirst, source and excerpt never become markup', async () => {
    const dialogs: string[] = [];
    const opened = await site.open('/search/?q=onerror', { beforeGoto: async (tab) => tab.on('dialog', (d) => void dialogs.push(d.message())) });
    const { page } = opened;
    // Pagefind may add weaker near matches ("one," for "onerror") below the page that has the word.
    await expect.poll(async () => (await resultHrefs(page))[0]).toBe('/articles/fixture-hostile-frontmatter/');
    const card = page.locator('.search-result').first();
    expect(await card.locator('.search-result-title').innerText()).toBe(
      `Fixture hostile </script><script>alert(1)</script> <img src=x onerror=alert(1)> "double" 'single' & ]]> 🗞️ 新闻 خبر عاجل`,
    );
    expect(await card.locator('.search-result-standfirst').innerText()).toContain('<img src=x onerror=alert(2)>');
    const excerpt = card.locator('.search-result-excerpt');
    expect(await excerpt.innerText()).toContain(`</script><script>alert(1)</script> <img src=x onerror=alert(1)> "double" 'single' & ]]>`);
    expect(await excerpt.locator('mark').allInnerTexts()).toEqual(['onerror=alert(1)>', 'onerror=alert(2)>']);
    // The only elements drawn inside a card are the card's own and Pagefind's <mark>.
    expect(await excerpt.evaluate((p) => [...p.querySelectorAll('*')].map((el) => el.tagName))).toEqual(['MARK', 'MARK']);
    expect(await card.locator('img, script').count()).toBe(0);
    // A near match's own picture (a body figure, which Pagefind takes as its image) is the only img.
    expect(await page.locator('.search-results img:not(.search-result-image), .search-results script, .search-filters img, .search-filters script').count()).toBe(0);
    for (const src of await page.locator('.search-result-image').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src')))) expect(src).toMatch(/^\/_astro\//);

    await showFilterGroup(page, 'source');
    await expect.poll(() => page.getByRole('checkbox', { name: /^Source <\/script><script>alert\(3\)<\/script> <img src=x/ }).count()).toBe(1);
    expect(dialogs).toEqual([]);
    expectNoErrors(opened);
  });

  it('finds a developing story by the words of one update and links to that update', async () => {
    const opened = await site.open('/search/?q=zanzibarquill');
    const { page } = opened;
    await expect.poll(() => resultHrefs(page)).toEqual(['/articles/fixture-live/']);
    const updates = page.locator('.search-result').first().locator('.search-result-updates a');
    expect(await updates.allInnerTexts()).toEqual([expect.stringMatching(/^09:30 BST 15 June 2026 Fixture key event: the vote passes$/)]);

    await updates.first().click();
    await page.waitForURL((url) => url.pathname === '/articles/fixture-live/' && url.hash === '#update-2026-06-15-0930');
    // The update is the target: the reader lands on it, not at the top of the story.
    expect(await page.locator(':target').getAttribute('id')).toBe('update-2026-06-15-0930');
    expect(await page.locator(':target').evaluate((heading) => heading.closest('article.live-update')?.textContent)).toContain('zanzibarquill');
    await expect.poll(() => page.locator('mark.pagefind-highlight').allInnerTexts()).toEqual(['zanzibarquill']);
    expectNoErrors(opened);
  });

  it("keeps the search page's own form working without JavaScript: it reloads the page with the query", async () => {
    const { page } = await site.open('/search/', { javaScriptEnabled: false });
    expect(await page.locator('noscript').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search Dateline' }).fill('wafers');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=wafers$/);
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
    expect(await search.page.evaluate(() => document.activeElement?.id)).toBe('search-query');
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
