import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { useSiteBrowser } from '../support/browser';

/** A feed opened in a browser: public/rss.xsl turns it into a page for people. */
describe('an RSS feed opened in a browser', () => {
  const browser = useSiteBrowser();

  it('says what it is, how to subscribe, and lists the stories', async () => {
    const { page: tab } = await browser.open('/rss.xml');
    expect(await tab.locator('h1').textContent()).toBe('Dateline');
    expect(await tab.locator('#subscribe-heading').textContent()).toBe('This page is a news feed');
    expect(await tab.locator('.subscribe').textContent()).toContain('copy this address into your feed reader');
    expect(await tab.locator('.address').textContent()).toBe(new URL('/rss.xml', site.url).href);
    const titles = await tab.locator('li h3 a').allTextContents();
    expect(titles).toContain('China’s JD.com Has Run on Russian Chocolates in Show of Support');
    // Hostile characters show as the text the editor wrote, not as markup.
    expect(titles).toContain(`Fixture hostile: AT&T <b>bold</b> "double" 'single' ]]> &amp; 🗞️ 👩‍💻 新闻 עברית`);
    expect(await tab.locator('li h3 b').count()).toBe(0);
    // The description (HTML in the feed) reads as written, dated on the newsroom clock:
    // published on 1 June in London, which is 31 May 23:00 GMT.
    const budget = tab.locator('li', { has: tab.getByRole('link', { name: /budget story/ }) });
    expect(await budget.locator('p').first().textContent()).toBe('R&D budget <cut> by 5%');
    expect(await budget.locator('.meta').textContent()).toBe('1 June 2026 · Politics');
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    // The stylesheet loaded: the subscribe box has its accent rule.
    expect(await tab.locator('.subscribe').evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe('solid');
  });

  it('shows a topic feed under the topic name', async () => {
    const { page: tab } = await browser.open('/topics/china/rss.xml');
    expect(await tab.locator('h1').textContent()).toBe('Dateline: China');
    expect(await tab.locator('li h3 a').count()).toBe(2);
  });
});
