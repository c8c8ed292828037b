/**
 * The feeds as files: RSS 2.0 (written by @astrojs/rss) and JSON Feed 1.1, from feed items.
 * Pure: the items and the clock come in as arguments, so the output is tested without a build.
 */
import { getRssString } from '@astrojs/rss';
import { site, topics, type TopicSlug } from '../site.config';
import { toZonedIso } from './dates';
import { escapeXml } from './escape';
import type { FeedItem } from './feed-items';
import { absoluteUrl, authorFeedUrl, authorUrl, feedStylesheetUrl, homeUrl, sourceFeedUrl, sourceUrl, topicFeedUrl, topicUrl } from './urls';

/** A feed a page advertises: its name and root-relative address. */
export interface FeedLink {
  title: string;
  url: string;
}

/** What a feed says about itself. Every URL is absolute. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed follows: the home page, a topic, author or source page. */
  homePageUrl: string;
  /** The feed's own address, for `atom:link rel="self"` and JSON Feed's `feed_url`. */
  feedUrl: string;
  language: string;
  logo?: { small: string; large: string } | undefined;
}

function channelLogo(origin?: string): FeedChannel['logo'] {
  const logo = site.feedLogo;
  return logo && { small: absoluteUrl(logo.small, origin), large: absoluteUrl(logo.large, origin) };
}

/** The whole site's feed, published at `feedPath` (the RSS and the JSON Feed share it). */
export function siteFeedChannel(feedPath: string, origin?: string): FeedChannel {
  return {
    title: site.name,
    description: site.description,
    homePageUrl: absoluteUrl(homeUrl(), origin),
    feedUrl: absoluteUrl(feedPath, origin),
    language: site.locale,
    logo: channelLogo(origin),
  };
}

/** The feed beside a listing page: `pagePath` and `feedPath` are root-relative. */
function listingFeedChannel(name: string, description: string, pagePath: string, feedPath: string, origin?: string): FeedChannel {
  return {
    title: `${site.name}: ${name}`,
    description,
    homePageUrl: absoluteUrl(pagePath, origin),
    feedUrl: absoluteUrl(feedPath, origin),
    language: site.locale,
    logo: channelLogo(origin),
  };
}

export function topicFeedChannel(topic: TopicSlug, origin?: string): FeedChannel {
  return listingFeedChannel(topics[topic], `News about ${topics[topic]} from ${site.name}.`, topicUrl(topic), topicFeedUrl(topic), origin);
}

/** The feed of the stories in one person's byline; `author` as article-view's authorView gives it. */
export function authorFeedChannel(author: { slug: string; name: string }, origin?: string): FeedChannel {
  return listingFeedChannel(author.name, `Stories by ${author.name} in ${site.name}.`, authorUrl(author.slug), authorFeedUrl(author.slug), origin);
}

/** The feed of a source desk: every story from one news organisation. */
export function sourceFeedChannel(desk: { slug: string; name: string }, origin?: string): FeedChannel {
  return listingFeedChannel(desk.name, `Stories from ${desk.name} published by ${site.name}.`, sourceUrl(desk.slug), sourceFeedUrl(desk.slug), origin);
}

/** The last time anything in the feed changed; `fallback` (the build time) for an empty feed. */
export function lastChange(items: FeedItem[], fallback: Date): Date {
  const times = items.map((item) => Math.max(item.published.getTime(), item.updated?.getTime() ?? 0));
  return times.length === 0 ? fallback : new Date(Math.max(...times));
}

const namespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

function channelExtras(channel: FeedChannel, updated: Date): string {
  const { logo } = channel;
  return [
    element('language', channel.language),
    element('lastBuildDate', updated.toUTCString()),
    `<atom:link${attributes({ href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' })}/>`,
    logo
      ? `<image>${element('url', logo.small)}${element('title', channel.title)}${element('link', channel.homePageUrl)}<width>144</width><height>144</height></image>`
      : '',
  ].join('');
}

function itemExtras(item: FeedItem): string {
  const { image } = item;
  return [
    ...item.creators.map((creator) => element('dc:creator', creator.name)),
    // RSS has no item language of its own; Dublin Core's is the one readers know.
    item.language ? element('dc:language', item.language) : '',
    // The same instant as pubDate (which @astrojs/rss writes in GMT), on the newsroom clock:
    // public/rss.xsl prints its date for people, who must see the newsroom's day.
    element('dc:date', toZonedIso(item.published, site.timeZone)),
    image
      ? `<media:content${attributes({ url: image.url, medium: 'image', type: image.type, width: image.width, height: image.height })}>` +
        `<media:description type="plain">${escapeXml(image.alt)}</media:description>${element('media:credit', image.credit)}</media:content>`
      : '',
  ].join('');
}

/** The RSS 2.0 document: full content, categories, credit and hero image for every item. */
export function rssFeed(channel: FeedChannel, items: FeedItem[], now: Date): Promise<string> {
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.homePageUrl,
    xmlns: namespaces,
    stylesheet: feedStylesheetUrl(),
    customData: channelExtras(channel, lastChange(items, now)),
    items: items.map((item) => ({
      title: item.title,
      // Absolute, so also the guid (isPermaLink="true"): an article's URL never changes.
      link: item.url,
      pubDate: item.published,
      // RSS 2.0's description is HTML ("entity-encoded HTML is allowed"): readers parse it, so
      // the plain-text summary is escaped as HTML, or "R&D <cut>" would lose "<cut>".
      description: escapeXml(item.summary),
      content: item.contentHtml,
      categories: item.categories,
      customData: itemExtras(item),
    })),
  });
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  icon?: string | undefined;
  favicon?: string | undefined;
  items: JsonFeedItem[];
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary: string;
  date_published: string;
  date_modified?: string | undefined;
  tags: string[];
  authors?: { name: string; url?: string | undefined }[] | undefined;
  image?: string | undefined;
  /** The item's language when it is not the feed's (JSON Feed 1.1 `language`). */
  language?: string | undefined;
}

export function jsonFeed(channel: FeedChannel, items: FeedItem[]): JsonFeed {
  const time = (date: Date) => toZonedIso(date, site.timeZone);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homePageUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: channel.language,
    icon: channel.logo?.large,
    favicon: channel.logo?.small,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      content_html: item.contentHtml,
      summary: item.summary,
      date_published: time(item.published),
      date_modified: item.updated && time(item.updated),
      tags: item.categories,
      authors: item.creators.length > 0 ? item.creators.map(({ name, url }) => ({ name, url })) : undefined,
      image: item.image?.url,
      language: item.language,
    })),
  };
}
