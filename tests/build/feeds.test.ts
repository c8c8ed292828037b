import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { parseStrictXml } from '../support/feeds';
import { seed } from '../support/seed';
import { builtFile, page, siteDir } from '../support/site';

/** The build and these tests read the same SITE_URL (tests/support/build.ts passes the environment on). */
const origin = site.url;
const abs = (path: string) => new URL(path, origin).href;

/** The feeds beside listing pages: /topics/<slug>/rss.xml, and the same for authors and sources. */
const listingFeedPaths = (kind: 'topics' | 'authors' | 'sources') =>
  readdirSync(join(siteDir(), kind))
    .filter((slug) => existsSync(join(siteDir(), kind, slug, 'rss.xml')))
    .map((slug) => `/${kind}/${slug}/rss.xml`);
const topicFeedPaths = listingFeedPaths('topics');
const authorFeedPaths = listingFeedPaths('authors');
const sourceFeedPaths = listingFeedPaths('sources');
const rssPaths = ['/rss.xml', ...topicFeedPaths, ...authorFeedPaths, ...sourceFeedPaths];
const rss = (path: string) => parseRssFeed(builtFile(path));
const json = () => JSON.parse(builtFile('/feed.json'));

const hostile = {
  title: `Fixture hostile: AT&T <b>bold</b> "double" 'single' ]]> &amp; 🗞️ 👩‍💻 新闻 עברית`,
  standfirst: `Test fixture: a standfirst with & < > " ' ]]> and 東京 שלום مرحبا 🎉`,
  source: `Wire & <Co> "Ltd"`,
  paragraphs: [
    'Test fixture body with AT&T, 1 < 2 and 3 > 2, typographic “double” and ‘single’ quotes, and a CDATA end ]]> mid-sentence.',
    `Code keeps straight quotes: say "hi" & 'bye' <b> ]]>.`,
    'CJK 新闻报道。 Right-to-left שלום עולם and مرحبا بالعالم. Emoji 🗞️ 👩‍💻 🇬🇧.',
    'An entity written out: &amp; and a tag that must stay text: <script>alert(1)</script>.',
  ],
};

/** The text a feed reader shows for an HTML-typed element such as RSS's description. */
const htmlText = (html: string | undefined) => load(html ?? '').text();

/** The paragraphs a feed reader shows for an item's HTML content. */
const paragraphsOf = (html: string | undefined) => {
  const $ = load(html ?? '');
  return $('p').map((_, p) => $(p).text()).get();
};

/** The built file behind an absolute URL on our origin, or undefined for another origin. */
function localFile(url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.origin !== new URL(origin).origin) return undefined;
  return join(siteDir(), parsed.pathname.endsWith('/') ? `${parsed.pathname}index.html` : decodeURIComponent(parsed.pathname));
}

describe('every RSS feed', () => {
  it('is well-formed XML, RSS 2.0 to an independent parser, and names itself', () => {
    expect(rssPaths.length).toBeGreaterThan(5);
    const modified = new Map(
      (parseJsonFeed(json()).items ?? []).flatMap((item) => (item.url && item.date_modified ? [[item.url, Date.parse(item.date_modified)] as const] : [])),
    );
    for (const path of rssPaths) {
      const xml = builtFile(path);
      const outline = parseStrictXml(xml);
      expect(outline.root, path).toBe('rss');
      expect(outline.instructions, path).toContainEqual(['xml-stylesheet', 'href="/rss.xsl" type="text/xsl"']);
      const feed = rss(path);
      expect(feed.atom?.links, path).toEqual([{ href: abs(path), rel: 'self', type: 'application/rss+xml' }]);
      expect(feed.language, path).toBe('en-GB');
      expect(feed.items?.length, path).toBeGreaterThan(0);
      expect(feed.items!.length, path).toBeLessThanOrEqual(site.feedLimit);
      const dates = feed.items!.map((item) => new Date(item.pubDate ?? '').getTime());
      expect(dates, `${path} newest first`).toEqual([...dates].sort((a, b) => b - a));
      // The feed changed last when one of its stories last changed: published, or later updated
      // (a developing story's newest update, a correction), as JSON Feed's date_modified says.
      const changes = feed.items!.map((item) => Math.max(new Date(item.pubDate ?? '').getTime(), modified.get(item.link ?? '') ?? 0));
      expect(feed.lastBuildDate, path).toBe(new Date(Math.max(...changes)).toUTCString());
    }
  });

  it('leaves out drafts and embargoed articles', () => {
    for (const path of [...rssPaths, '/feed.json']) {
      const text = builtFile(path);
      expect(text, path).not.toContain('DRAFTMARKER7F3A');
      expect(text, path).not.toContain('EMBARGOMARKER91C2');
      expect(text, path).not.toMatch(/fixture-(draft|embargoed)/);
    }
    // The embargoed story's topic (energy) has no published article, so no page and no feed;
    // the draft's (sport) has one, the hostile-frontmatter fixture, and only that one.
    expect(existsSync(join(siteDir(), 'topics/energy/rss.xml'))).toBe(false);
    expect(rss('/topics/sport/rss.xml').items?.map((item) => item.link)).toEqual([abs('/articles/fixture-hostile-frontmatter/')]);
  });

  it('has only absolute links and images in its content, and ours lead to built files', () => {
    const missing: string[] = [];
    for (const path of rssPaths) {
      for (const item of rss(path).items ?? []) {
        const $ = load(item.content?.encoded ?? '');
        const urls = [
          ...$('[href]').map((_, el) => $(el).attr('href')).get(),
          ...$('[src]').map((_, el) => $(el).attr('src')).get(),
          ...$('[srcset]').map((_, el) => $(el).attr('srcset')!.split(',').map((c) => c.trim().split(/\s+/)[0]!)).get(),
          ...(item.media?.contents ?? []).map((media) => media.url ?? ''),
        ];
        for (const url of urls) {
          expect(url, `${path}: ${item.link}`).toMatch(/^(https?:|mailto:)/);
          const file = url.startsWith('http') ? localFile(url.split('#')[0]!) : undefined;
          if (file && !existsSync(file)) missing.push(`${path}: ${url}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the site feed /rss.xml', () => {
  it('lists the same stories as the home page, newest first', () => {
    const $ = page('/');
    const home = $('.article-list .summary-title a').map((_, a) => abs($(a).attr('href')!)).get();
    expect(rss('/rss.xml').items?.map((item) => item.link)).toEqual(home.slice(0, site.feedLimit));
  });

  it('carries the seed article in full, as a feed reader shows it', () => {
    const item = rss('/rss.xml').items?.find((i) => i.link === abs(`/articles/${seed.slug}/`));
    expect(item?.title).toBe(seed.headline);
    expect(item?.guid).toEqual({ value: abs(`/articles/${seed.slug}/`), isPermaLink: true });
    expect(item?.pubDate).toBe('Thu, 03 Mar 2022 00:00:00 GMT');
    expect(new Date(item?.pubDate ?? '').toISOString().slice(0, 10)).toBe('2022-03-03');
    expect(seed.paragraphs).toHaveLength(11);
    expect(paragraphsOf(item?.content?.encoded)).toEqual([...seed.paragraphs, seed.attribution]);
    expect(seed.paragraphs[0]!.startsWith(item?.description?.replace(/…$/, '') ?? 'missing')).toBe(true);
    expect(item?.categories?.map((c) => c.name)).toEqual(['China', 'Russia', 'Ukraine war', 'E-commerce', 'Consumer boycotts']);
    expect(item?.dc?.creators).toEqual([seed.attribution]);
  });

  it('does not carry the read-more list, which belongs to the page', () => {
    const item = rss('/rss.xml').items?.find((i) => i.link === abs(`/articles/${seed.slug}/`));
    for (const title of seed.readMoreTitles) expect(item?.content?.encoded).not.toContain(title);
  });

  it('keeps hostile characters exactly as the editor wrote them', () => {
    const item = rss('/rss.xml').items?.find((i) => i.link === abs('/articles/fixture-hostile/'));
    expect(item?.title).toBe(hostile.title);
    expect(htmlText(item?.description)).toBe(hostile.standfirst);
    expect(item?.dc?.creators).toEqual([hostile.source]);
    expect(paragraphsOf(item?.content?.encoded)).toEqual(hostile.paragraphs);
  });

  it('escapes the description as HTML, which feed readers take it for, in every RSS feed', () => {
    for (const path of ['/rss.xml', '/topics/politics/rss.xml']) {
      const item = rss(path).items?.find((i) => i.link === abs('/articles/fixture-feed-text/'));
      expect(htmlText(item?.description), path).toBe('R&D budget <cut> by 5%');
    }
  });

  it('dates each item on the newsroom clock as well (dc:date, for the feed page)', () => {
    const item = rss('/rss.xml').items?.find((i) => i.link === abs('/articles/fixture-feed-text/'));
    expect(item?.pubDate).toBe('Sun, 31 May 2026 23:00:00 GMT');
    expect(item?.dc?.dates).toEqual(['2026-06-01T00:00:00+01:00']);
  });

  it('makes relative links and body images absolute, and carries the hero image', () => {
    const item = rss('/rss.xml').items?.find((i) => i.link === abs('/articles/fixture-media/'));
    const $ = load(item?.content?.encoded ?? '');
    expect($('a').map((_, a) => $(a).attr('href')).get()).toEqual([
      abs(`/articles/${seed.slug}/`),
      abs('/topics/china/'),
      abs('/articles/fixture-media/#pictures'),
      'https://example.com/a?b=1&c=2',
      'mailto:desk@example.com',
    ]);
    const img = $('img');
    expect(img.attr('src')).toMatch(new RegExp(`^${origin}/_astro/fixture-photo\\.`));
    expect(img.attr('alt')).toBe('A plain blue test rectangle');
    const [hero] = item?.media?.contents ?? [];
    expect(hero).toMatchObject({ medium: 'image', type: 'image/jpeg', width: 1200, height: 600 });
    expect(hero?.url).toMatch(new RegExp(`^${origin}/_astro/fixture-hero\\..*\\.jpe?g$`));
    expect(hero?.description?.value).toBe('A plain ochre test rectangle');
    expect(existsSync(localFile(hero!.url!)!)).toBe(true);
  });
});

describe('topic, author and source feeds', () => {
  it.each(['topics', 'authors', 'sources'] as const)('exist for exactly the %s that have a page', (kind) => {
    const pages = readdirSync(join(siteDir(), kind)).filter((slug) => existsSync(join(siteDir(), kind, slug, 'index.html')));
    expect(pages.length).toBeGreaterThan(1);
    expect(listingFeedPaths(kind)).toEqual(pages.map((slug) => `/${kind}/${slug}/rss.xml`));
  });

  it('carry the articles of their page, in full', () => {
    for (const path of [...topicFeedPaths, ...authorFeedPaths, ...sourceFeedPaths]) {
      const $ = page(path.replace('rss.xml', ''));
      const listed = $('.article-list .summary-title a').map((_, a) => abs($(a).attr('href')!)).get();
      const feed = rss(path);
      expect(feed.items?.map((item) => item.link), path).toEqual(listed);
      expect(feed.title, path).toBe(`Dateline: ${$('h1').text()}`);
      expect(feed.link, path).toBe(abs(path.replace('rss.xml', '')));
    }
    const china = rss('/topics/china/rss.xml').items?.find((i) => i.link === abs(`/articles/${seed.slug}/`));
    expect(paragraphsOf(china?.content?.encoded)).toEqual([...seed.paragraphs, seed.attribution]);
  });
});

describe('the JSON Feed /feed.json', () => {
  it('has the fields JSON Feed 1.1 requires, for the feed and every item', () => {
    const feed = json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.feed_url).toBe(abs('/feed.json'));
    expect(feed.home_page_url).toBe(abs('/'));
    expect(Array.isArray(feed.items)).toBe(true);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_html).toBe('string');
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    }
  });

  it('has the same items as the RSS feed, with the same full content', () => {
    const parsed = parseJsonFeed(json()).items ?? [];
    const items = rss('/rss.xml').items ?? [];
    expect(parsed.map((item) => item.url)).toEqual(items.map((item) => item.link));
    expect(parsed.map((item) => item.content_html)).toEqual(items.map((item) => item.content?.encoded));
    expect(parsed.map((item) => item.title)).toEqual(items.map((item) => item.title));
  });

  it('carries the seed article dated on the newsroom clock, with its topics and credit', () => {
    const item = (parseJsonFeed(json()).items ?? []).find((i) => i.url === abs(`/articles/${seed.slug}/`));
    expect(item?.title).toBe(seed.headline);
    expect(item?.date_published).toBe('2022-03-03T00:00:00+00:00');
    expect(paragraphsOf(item?.content_html)).toEqual([...seed.paragraphs, seed.attribution]);
    expect(item?.tags).toEqual(['China', 'Russia', 'Ukraine war', 'E-commerce', 'Consumer boycotts']);
    expect(item?.authors).toEqual([{ name: seed.attribution }]);
  });

  it('credits a story with a byline to its authors, with their pages', () => {
    const item = (parseJsonFeed(json()).items ?? []).find((i) => i.url === abs('/articles/fixture-byline/'));
    expect(item?.authors).toEqual([
      { name: 'Ada Fixture', url: abs('/authors/ada-fixture/') },
      { name: 'Bram Fixture', url: abs('/authors/bram-fixture/') },
    ]);
  });

  it('keeps hostile characters and gives the hero image', () => {
    const items = parseJsonFeed(json()).items ?? [];
    const item = items.find((i) => i.url === abs('/articles/fixture-hostile/'));
    expect(item?.title).toBe(hostile.title);
    expect(item?.summary).toBe(hostile.standfirst);
    // JSON Feed's summary is plain text: written as it is.
    expect(items.find((i) => i.url === abs('/articles/fixture-feed-text/'))?.summary).toBe('R&D budget <cut> by 5%');
    expect(paragraphsOf(item?.content_html)).toEqual(hostile.paragraphs);
    const media = items.find((i) => i.url === abs('/articles/fixture-media/'));
    expect(media?.image).toBe(rss('/rss.xml').items?.find((i) => i.link === media?.url)?.media?.contents?.[0]?.url);
  });
});

describe('feed discovery', () => {
  const htmlPages = ['/', `/articles/${seed.slug}/`, '/topics/', '/topics/china/', '/read-more/lithuania-china-led-boycott/', '/404.html'];

  it('every page advertises the site feeds, and they exist', () => {
    for (const path of htmlPages) {
      const $ = page(path);
      expect($('link[rel="alternate"][type="application/rss+xml"][title="Dateline"]').attr('href'), path).toBe(abs('/rss.xml'));
      expect($('link[rel="alternate"][type="application/feed+json"]').attr('href'), path).toBe(abs('/feed.json'));
      $('link[rel="alternate"]').each((_, link) => {
        expect(existsSync(localFile($(link).attr('href')!)!), `${path}: ${$(link).attr('href')}`).toBe(true);
      });
      expect($('footer a[href="/rss.xml"]').text(), path).toBe('RSS feed');
    }
  });

  it.each([
    ['/topics/china/', 'China'],
    ['/authors/ada-fixture/', 'Ada Fixture'],
    ['/sources/fpa/', 'Fixture Press Agency'],
  ])('%s advertises its own feed first and links to it visibly', (path, name) => {
    const $ = page(path);
    const first = $('link[rel="alternate"]').first();
    expect(first.attr('href')).toBe(abs(`${path}rss.xml`));
    expect(first.attr('title')).toBe(`Dateline: ${name}`);
    expect($(`main a[href="${path}rss.xml"]`).text()).toBe(`Follow ${name} by RSS`);
  });

  it('ships the stylesheet that shows a feed in a browser', () => {
    expect(parseStrictXml(builtFile('/rss.xsl')).root).toBe('xsl:stylesheet');
    expect(builtFile('/rss.css')).toContain('.subscribe');
  });
});

describe('the type of work in feeds', () => {
  it('comes first among an opinion piece\'s categories, as its label does on the page; a report has none', () => {
    const opinion = rss('/rss.xml').items?.find((item) => item.link?.endsWith('/articles/fixture-editorial/'));
    expect(opinion?.categories?.[0]?.name).toBe('Opinion');
    const tags = parseJsonFeed(json()).items?.find((item) => item.url?.endsWith('/articles/fixture-editorial/'))?.tags;
    expect(tags?.[0]).toBe('Opinion');
    const report = rss('/rss.xml').items?.find((item) => item.link?.endsWith(`/articles/${seed.slug}/`));
    expect(report?.categories?.map((c) => c.name)).not.toContain('Report');
  });
});
