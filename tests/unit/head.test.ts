import { describe, expect, it } from 'vitest';
import { buildHead, documentTitle, openGraphLocale, type HeadInput, type PageHead } from '../../src/lib/head';

const settings = { name: 'Dateline', url: 'https://news.example.com', locale: 'en-GB', themeColor: { light: '#fff', dark: '#000' } };
const image = { url: '/social/articles/x.png', width: 1200, height: 630, alt: 'A headline', type: 'image/png' };

const metaOf = (head: PageHead, key: string) =>
  head.meta.filter((tag) => tag.name === key || tag.property === key).map((tag) => tag.content);
const linkOf = (head: PageHead, rel: string) => head.links.filter((link) => link.rel === rel).map((link) => link.href);

describe('buildHead', () => {
  const article: HeadInput = {
    path: '/articles/x/',
    title: 'A headline',
    description: 'What happened.',
    image,
    article: {
      publishedTime: '2022-03-03T00:00:00+00:00',
      modifiedTime: '2022-03-04T10:00:00+00:00',
      section: 'China',
      tags: ['China', 'Russia'],
    },
  };

  it('titles pages "Title | Site" and the home page with the site name alone', () => {
    expect(documentTitle('A headline', 'Dateline')).toBe('A headline | Dateline');
    expect(documentTitle(undefined, 'Dateline')).toBe('Dateline');
    expect(buildHead({ path: '/', description: 'd' }, settings).title).toBe('Dateline');
  });

  it('points the canonical link and og:url at the page itself, or at the editor\'s override', () => {
    const own = buildHead(article, settings);
    expect(linkOf(own, 'canonical')).toEqual(['https://news.example.com/articles/x/']);
    expect(metaOf(own, 'og:url')).toEqual(['https://news.example.com/articles/x/']);
    const moved = buildHead({ ...article, canonicalUrl: 'https://wire.example.org/story' }, settings);
    expect(linkOf(moved, 'canonical')).toEqual(['https://wire.example.org/story']);
    expect(moved.canonical).toBe('https://wire.example.org/story');
  });

  it('describes an article for OpenGraph with its times, section and every tag', () => {
    const head = buildHead(article, settings);
    expect(metaOf(head, 'og:type')).toEqual(['article']);
    expect(metaOf(head, 'article:published_time')).toEqual(['2022-03-03T00:00:00+00:00']);
    expect(metaOf(head, 'article:modified_time')).toEqual(['2022-03-04T10:00:00+00:00']);
    expect(metaOf(head, 'article:section')).toEqual(['China']);
    expect(metaOf(head, 'article:tag')).toEqual(['China', 'Russia']);
    expect(metaOf(head, 'og:locale')).toEqual(['en_GB']);
    expect(metaOf(head, 'og:title')).toEqual(['A headline']);
  });

  it('makes the share image absolute and asks for a large Twitter card', () => {
    const head = buildHead(article, settings);
    expect(metaOf(head, 'og:image')).toEqual(['https://news.example.com/social/articles/x.png']);
    expect(metaOf(head, 'og:image:width')).toEqual(['1200']);
    expect(metaOf(head, 'og:image:height')).toEqual(['630']);
    expect(metaOf(head, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaOf(head, 'twitter:image')).toEqual(['https://news.example.com/social/articles/x.png']);
    expect(metaOf(head, 'twitter:image:alt')).toEqual(['A headline']);
    expect(metaOf(buildHead({ path: '/', description: 'd' }, settings), 'twitter:card')).toEqual(['summary']);
  });

  it('marks other pages as websites, without article times', () => {
    const head = buildHead({ path: '/topics/', title: 'Topics', description: 'd' }, settings);
    expect(metaOf(head, 'og:type')).toEqual(['website']);
    expect(metaOf(head, 'article:published_time')).toEqual([]);
  });

  it('adds Googlebot-News noindex only for syndicated copy', () => {
    expect(metaOf(buildHead({ ...article, noindexNews: true }, settings), 'Googlebot-News')).toEqual(['noindex']);
    expect(metaOf(buildHead(article, settings), 'Googlebot-News')).toEqual([]);
  });

  it('gives a theme colour per colour scheme and rel=prev/next for listings', () => {
    const head = buildHead({ path: '/2/', title: 'Page 2', description: 'd', prevUrl: '/', nextUrl: '/3/' }, settings);
    expect(head.meta.filter((tag) => tag.name === 'theme-color')).toEqual([
      { name: 'theme-color', media: '(prefers-color-scheme: light)', content: '#fff' },
      { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: '#000' },
    ]);
    expect(linkOf(head, 'prev')).toEqual(['/']);
    expect(linkOf(head, 'next')).toEqual(['/3/']);
  });

  it('gives the not-found page no address of its own and keeps it out of search results', () => {
    const head = buildHead({ path: '/404/', title: 'Page not found', description: 'd', notFound: true }, settings);
    expect(head.canonical).toBeUndefined();
    expect(linkOf(head, 'canonical')).toEqual([]);
    expect(metaOf(head, 'og:url')).toEqual([]);
    expect(metaOf(head, 'robots')).toEqual(['noindex']);
    expect(metaOf(buildHead(article, settings), 'robots')).toEqual([]);
  });

  it("names the site's RSS and JSON Feed on every page, after the page's own feeds", () => {
    const alternates = (head: PageHead) => head.links.filter((link) => link.rel === 'alternate');
    expect(alternates(buildHead({ path: '/', description: 'd' }, settings))).toEqual([
      { rel: 'alternate', type: 'application/rss+xml', title: 'Dateline', href: 'https://news.example.com/rss.xml' },
      { rel: 'alternate', type: 'application/feed+json', title: 'Dateline (JSON Feed)', href: 'https://news.example.com/feed.json' },
    ]);
    const topic = buildHead({ path: '/topics/china/', description: 'd', feeds: [{ title: 'Dateline: China', url: '/topics/china/rss.xml' }] }, settings);
    expect(alternates(topic).map((link) => [link.title, link.href])).toEqual([
      ['Dateline: China', 'https://news.example.com/topics/china/rss.xml'],
      ['Dateline', 'https://news.example.com/rss.xml'],
      ['Dateline (JSON Feed)', 'https://news.example.com/feed.json'],
    ]);
  });

  it('writes locales the OpenGraph way', () => {
    expect(openGraphLocale('en-GB')).toBe('en_GB');
    expect(openGraphLocale('fr')).toBe('fr');
  });
});
