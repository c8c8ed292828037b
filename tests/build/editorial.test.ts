/**
 * The editorial components, article kinds and age notice as readers, feed readers and search
 * see them in the built test site (tests/fixtures/site-content/articles/fixture-editorial.mdx
 * uses every component; the seed story is from 2022, years before the test build's "now").
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { jsonLdOfType, metaContent } from '../support/metadata';
import { searchRecords } from '../support/search-records';
import { seed } from '../support/seed';
import { builtFile, page, siteDir, textOf } from '../support/site';

const fixturePath = '/articles/fixture-editorial/';
const seedPath = `/articles/${seed.slug}/`;
const abs = (path: string) => new URL(path, site.url).href;

/** Every component's output inside an article body, as the page and the feeds must show it. */
function expectEveryComponent(body: ReturnType<typeof load>, { absolute }: { absolute: boolean }) {
  const url = (path: string) => (absolute ? abs(path) : path);
  expect(body('aside.key-points li').map((_, li) => body(li).text()).get()).toEqual([
    'Test fixture point one: the key points come first.',
    'Test fixture point two: a second point.',
  ]);

  const figure = body('figure.body-figure');
  const img = figure.find('img');
  expect(img.attr('alt')).toBe('A test picture: a sand-coloured rectangle and a dark circle on green');
  expect(img.attr('src')).toMatch(/\.webp$/);
  expect(img.attr('src')!.startsWith(url('/_astro/'))).toBe(true);
  expect([img.attr('width'), img.attr('height')]).toEqual(['1000', '625']);
  expect(img.attr('srcset')?.split(', ').map((candidate) => candidate.split(' ')[1])).toEqual(['608w', '800w', '1000w']);
  const avif = figure.find('picture > source');
  expect(avif.attr('type')).toBe('image/avif');
  expect(avif.attr('srcset')?.split(', ').map((candidate) => candidate.split(' ')).map(([file, width]) => [file!.endsWith('.avif'), width])).toEqual([
    [true, '608w'],
    [true, '800w'],
    [true, '1000w'],
  ]);
  expect(avif.attr('sizes')).toBe(img.attr('sizes'));
  expect(avif.attr('src') ?? avif.attr('alt') ?? avif.attr('loading')).toBeUndefined();
  expect(figure.find('figcaption').text().replace(/\s+/g, ' ')).toBe('Test fixture caption for the body figure. Photograph: Test fixture photographer');

  const quote = body('figure.pull-quote');
  expect(quote.find('blockquote').text().trim()).toBe('Test fixture quotation, set large.');
  expect(quote.find('figcaption').text()).toBe('A test fixture speaker');

  expect(body('aside.factbox h2').text()).toBe('Test fixture facts');
  expect(body('aside.factbox li').length).toBe(2);

  expect(body('ol.timeline > li time').map((_, t) => [[body(t).attr('datetime'), body(t).text()]]).get()).toEqual([
    ['2021-12', 'December 2021'],
    ['2022-03-03', '3 March 2022'],
    ['2026-06-10T14:30:00+01:00', '10 June 2026 at 14:30 BST'],
  ]);

  const card = body('aside.rich-link a');
  expect(card.attr('href')).toBe(url(seedPath));
  expect(card.find('.rich-link-kicker').text()).toBe('China');
  expect(card.find('.rich-link-title').text()).toBe(seed.headline);
  expect(card.find('time').attr('datetime')).toBe('2022-03-03');

  const embed = body('figure.embed');
  expect(embed.find('.embed-provider').text()).toBe('YouTube');
  expect(embed.find('.embed-title').text()).toBe('Test fixture video title');
  expect(embed.find('a').attr('href')).toBe('https://www.youtube.com/watch?v=aqz-KE-bpKQ');
  expect(body('iframe, script').length).toBe(0);
}

describe('the fixture article that uses every editorial component', () => {
  const $ = page(fixturePath);

  it('shows each component in the body, with optimised images and the rich link filled in', () => {
    expectEveryComponent(load($('.article-body').html() ?? ''), { absolute: false });
    const img = $('figure.body-figure img');
    const srcset = [img.attr('srcset'), $('figure.body-figure source').attr('srcset')].join(', ');
    for (const candidate of srcset.split(', ')) expect(existsSync(join(siteDir(), candidate.split(' ')[0]!))).toBe(true);
  });

  it('keeps the pull quote out of the search index, and the rest of the body in it', () => {
    const record = searchRecords(siteDir()).find((r) => r.url === fixturePath)!;
    expect(record.content).not.toContain('Test fixture quotation, set large');
    expect(record.content).toContain('Test fixture fact one');
    expect(record.content).toContain('Test fixture event known to the day');
    // Another story's headline (the rich link) and the embed box's furniture are not this story's text.
    expect(record.content).not.toContain('Russian Chocolates');
    expect(record.content).not.toContain('Nothing is loaded');
    expect(record.content).toContain('Test fixture video title');
  });

  it('is labelled an opinion piece on the page, in listings and in search, with the JSON-LD type to match', () => {
    expect(textOf($, '.article-header .kind-label')).toBe('Opinion');
    expect($('article.article').hasClass('kind-opinion')).toBe(true);
    const listed = page('/topics/technology/')(`.article-summary:has(a[href="${fixturePath}"])`);
    expect(listed.hasClass('kind-opinion')).toBe(true);
    expect(listed.find('.kind-label').text()).toBe('Opinion');
    const record = searchRecords(siteDir()).find((r) => r.url === fixturePath)!;
    expect(record.meta['kicker']).toBe('Opinion · Technology');
    expect(record.filters['kind']).toEqual(['Opinion']);
    expect(jsonLdOfType($, 'OpinionNewsArticle')['headline']).toBe('Fixture: every editorial component in one opinion piece');
  });

  it('counts in the earlier story\'s "Referenced by" through its rich link', () => {
    const referencedBy = page(seedPath)('#referenced-by + ol a').map((_, a) => page(seedPath)(a).attr('href')).get();
    expect(referencedBy).toContain(fixturePath);
    expect(new Set(referencedBy).size).toBe(referencedBy.length);
  });

  it('is not old enough for an age notice', () => {
    expect($('.age-notice').length).toBe(0);
  });
});

describe('reports and the Kind filter', () => {
  it('labels no plain report, and files every page under a kind', () => {
    expect(page(seedPath)('.kind-label').length).toBe(0);
    const records = searchRecords(siteDir()).filter((r) => r.url.startsWith('/articles/'));
    expect(records.length).toBeGreaterThan(1);
    for (const record of records) expect(record.filters['kind'], record.url).toEqual([record.url === fixturePath ? 'Opinion' : 'Report']);
  });
});

describe('the seed story\'s age notice', () => {
  const $ = page(seedPath);

  it('says how old the story is, beside its date', () => {
    expect(textOf($, '.article-header .age-notice')).toBe('This article is more than 4 years old');
    expect($('.article-header .byline + .age-notice').length).toBe(1);
  });

  it('is on its share card, and not in the feeds', () => {
    expect(metaContent($, 'og:image:alt')).toBe(`${seed.headline}. This article is more than 4 years old`);
    expect(builtFile('/rss.xml')).not.toContain('years old');
    expect(builtFile('/feed.json')).not.toContain('years old');
  });
});

describe('the components in the feeds', () => {
  it('are plain semantic HTML with absolute URLs in RSS', () => {
    const item = parseRssFeed(builtFile('/rss.xml')).items?.find((i) => i.link === abs(fixturePath));
    expectEveryComponent(load(item?.content?.encoded ?? ''), { absolute: true });
  });

  it('are the same in the JSON Feed', () => {
    const item = (parseJsonFeed(builtFile('/feed.json')).items ?? []).find((i) => i?.url === abs(fixturePath));
    expectEveryComponent(load(item?.content_html ?? ''), { absolute: true });
  });
});
