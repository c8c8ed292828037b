import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { articleKindNames, articleKinds, kindLabel } from '../../src/lib/article-kinds';
import { ageNotice, wholeYearsBetween } from '../../src/lib/age-notice';
import { articleShareImage, articleSocialCard, articleStructuredData, socialCardOrders } from '../../src/lib/page-meta';
import { buildNewsroom } from '../../src/lib/newsroom';
import { fillRichLinks } from '../../src/lib/rich-links';
import { finishBodyHtml } from '../../src/lib/body-html';
import { richLinkCard } from '../../src/lib/article-view';
import { fakeArticle } from '../support/entries';
import type { Article } from '../../src/lib/newsroom';
import type { ContentLink } from '../../src/lib/article-body';

const now = new Date('2026-06-15T12:00:00Z');

describe('article kinds', () => {
  it('are the seven kinds of the content model, each with a schema.org type', () => {
    expect(articleKindNames).toEqual(['report', 'analysis', 'explainer', 'opinion', 'interview', 'review', 'obituary']);
    expect(Object.fromEntries(articleKindNames.map((kind) => [kind, articleKinds[kind].schemaType]))).toEqual({
      report: 'ReportageNewsArticle',
      analysis: 'AnalysisNewsArticle',
      explainer: 'BackgroundNewsArticle',
      opinion: 'OpinionNewsArticle',
      interview: 'NewsArticle',
      review: 'ReviewNewsArticle',
      obituary: 'NewsArticle',
    });
  });

  it('label every kind but the plain report', () => {
    expect(kindLabel('report')).toBeUndefined();
    expect(kindLabel('opinion')).toBe('Opinion');
    expect(kindLabel('explainer')).toBe('Explainer');
  });

  it('give the JSON-LD its schema.org type', () => {
    const jsonLd = (kind: Article['data']['kind']) => {
      const article = fakeArticle('x', { kind, corrections: [] });
      return articleStructuredData(article, articleShareImage(article, undefined), [])[0]!['@type'];
    };
    expect(jsonLd('opinion')).toBe('OpinionNewsArticle');
    expect(jsonLd('report')).toBe('ReportageNewsArticle');
    expect(jsonLd('obituary')).toBe('NewsArticle');
  });
});

describe('the age notice', () => {
  it('counts whole years on the newsroom calendar', () => {
    expect(wholeYearsBetween(new Date('2022-03-03T00:00:00Z'), now, 'Europe/London')).toBe(4);
    expect(wholeYearsBetween(new Date('2025-06-16T09:00:00Z'), now, 'Europe/London')).toBe(0);
    expect(wholeYearsBetween(new Date('2025-06-15T09:00:00Z'), now, 'Europe/London')).toBe(1);
    // 23:30 UTC on 14 June is already 15 June in London: a year old on the 15th there.
    expect(wholeYearsBetween(new Date('2025-06-15T23:30:00Z'), new Date('2026-06-15T00:30:00Z'), 'Europe/London')).toBe(0);
    expect(wholeYearsBetween(new Date('2025-06-14T23:30:00Z'), new Date('2026-06-15T00:30:00Z'), 'Europe/London')).toBe(1);
  });

  it('speaks only once the setting\'s years have passed', () => {
    expect(ageNotice(new Date('2022-03-03T00:00:00Z'), now, 1, 'Europe/London')).toBe('This article is more than 4 years old');
    expect(ageNotice(new Date('2025-03-03T00:00:00Z'), now, 1, 'Europe/London')).toBe('This article is more than 1 year old');
    expect(ageNotice(new Date('2025-12-03T00:00:00Z'), now, 1, 'Europe/London')).toBeUndefined();
    expect(ageNotice(new Date('2025-03-03T00:00:00Z'), now, 2, 'Europe/London')).toBeUndefined();
  });

  it('comes from the newsroom at the build\'s "now", and leads the share card\'s date line', () => {
    const old = fakeArticle('old', { pubDate: '2022-03-03T09:00:00Z', source: 'Reuters' });
    const fresh = fakeArticle('fresh', { pubDate: '2026-06-01T09:00:00Z' });
    const newsroom = buildNewsroom([old, fresh], [], { now, includeUnpublished: false });
    expect(newsroom.ageNotice(old)).toBe('This article is more than 4 years old');
    expect(newsroom.ageNotice(fresh)).toBeUndefined();
    const cards = Object.fromEntries(socialCardOrders([old, fresh], newsroom.ageNotice).map((order) => [order.path, order.card]));
    expect(cards['social/articles/old.png']?.dateline).toBe('This article is more than 4 years old · 3 March 2022 · Reuters');
    expect(cards['social/articles/fresh.png']?.dateline).toBe('1 June 2026');
    expect(articleShareImage(old, newsroom.ageNotice(old)).alt).toBe('Title of old. This article is more than 4 years old');
  });

  it('puts an opinion\'s kind on its share card', () => {
    expect(articleSocialCard(fakeArticle('o', { kind: 'opinion', topics: ['trade'] })).kicker).toBe('Opinion · Trade');
  });
});

describe('rich link cards', () => {
  const withCards = (article: Article, links: Partial<ContentLink>[]): Article =>
    ({ ...article, rendered: { html: '', metadata: { imagePaths: [], headings: [], contentLinks: links.map((l) => ({ collection: 'articles', href: `/articles/${l.id}/`, line: 7, column: 1, ...l })) } } }) as Article;
  const target = fakeArticle('target', { pubDate: '2022-03-03T09:00:00Z', topics: ['russia'] });
  const older = withCards(fakeArticle('older', { pubDate: '2026-01-01T09:00:00Z', readMore: [{ collection: 'articles', id: 'target' }] }), [{ id: 'target', card: true }]);
  const newer = withCards(fakeArticle('newer', { pubDate: '2026-06-01T09:00:00Z' }), [{ id: 'target', card: true }, { id: 'target' }]);
  const plainLink = withCards(fakeArticle('plain', { pubDate: '2026-06-02T09:00:00Z' }), [{ id: 'target' }]);
  const newsroom = buildNewsroom([target, older, newer, plainLink], [], { now, includeUnpublished: false });

  it('count in the target\'s "Referenced by", newest first and once each; a plain link does not', () => {
    expect(newsroom.referencedBy({ collection: 'articles', id: 'target' }).map((a) => a.id)).toEqual(['newer', 'older']);
    expect(newsroom.richLinksOf(newer).map((a) => a.id)).toEqual(['target']);
  });

  it('are filled in with kicker, headline and date, escaped', () => {
    const html = '<aside class="rich-link"><a href="/articles/target/" data-rich-link="target">Earlier coverage</a></aside>';
    const card = { ...richLinkCard(target), title: 'Vodka & <chocolate>' };
    const $ = load(fillRichLinks(html, [card]));
    const link = $('aside.rich-link a.rich-link-card');
    expect(link.attr('href')).toBe('/articles/target/');
    expect(link.find('.rich-link-kicker').text()).toBe('Russia');
    expect(link.find('.rich-link-title').text()).toBe('Vodka & <chocolate>');
    expect(link.find('time').attr('datetime')).toBe('2022-03-03T09:00:00+00:00');
    expect(link.find('time').text()).toBe('3 March 2022 at 09:00 GMT');
  });
});

describe('finishing a body for the page and the feeds', () => {
  it('drops the img-only attributes Astro\'s image swap writes on a picture source, keeping the rest', () => {
    const swapped = '<picture><source alt="A" sizes="100vw" type="image/avif" width="1000" height="625" loading="lazy" decoding="async" src="/_astro/a.avif" srcset="/_astro/a-608.avif 608w"><img alt="A" src="/_astro/a.webp" loading="lazy"></picture>';
    const $ = load(finishBodyHtml(swapped, []));
    expect($('source').attr()).toEqual({ sizes: '100vw', type: 'image/avif', width: '1000', height: '625', srcset: '/_astro/a-608.avif 608w' });
    expect($('img').attr()).toEqual({ alt: 'A', src: '/_astro/a.webp', loading: 'lazy' });
  });
});
