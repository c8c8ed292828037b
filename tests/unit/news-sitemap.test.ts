import { describe, expect, it } from 'vitest';
import { newsLanguage, newsSitemapXml, robotsTxt, selectNewsEntries, type NewsSitemapEntry } from '../../src/lib/news-sitemap';
import { escapeXml } from '../../src/lib/escape';
import { pageFactsFromHtml } from '../../src/integrations/sitemap';

const now = new Date('2026-06-15T12:00:00Z');
const entry = (slug: string, iso: string): NewsSitemapEntry => ({
  url: `https://n.example/articles/${slug}/`,
  title: slug,
  published: new Date(iso),
  publicationDate: iso,
});

describe('selectNewsEntries', () => {
  it('keeps the last two days, newest first, and nothing from the future', () => {
    const picked = selectNewsEntries(
      [
        entry('old', '2026-06-13T11:59:59Z'),
        entry('edge', '2026-06-13T12:00:01Z'),
        entry('new', '2026-06-15T11:00:00Z'),
        entry('future', '2026-06-15T12:00:01Z'),
      ],
      { now },
    );
    expect(picked.map((e) => e.title)).toEqual(['new', 'edge']);
  });

  it('stops at the limit (1,000 unless told)', () => {
    const many = Array.from({ length: 1005 }, (_, i) => entry(`a${i}`, new Date(now.getTime() - i * 1000).toISOString()));
    expect(selectNewsEntries(many, { now })).toHaveLength(1000);
    expect(selectNewsEntries(many, { now, limit: 3 }).map((e) => e.title)).toEqual(['a0', 'a1', 'a2']);
  });
});

describe('newsSitemapXml', () => {
  it('writes publication, date and an escaped title for each article', () => {
    const xml = newsSitemapXml([{ ...entry('x', '2026-06-15T09:00:00+01:00'), title: 'R&D <up> "now"' }], { name: 'Dateline', language: 'en' });
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(xml).toContain('<loc>https://n.example/articles/x/</loc>');
    expect(xml).toContain('<news:name>Dateline</news:name>');
    expect(xml).toContain('<news:language>en</news:language>');
    expect(xml).toContain('<news:publication_date>2026-06-15T09:00:00+01:00</news:publication_date>');
    expect(xml).toContain('<news:title>R&amp;D &lt;up&gt; &quot;now&quot;</news:title>');
  });

  it('is a valid empty urlset when there is no news', () => {
    expect(newsSitemapXml([], { name: 'D', language: 'en' })).toMatch(/<urlset [^>]*>\n<\/urlset>\n$/);
  });

  it('uses the language codes Google News asks for', () => {
    expect(newsLanguage('en-GB')).toBe('en');
    expect(newsLanguage('zh-CN')).toBe('zh-cn');
    expect(newsLanguage('zh-TW')).toBe('zh-tw');
    expect(escapeXml(`'`)).toBe('&apos;');
  });
});

describe('robotsTxt', () => {
  it('names every sitemap', () => {
    expect(robotsTxt(['https://n.example/sitemap-index.xml', 'https://n.example/news-sitemap.xml'])).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://n.example/sitemap-index.xml\nSitemap: https://n.example/news-sitemap.xml\n',
    );
  });
});

describe('pageFactsFromHtml', () => {
  it('reads the modified time and canonical URL from a page head', () => {
    const html = '<html><head><meta property="article:modified_time" content="2022-03-03T00:00:00+00:00"><link rel="canonical" href="https://n.example/a?x=1&amp;y=2"></head><body><meta property="article:modified_time" content="nope"></body>';
    expect(pageFactsFromHtml(html)).toEqual({ lastmod: '2022-03-03T00:00:00+00:00', canonical: 'https://n.example/a?x=1&y=2' });
    expect(pageFactsFromHtml('<html><head></head>')).toEqual({ lastmod: undefined, canonical: undefined });
  });
});
