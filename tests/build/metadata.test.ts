/** What search engines and social networks read from the built pages: head tags and JSON-LD. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/urls';
import { jsonLd, jsonLdOfType, metaContent, metaContents } from '../support/metadata';
import { seed } from '../support/seed';
import { builtFile, page, siteDir } from '../support/site';

const seedPath = `/articles/${seed.slug}/`;
const seedUrl = absoluteUrl(seedPath);
const topicLabels = ['China', 'Russia', 'Ukraine war', 'E-commerce', 'Consumer boycotts'];

/** The built file behind an absolute URL of this site. */
function fileOf(url: string): string {
  expect(url.startsWith(absoluteUrl('/')), url).toBe(true);
  return join(siteDir(), new URL(url).pathname);
}

describe('the seed article head', () => {
  const $ = page(seedPath);

  it('has title, description and a canonical link to itself', () => {
    expect($('title').text()).toBe(`${seed.headline} | Dateline`);
    expect(metaContent($, 'description')).toBe($('meta[name="description"]').attr('content'));
    expect($('link[rel="canonical"]').attr('href')).toBe(seedUrl);
  });

  it('is an OpenGraph article with its times, section and topics', () => {
    expect(metaContent($, 'og:type')).toBe('article');
    expect(metaContent($, 'og:title')).toBe(seed.headline);
    expect(metaContent($, 'og:url')).toBe(seedUrl);
    expect(metaContent($, 'og:site_name')).toBe('Dateline');
    expect(metaContent($, 'og:locale')).toBe('en_GB');
    expect(metaContent($, 'article:published_time')).toBe('2022-03-03T00:00:00+00:00');
    expect(metaContent($, 'article:modified_time')).toBe('2022-03-03T00:00:00+00:00');
    expect(metaContent($, 'article:section')).toBe('China');
    expect(metaContents($, 'article:tag')).toEqual(topicLabels);
  });

  it('shares a generated 1200x630 card, by absolute URL, as a large Twitter card', async () => {
    const image = metaContent($, 'og:image')!;
    expect(image).toBe(absoluteUrl(`/social/articles/${seed.slug}.png`));
    const meta = await sharp(fileOf(image)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect([metaContent($, 'og:image:width'), metaContent($, 'og:image:height')]).toEqual(['1200', '630']);
    // The seed is years old at the test build's "now": its card says so (src/lib/age-notice.ts).
    expect(metaContent($, 'og:image:alt')).toBe(`${seed.headline}. This article is more than 4 years old`);
    expect(metaContent($, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent($, 'twitter:image')).toBe(image);
  });

  it('keeps the Reuters copy out of Google News but prints its attribution', () => {
    expect(metaContent($, 'Googlebot-News')).toBe('noindex');
    expect($('.article-body .attribution').text()).toBe(seed.attribution);
  });

  it('has a theme colour for each colour scheme', () => {
    expect($('meta[name="theme-color"]').map((_, el) => $(el).attr('media')).get()).toEqual([
      '(prefers-color-scheme: light)',
      '(prefers-color-scheme: dark)',
    ]);
  });
});

describe('the seed article JSON-LD', () => {
  const $ = page(seedPath);
  const article = jsonLdOfType($, 'ReportageNewsArticle');

  it('is a ReportageNewsArticle (a report, the default kind) with headline, description and ISO 8601 dates with offset', () => {
    expect(article['@context']).toBe('https://schema.org');
    expect(article['headline']).toBe(seed.headline);
    expect(article['description']).toBe(metaContent($, 'description'));
    expect(article['datePublished']).toBe('2022-03-03T00:00:00+00:00');
    expect(article['dateModified']).toBe('2022-03-03T00:00:00+00:00');
    expect(article['inLanguage']).toBe('en-GB');
  });

  it('credits Reuters as author and source organisation and George Russell as editor', () => {
    expect(article['author']).toEqual([{ '@type': 'Organization', name: 'Reuters' }]);
    expect(article['sourceOrganization']).toEqual({ '@type': 'Organization', name: 'Reuters' });
    expect(article['editor']).toEqual({ '@type': 'Person', name: 'George Russell' });
    expect(article['isBasedOn']).toBe('https://asiafinancial.com/chinese-chocolate-fans-sweet-talk-russian-online-store');
  });

  it('names the page, section, keywords, image and the publisher with a logo that exists', async () => {
    expect(article['mainEntityOfPage']).toEqual({ '@type': 'WebPage', '@id': seedUrl });
    expect(article['articleSection']).toBe('China');
    expect(article['keywords']).toEqual(topicLabels);
    expect(article['image']).toEqual([metaContent($, 'og:image')]);
    const publisher = article['publisher'] as { name: string; logo: { url: string; width: number; height: number } };
    expect(publisher.name).toBe('Dateline');
    const logo = await sharp(fileOf(publisher.logo.url)).metadata();
    expect([logo.format, logo.width, logo.height]).toEqual(['png', publisher.logo.width, publisher.logo.height]);
    expect(article).not.toHaveProperty('correction');
  });

  it('places the story in a breadcrumb trail: home, first topic, story', () => {
    const trail = jsonLdOfType($, 'BreadcrumbList')['itemListElement'] as { position: number; name: string; item: string }[];
    expect(trail.map((crumb) => [crumb.position, crumb.name, crumb.item])).toEqual([
      [1, 'Dateline', absoluteUrl('/')],
      [2, 'China', absoluteUrl('/topics/china/')],
      [3, seed.headline, seedUrl],
    ]);
  });
});

describe('other pages', () => {
  it('the home page describes the site with a search action', () => {
    const $ = page('/');
    const site = jsonLdOfType($, 'WebSite');
    expect(site['url']).toBe(absoluteUrl('/'));
    expect(site['potentialAction']).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: `${absoluteUrl('/search/')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
    expect(metaContent($, 'og:type')).toBe('website');
    expect($('title').text()).toBe('Dateline');
    expect(existsSync(fileOf(metaContent($, 'og:image')!))).toBe(true);
  });

  it('a topic page has a breadcrumb trail and no article metadata', () => {
    const $ = page('/topics/china/');
    const trail = jsonLdOfType($, 'BreadcrumbList')['itemListElement'] as { name: string }[];
    expect(trail.map((crumb) => crumb.name)).toEqual(['Dateline', 'Topics', 'China']);
    expect(metaContents($, 'article:published_time')).toEqual([]);
  });

  it('our own story is not marked as syndicated, and names us as author', () => {
    const $ = page('/articles/fixture-follow-up/');
    expect(metaContents($, 'Googlebot-News')).toEqual([]);
    expect(jsonLdOfType($, 'ReportageNewsArticle')['author']).toEqual([{ '@type': 'Organization', name: 'Dateline', url: absoluteUrl('/') }]);
    expect(jsonLdOfType($, 'ReportageNewsArticle')).not.toHaveProperty('sourceOrganization');
  });

  it('an editor\'s canonical URL replaces our own', () => {
    const $ = page('/articles/fixture-corrected/');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://example.com/fixture-wire/original-story');
    expect(metaContent($, 'og:url')).toBe('https://example.com/fixture-wire/original-story');
  });

  it('a "</script>" in a headline stays inside its JSON-LD block', () => {
    const html = builtFile('/articles/fixture-corrected/');
    const $ = page('/articles/fixture-corrected/');
    // Every "<script" in the file is a whole element (the JSON-LD blocks and the search
    // shortcut and highlighter), and the JSON-LD still parses: nothing ended a block early.
    expect(html.match(/<script/g)).toHaveLength($('script').length);
    expect(jsonLd($)).toHaveLength($('script[type="application/ld+json"]').length);
    expect(jsonLdOfType($, 'ReportageNewsArticle')['headline']).toBe('Fixture: wire copy on “R&D” with a </script> in its headline');
    expect($('h1').text()).toBe('Fixture: wire copy on “R&D” with a </script> in its headline');
  });

  it('the head of every page carries one description, one canonical link and a share image', () => {
    for (const path of ['/', '/topics/', '/topics/china/', '/read-more/lithuania-china-led-boycott/', '/corrections/', '/404.html', seedPath]) {
      const $ = page(path);
      expect(metaContents($, 'description'), path).toHaveLength(1);
      // The 404 page is served at every missing address: it has none of its own.
      expect($('link[rel="canonical"]').length, path).toBe(path === '/404.html' ? 0 : 1);
      expect(metaContents($, 'robots'), path).toEqual(path === '/404.html' ? ['noindex'] : []);
      expect(metaContent($, 'og:image'), path).toMatch(/^https?:\/\//);
      expect(existsSync(fileOf(metaContent($, 'og:image')!)), path).toBe(true);
    }
  });

  it('no head tag is written twice: one title, one of each meta, one of each link', () => {
    for (const path of ['/', '/topics/', '/topics/china/', '/read-more/lithuania-china-led-boycott/', '/corrections/', '/search/', '/404.html', seedPath]) {
      const $ = page(path);
      expect($('title').length, path).toBe(1);
      const keys = [
        ...$('head meta').map((_, m) => {
          const key = $(m).attr('name') ?? $(m).attr('property') ?? $(m).attr('http-equiv') ?? ($(m).attr('charset') && 'charset');
          return `meta ${key} ${$(m).attr('media') ?? ''}`;
        }).get(),
        ...$('head link').map((_, l) => `link ${$(l).attr('rel')} ${$(l).attr('href')}`).get(),
      ].filter((key) => !key.startsWith('meta article:tag'));
      expect(keys.filter((key, i) => keys.indexOf(key) !== i), path).toEqual([]);
      // Feed autodiscovery comes from the head helper too: the site's two feeds, once each.
      expect($(`head link[rel="alternate"][href="${absoluteUrl('/rss.xml')}"]`).length, path).toBe(1);
      expect($(`head link[rel="alternate"][href="${absoluteUrl('/feed.json')}"]`).length, path).toBe(1);
    }
  });
});

describe('built files', () => {
  it('every JSON-LD block on every page kind parses', () => {
    for (const path of ['/', '/topics/china/', seedPath, '/articles/fixture-photo/', '/articles/fixture-corrected/']) {
      expect(() => jsonLd(page(path)), path).not.toThrow();
      expect(jsonLd(page(path)).length, path).toBeGreaterThan(0);
    }
    expect(readFileSync(join(siteDir(), 'publisher-logo.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});
