import { load } from 'cheerio';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { buildFeedItems, toFeedItem, xmlSafe, type FeedItem, type RenderedArticle } from '../../src/lib/feed-items';
import { jsonFeed, lastChange, rssFeed, siteFeedChannel, topicFeedChannel } from '../../src/lib/feeds';
import type { Article } from '../../src/lib/newsroom';
import { fakeArticle } from '../support/entries';
import { parseStrictXml } from '../support/feeds';

const origin = 'https://news.example.com';
const hostileTitle = `AT&T <b>bold</b> "double" 'single' ]]> &amp; 🗞️ 👩‍💻 新闻 עברית مرحبا`;
const hostileBody = `<p>1 &lt; 2 &amp; 3 &gt; 2 ]]&gt; “curly” <code>"straight" 'single'</code> 新闻 שלום 🇬🇧</p>`;

const rendered = (bodyHtml = '<p>Body.</p>', extra: Partial<RenderedArticle> = {}): RenderedArticle => ({ bodyHtml, ...extra });

describe('toFeedItem', () => {
  const article = fakeArticle('seed', {
    title: 'Headline',
    standfirst: 'The standfirst.',
    pubDate: '2022-03-03T00:00:00Z',
    source: 'Reuters',
    attribution: 'Reuters, with additional editing by <George> & Co',
    topics: ['china', 'ukraine-war'],
  });

  it('links to the article, credits it, and files it under the topic labels readers see', () => {
    const item = toFeedItem(article, rendered(), origin);
    expect(item.url).toBe('https://news.example.com/articles/seed/');
    expect(item.title).toBe('Headline');
    expect(item.summary).toBe('The standfirst.');
    expect(item.published.toISOString()).toBe('2022-03-03T00:00:00.000Z');
    expect(item.categories).toEqual(['China', 'Ukraine war']);
    // The type of work comes first, as on the page; a report has no label.
    expect(toFeedItem({ ...article, data: { ...article.data, kind: 'opinion' } } as Article, rendered(), origin).categories).toEqual(['Opinion', 'China', 'Ukraine war']);
    expect(item.creators).toEqual([{ name: 'Reuters, with additional editing by <George> & Co' }]);
  });

  it('credits a story with a byline to its authors, each with the absolute URL of their page', () => {
    const byline = [
      { name: 'Ada Fixture', url: '/authors/ada-fixture/' },
      { name: 'Bram Fixture', url: '/authors/bram-fixture/' },
    ];
    expect(toFeedItem(article, rendered(), origin, byline).creators).toEqual([
      { name: 'Ada Fixture', url: 'https://news.example.com/authors/ada-fixture/' },
      { name: 'Bram Fixture', url: 'https://news.example.com/authors/bram-fixture/' },
    ]);
  });

  it('makes body URLs absolute against the article and ends with the escaped credit line', () => {
    const item = toFeedItem(article, rendered('<p><a href="../other/">x</a><img src="/_astro/p.webp" alt=""></p>'), origin);
    expect(item.contentHtml).toBe(
      '<p><a href="https://news.example.com/articles/other/">x</a><img src="https://news.example.com/_astro/p.webp" alt=""></p>\n' +
        '<p>Reuters, with additional editing by &lt;George&gt; &amp; Co</p>',
    );
  });

  it('opens the story with its dateline, as the page does', () => {
    const filed = fakeArticle('filed', { dateline: 'Beijing' });
    const item = toFeedItem(filed, rendered('<p>China said on Thursday…</p>'), origin);
    expect(load(item.contentHtml)('p').first().text()).toBe('BEIJING — China said on Thursday…');
    expect(toFeedItem(article, rendered('<p>No place given.</p>'), origin).contentHtml).not.toContain('—');
  });

  it('falls back to the opening of the story and to the source, and omits what is missing', () => {
    const bare = fakeArticle('bare', { source: 'AFP' });
    const item = toFeedItem({ ...bare, rendered: { html: '<p>The <em>first</em> paragraph.</p>\n<p>The second.</p>' } } as Article, rendered(), origin);
    expect(item.summary).toBe('The first paragraph. The second.');
    expect(item.creators).toEqual([{ name: 'AFP' }]);
    expect(item.contentHtml).toBe('<p>Body.</p>');
    expect(toFeedItem(fakeArticle('anonymous'), rendered(), origin).creators).toEqual([]);
  });

  it('gives the hero image an absolute URL', () => {
    const image = { url: '/_astro/hero.jpg', type: 'image/jpeg', width: 1200, height: 600, alt: 'Alt', credit: 'Credit' };
    expect(toFeedItem(article, rendered(undefined, { image }), origin).image?.url).toBe('https://news.example.com/_astro/hero.jpg');
  });
});

describe('xmlSafe', () => {
  it('drops characters XML cannot carry and keeps everything a reader can read', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g')).toBe('abcdefg');
    const readable = `tab\tnew\nline\r ${hostileTitle} \u200F \u{1F600}`;
    expect(xmlSafe(readable)).toBe(readable);
  });
});

describe('buildFeedItems', () => {
  it('renders only the newest `limit` articles, keeping their order', async () => {
    const articles = ['c', 'b', 'a'].map((id) => fakeArticle(id));
    const renderedIds: string[] = [];
    const items = await buildFeedItems(articles, async (article) => (renderedIds.push(article.id), rendered()), 2, origin);
    expect(items.map((item) => item.url)).toEqual(['https://news.example.com/articles/c/', 'https://news.example.com/articles/b/']);
    expect(renderedIds).toEqual(['c', 'b']);
  });
});

function item(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    url: 'https://news.example.com/articles/hostile/',
    title: hostileTitle,
    summary: `Summary with ${hostileTitle}`,
    contentHtml: hostileBody,
    published: new Date('2026-06-10T09:00:00Z'),
    categories: ['China', 'Trade & <Markets>'],
    creators: [{ name: `Wire & <Co> "Ltd" R&amp;D` }],
    ...overrides,
  };
}

describe('rssFeed', () => {
  const channel = siteFeedChannel('/rss.xml', origin);
  const now = new Date('2026-06-15T12:00:00Z');

  it('writes hostile text as well-formed XML that a feed reader reads back unchanged', async () => {
    const xml = await rssFeed(channel, [item()], now);
    const outline = parseStrictXml(xml);
    expect(outline.root).toBe('rss');
    expect(outline.instructions).toContainEqual(['xml-stylesheet', 'href="/rss.xsl" type="text/xsl"']);

    const feed = parseRssFeed(xml);
    const [read] = feed.items ?? [];
    expect(read?.title).toBe(hostileTitle);
    // description is HTML to a feed reader: its text is the summary as written.
    expect(load(read?.description ?? '').text()).toBe(`Summary with ${hostileTitle}`);
    expect(read?.content?.encoded).toBe(hostileBody);
    expect(read?.dc?.creators).toEqual([`Wire & <Co> "Ltd" R&amp;D`]);
    expect(read?.categories?.map((category) => category.name)).toEqual(['China', 'Trade & <Markets>']);
    expect(load(read?.content?.encoded ?? '').text()).toBe(`1 < 2 & 3 > 2 ]]> “curly” "straight" 'single' 新闻 שלום 🇬🇧`);
  });

  it('describes the channel: self link, language, last change, logo', async () => {
    const updated = new Date('2026-06-14T08:00:00Z');
    const feed = parseRssFeed(await rssFeed(channel, [item(), item({ published: new Date('2020-01-01T00:00:00Z'), updated })], now));
    expect(feed.title).toBe('Dateline');
    expect(feed.link).toBe('https://news.example.com/');
    expect(feed.language).toBe('en-GB');
    expect(feed.lastBuildDate).toBe('Sun, 14 Jun 2026 08:00:00 GMT');
    expect(feed.atom?.links).toEqual([{ href: 'https://news.example.com/rss.xml', rel: 'self', type: 'application/rss+xml' }]);
    expect(feed.image?.url).toBe('https://news.example.com/feed-logo-144.png');
    expect(feed.image?.title).toBe('Dateline');
  });

  it('uses the article URL as a permanent guid and an RFC 822 date', async () => {
    const [read] = parseRssFeed(await rssFeed(channel, [item()], now)).items ?? [];
    expect(read?.link).toBe('https://news.example.com/articles/hostile/');
    expect(read?.guid).toEqual({ value: 'https://news.example.com/articles/hostile/', isPermaLink: true });
    expect(read?.pubDate).toBe('Wed, 10 Jun 2026 09:00:00 GMT');
  });

  it('carries the hero image as a media:content element', async () => {
    const image = { url: 'https://news.example.com/_astro/h.jpg?a=1&b=2', type: 'image/jpeg', width: 1200, height: 600, alt: 'A "quoted" <alt>', credit: 'Photo & co &amp;' };
    const xml = await rssFeed(channel, [item({ image })], now);
    parseStrictXml(xml);
    const [read] = parseRssFeed(xml).items ?? [];
    expect(read?.media?.contents).toEqual([
      {
        url: image.url,
        type: 'image/jpeg',
        medium: 'image',
        width: 1200,
        height: 600,
        description: { value: 'A "quoted" <alt>', type: 'plain' },
        credits: [{ value: 'Photo & co &amp;' }],
      },
    ]);
  });

  it('is well-formed with no items, dated at build time', async () => {
    const xml = await rssFeed(topicFeedChannel('sport', origin), [], now);
    parseStrictXml(xml);
    const feed = parseRssFeed(xml);
    expect(feed.title).toBe('Dateline: Sport');
    expect(feed.link).toBe('https://news.example.com/topics/sport/');
    expect(feed.lastBuildDate).toBe(now.toUTCString());
  });
});

describe('jsonFeed', () => {
  it('has the JSON Feed 1.1 fields and survives the round trip through JSON', () => {
    const feed = JSON.parse(JSON.stringify(jsonFeed(siteFeedChannel('/feed.json', origin), [item()])));
    const parsed = parseJsonFeed(feed);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(parsed.title).toBe('Dateline');
    expect(parsed.feed_url).toBe('https://news.example.com/feed.json');
    expect(parsed.home_page_url).toBe('https://news.example.com/');
    const [read] = parsed.items ?? [];
    expect(read?.id).toBe('https://news.example.com/articles/hostile/');
    expect(read?.title).toBe(hostileTitle);
    expect(read?.content_html).toBe(hostileBody);
    expect(read?.tags).toEqual(['China', 'Trade & <Markets>']);
    expect(read?.authors).toEqual([{ name: `Wire & <Co> "Ltd" R&amp;D` }]);
    // On the newsroom clock (BST in June), as RFC 3339.
    expect(feed.items[0].date_published).toBe('2026-06-10T10:00:00+01:00');
  });

  it('leaves out authors and image when there are none', () => {
    const [read] = JSON.parse(JSON.stringify(jsonFeed(siteFeedChannel('/feed.json', origin), [item({ creators: [] })]))).items;
    expect(read).not.toHaveProperty('authors');
    expect(read).not.toHaveProperty('image');
  });
});

describe('lastChange', () => {
  it('is the latest publication or update, or the fallback for an empty feed', () => {
    const fallback = new Date('2030-01-01T00:00:00Z');
    expect(lastChange([], fallback)).toBe(fallback);
    expect(lastChange([item(), item({ published: new Date('2026-06-12T00:00:00Z') })], fallback).toISOString()).toBe('2026-06-12T00:00:00.000Z');
  });
});
