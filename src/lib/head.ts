/**
 * Everything a page says about itself in `<head>`: title, description, canonical URL, the
 * OpenGraph and Twitter cards, crawler hints and the feeds a reader can subscribe to. Pure:
 * pages describe themselves with a HeadInput and BaseLayout renders the PageHead this returns,
 * so every page kind is consistent.
 */
import type { FeedLink } from './feeds';
import { absoluteUrl, jsonFeedUrl, rssFeedUrl } from './urls';

export interface HeadSettings {
  name: string;
  url: string;
  locale: string;
  themeColor: { light: string; dark: string };
}

/** The picture shared with a link: a hero image rendition or the generated card. */
export interface ShareImage {
  /** Absolute, or root-relative (made absolute against the site). */
  url: string;
  width: number;
  height: number;
  alt: string;
  /** MIME type, e.g. image/png. */
  type?: string | undefined;
}

/** What makes a page an article for OpenGraph. Times are ISO 8601 with offset. */
export interface ArticleHead {
  publishedTime: string;
  modifiedTime?: string | undefined;
  /** The article's main topic. */
  section?: string | undefined;
  tags: readonly string[];
}

export interface HeadInput {
  /** The page's path on this site, e.g. Astro.url.pathname. */
  path: string;
  /** The page's own title; the site name is appended. Omit on the home page. */
  title?: string | undefined;
  description: string;
  /** An editor's override: another URL that is the original of this page. */
  canonicalUrl?: string | undefined;
  image?: ShareImage | undefined;
  article?: ArticleHead | undefined;
  /** Keep the page out of Google News (syndicated wire copy). */
  noindexNews?: boolean | undefined;
  /** The "not found" page: served at any missing address, so it has no URL of its own. */
  notFound?: boolean | undefined;
  /** Neighbouring pages of a paginated listing. */
  prevUrl?: string | undefined;
  nextUrl?: string | undefined;
  /** RSS feeds of this page besides the site's own (a topic page's topic feed). */
  feeds?: readonly FeedLink[] | undefined;
}

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
  media?: string;
}

export interface LinkTag {
  rel: string;
  href: string;
  type?: string;
  title?: string;
}

export interface PageHead {
  title: string;
  description: string;
  /** Undefined for the not-found page. */
  canonical: string | undefined;
  meta: MetaTag[];
  links: LinkTag[];
}

/** "Headline | Dateline", or the site name alone for the home page. */
export function documentTitle(title: string | undefined, siteName: string): string {
  return title ? `${title} | ${siteName}` : siteName;
}

/** OpenGraph writes locales with an underscore: en-GB becomes en_GB. */
export function openGraphLocale(locale: string): string {
  return locale.replace('-', '_');
}

export function buildHead(input: HeadInput, settings: HeadSettings): PageHead {
  const title = documentTitle(input.title, settings.name);
  const ownUrl = absoluteUrl(input.path, settings.url);
  const canonical = input.notFound ? undefined : (input.canonicalUrl ?? ownUrl);
  const socialTitle = input.title ?? settings.name;
  const meta: MetaTag[] = [
    { name: 'description', content: input.description },
    { name: 'color-scheme', content: 'light dark' },
    { name: 'theme-color', media: '(prefers-color-scheme: light)', content: settings.themeColor.light },
    { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: settings.themeColor.dark },
  ];
  if (input.notFound) meta.push({ name: 'robots', content: 'noindex' });
  if (input.noindexNews) meta.push({ name: 'Googlebot-News', content: 'noindex' });

  meta.push(
    { property: 'og:site_name', content: settings.name },
    { property: 'og:locale', content: openGraphLocale(settings.locale) },
    { property: 'og:type', content: input.article ? 'article' : 'website' },
    { property: 'og:title', content: socialTitle },
    { property: 'og:description', content: input.description },
  );
  if (canonical) meta.push({ property: 'og:url', content: canonical });
  if (input.image) {
    const imageUrl = absoluteUrl(input.image.url, settings.url);
    meta.push(
      { property: 'og:image', content: imageUrl },
      ...(input.image.type ? [{ property: 'og:image:type', content: input.image.type }] : []),
      { property: 'og:image:width', content: String(input.image.width) },
      { property: 'og:image:height', content: String(input.image.height) },
      { property: 'og:image:alt', content: input.image.alt },
    );
  }
  if (input.article) {
    const { publishedTime, modifiedTime, section, tags } = input.article;
    meta.push({ property: 'article:published_time', content: publishedTime });
    if (modifiedTime) meta.push({ property: 'article:modified_time', content: modifiedTime });
    if (section) meta.push({ property: 'article:section', content: section });
    for (const tag of tags) meta.push({ property: 'article:tag', content: tag });
  }
  meta.push(
    { name: 'twitter:card', content: input.image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: socialTitle },
    { name: 'twitter:description', content: input.description },
  );
  if (input.image) {
    meta.push(
      { name: 'twitter:image', content: absoluteUrl(input.image.url, settings.url) },
      { name: 'twitter:image:alt', content: input.image.alt },
    );
  }

  const links: LinkTag[] = canonical ? [{ rel: 'canonical', href: canonical }] : [];
  if (input.prevUrl) links.push({ rel: 'prev', href: input.prevUrl });
  if (input.nextUrl) links.push({ rel: 'next', href: input.nextUrl });
  links.push({ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' });
  // Feed autodiscovery on every page, so a feed reader finds the feeds from any address:
  // the page's own feeds first, then the whole site's RSS and JSON Feed.
  for (const feed of input.feeds ?? []) {
    links.push({ rel: 'alternate', type: 'application/rss+xml', title: feed.title, href: absoluteUrl(feed.url, settings.url) });
  }
  links.push(
    { rel: 'alternate', type: 'application/rss+xml', title: settings.name, href: absoluteUrl(rssFeedUrl(), settings.url) },
    { rel: 'alternate', type: 'application/feed+json', title: `${settings.name} (JSON Feed)`, href: absoluteUrl(jsonFeedUrl(), settings.url) },
  );

  return { title, description: input.description, canonical, meta, links };
}
