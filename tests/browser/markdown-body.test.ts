/**
 * The Markdown fixture article (every construct an editor can write) in Chromium: styled in
 * light, dark and print, no Content Security Policy violation, and axe-core finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/a11y';
import { useSiteBrowser } from '../support/browser';

const site = useSiteBrowser();
const path = '/articles/fixture-markdown/';

/** Records CSP violations from the first byte of the page. */
const recordViolations = (page: import('playwright-core').Page) =>
  page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });

describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
  it('loads with no CSP violation, aligns the columns and passes axe-core', async () => {
    const { page, consoleErrors } = await site.open(path, { colorScheme, viewport: { width: 390, height: 844 }, beforeGoto: recordViolations });
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    const align = await page.locator('.article-body tbody tr:first-child td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).textAlign));
    expect(align).toEqual(['left', 'center', 'right', 'right']);
    // The table is ruled, and the quote and code stand apart from the text.
    expect(await page.locator('.article-body thead th').first().evaluate((th) => getComputedStyle(th).borderBottomStyle)).toBe('solid');
    expect(await page.locator('.article-body pre').evaluate((pre) => getComputedStyle(pre).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

it('hides the "Footnotes" heading from sight but not from screen readers', async () => {
  const { page } = await site.open(path);
  const heading = page.locator('.footnotes h2');
  const box = await heading.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(1);
  expect(await page.getByRole('heading', { name: 'Footnotes' }).count()).toBe(1);
  await page.context().close();
});

it('prints code wrapped and tables whole, on white', async () => {
  const { page } = await site.open(path);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.article-body pre').evaluate((pre) => getComputedStyle(pre).whiteSpace)).toBe('pre-wrap');
  expect(await page.locator('.article-body pre').evaluate((pre) => getComputedStyle(pre).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  expect(await page.locator('.article-body table').evaluate((table) => getComputedStyle(table).breakInside)).toBe('avoid');
  await page.context().close();
});
