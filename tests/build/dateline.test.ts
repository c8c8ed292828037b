/**
 * A story's dateline wherever a reader or machine meets the story: at the start of the page's
 * text, in listings, in every feed's full content, and as locationCreated in JSON-LD. The
 * fixture "fixture-media" is filed from Brussels; the seed names no place, so it has none.
 */
import { load } from 'cheerio';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/urls';
import { jsonLdOfType } from '../support/metadata';
import { seed } from '../support/seed';
import { builtFile, page, textOf } from '../support/site';

const filed = { path: '/articles/fixture-media/', place: 'Brussels', opening: 'BRUSSELS — Test fixture body linking to' };

describe('a story with a dateline', () => {
  it('opens its text with the place in capitals and a dash', () => {
    const $ = page(filed.path);
    const first = $('.article-body > p').first();
    expect(first.text().startsWith(filed.opening)).toBe(true);
    expect(first.children().first().is('span.dateline')).toBe(true);
    expect($('.dateline')).toHaveLength(1);
  });

  it('names the place in the listings’ metadata', () => {
    for (const path of ['/', '/topics/europe/']) {
      const $ = page(path);
      const summary = $('.article-summary').filter((_, li) => $(li).find(`a[href="${filed.path}"]`).length > 0);
      expect(textOf(load(summary.html() ?? ''), '.meta'), path).toContain(`Reported from ${filed.place}`);
    }
  });

  it('gives the place as locationCreated in its NewsArticle', () => {
    expect(jsonLdOfType(page(filed.path), 'ReportageNewsArticle')['locationCreated']).toEqual({ '@type': 'Place', name: filed.place });
  });

  it('opens the full content of every feed that carries it with the dateline', () => {
    const url = absoluteUrl(filed.path);
    for (const path of ['/rss.xml', '/topics/europe/rss.xml']) {
      const item = parseRssFeed(builtFile(path)).items?.find((entry) => entry.link === url);
      expect(load(item?.content?.encoded ?? '')('p').first().text().startsWith(filed.opening), path).toBe(true);
    }
    const item = parseJsonFeed(builtFile('/feed.json')).items?.find((entry) => entry.url === url);
    expect(load(item?.content_html ?? '')('p').first().text().startsWith(filed.opening)).toBe(true);
  });
});

describe('a story without one', () => {
  it('shows no dateline anywhere: the seed’s text names no place', () => {
    const $ = page(`/articles/${seed.slug}/`);
    expect($('.dateline')).toHaveLength(0);
    expect(textOf($, '.article-body').startsWith(seed.paragraphs[0]!)).toBe(true);
    expect(jsonLdOfType($, 'ReportageNewsArticle')).not.toHaveProperty('locationCreated');
    const item = parseRssFeed(builtFile('/rss.xml')).items?.find((entry) => entry.link === absoluteUrl(`/articles/${seed.slug}/`));
    expect(item?.content?.encoded).not.toContain('class="dateline"');
  });
});
