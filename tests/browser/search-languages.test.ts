/**
 * Search finds a story in another language by any of its words from the English search page,
 * and an English query still fetches only the English index. Right-to-left titles read right
 * to left wherever they are shown.
 */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/browser';

const site = useSiteBrowser();

async function search(query: string) {
  const opened = await site.open(`/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
  const links = await opened.page.locator('.search-result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')?.split('?')[0]));
  const pagefindFiles = opened.requests.map((url) => url.pathname).filter((path) => path.startsWith('/pagefind/'));
  await opened.page.context().close();
  return { links, pagefindFiles, errors: [...opened.consoleErrors, ...opened.pageErrors] };
}

describe('search in other languages', () => {
  it.each(['北京', '地铁', '每個月都'])('finds the Chinese story by %s', async (query) => {
    const { links, errors } = await search(query);
    expect(links).toContain('/articles/fixture-chinese/');
    expect(errors).toEqual([]);
  });

  // Merged indexes search with the page's own stemmer (a Pagefind limit, see
  // src/lib/search-languages.ts): Arabic words whose stem differs are not found from here.
  it.each(['افتتاح', 'جديد'])('finds the Arabic outside story by %s, a word of its title', async (query) => {
    expect((await search(query)).links).toContain('/read-more/fixture-arabic/');
  });

  it('fetches only the English index for an English query', async () => {
    const { links, pagefindFiles } = await search('chocolate');
    expect(links).toContain('/articles/jd-com-russian-chocolates/');
    expect(pagefindFiles.filter((path) => /zh-cn|\bar[_.]/.test(path))).toEqual([]);
    expect(pagefindFiles.some((path) => path.includes('en-gb'))).toBe(true);
  });
});

describe('right-to-left titles', () => {
  it('read right to left on their page and in a list on an English page', async () => {
    const { page } = await site.open('/read-more/fixture-arabic/');
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).direction)).toBe('rtl');
    expect(await page.locator('.masthead').evaluate((header) => getComputedStyle(header).direction)).toBe('ltr');
    await page.goto(site.url('/articles/fixture-chinese/'));
    expect(await page.locator('#read-more + ol a').evaluate((a) => getComputedStyle(a).direction)).toBe('rtl');
    await page.context().close();
  });
});
