/**
 * Stories in other languages (fixtures fixture-chinese, an article in zh-CN, and
 * fixture-arabic, an outside story in Arabic): their pages and their lines in lists say their
 * language and direction; the site's own furniture keeps English; search indexes each language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { builtFile, page, siteDir } from '../support/site';
import { seed } from '../support/seed';

describe('a story in another language', () => {
  it('gives its page its lang and dir, and keeps the furniture in the site\'s language', () => {
    const $ = page('/articles/fixture-chinese/');
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('html').attr('dir')).toBe('ltr');
    for (const furniture of ['.masthead', '.site-footer', '.skip-link', '.byline', '.article-footer']) {
      expect($(furniture).attr('lang'), furniture).toBe('en-GB');
    }
    const arabic = page('/read-more/fixture-arabic/');
    expect(arabic('html').attr('lang')).toBe('ar');
    expect(arabic('html').attr('dir')).toBe('rtl');
    expect(arabic('.masthead').attr('dir')).toBe('ltr');
    expect(arabic('.kicker').attr('lang')).toBe('en-GB');
    expect(arabic('.kicker span').attr('lang')).toBe('ar');
  });

  it('is marked with its language where a list shows it; other editors\' text gets dir="auto"', () => {
    const home = page('/');
    const chinese = home('.summary-title a[href="/articles/fixture-chinese/"]');
    expect([chinese.attr('lang'), chinese.attr('dir')]).toEqual(['zh-CN', 'ltr']);
    expect(home(`.summary-title a[href="/articles/${seed.slug}/"]`).attr('dir')).toBe('auto');
    const list = page('/articles/fixture-chinese/')('#read-more + ol li');
    expect([list.find('a').attr('lang'), list.find('a').attr('dir')]).toEqual(['ar', 'rtl']);
    expect(list.find('.meta span').first().attr('dir')).toBe('rtl');
  });

  it('says its language to search engines and feed readers', () => {
    const $ = page('/articles/fixture-chinese/');
    const article = JSON.parse($('script[type="application/ld+json"]').first().text());
    const articles = (Array.isArray(article) ? article : [article]).filter((item) => item['@type'] === 'ReportageNewsArticle');
    expect(articles.map((item) => item.inLanguage)).toEqual(['zh-CN']);
    expect($('meta[property="og:locale"]').attr('content')).toBe('zh_CN');
    expect(page('/')('meta[property="og:locale"]').attr('content')).toBe('en_GB');
    const items = parseJsonFeed(builtFile('/feed.json')).items ?? [];
    expect(items.find((item) => item.url?.endsWith('/articles/fixture-chinese/'))?.language).toBe('zh-CN');
    expect(items.find((item) => item.url?.endsWith(`/articles/${seed.slug}/`))?.language).toBeUndefined();
    const rssItem = parseRssFeed(builtFile('/rss.xml')).items?.find((item) => item.link?.endsWith('/articles/fixture-chinese/'));
    expect(rssItem?.dc?.languages).toEqual(['zh-CN']);
  });

  it('is indexed for search in its own language, and the search page knows to merge it', () => {
    // The Chinese story is this year's (shard 2026), the Arabic outside story in the archive.
    const languagesOf = (shard: string) => Object.keys(JSON.parse(readFileSync(join(siteDir(), 'pagefind', shard, 'pagefind-entry.json'), 'utf8')).languages).sort();
    expect(languagesOf('2026')).toEqual(['en-gb', 'zh-cn']);
    expect(languagesOf('archive')).toEqual(['ar', 'en-gb']);
    expect(JSON.parse(page('/search/')('[data-search-panel]').attr('data-index-languages') ?? '')).toEqual([
      { bundle: '/pagefind/2026/', language: 'zh-cn', script: '\\p{Script=Hani}' },
      { bundle: '/pagefind/archive/', language: 'ar', script: '\\p{Script=Arab}' },
    ]);
  });
});
