/** Every URL the site links to is built here, so routes and links cannot drift apart. */
import { site, type TopicSlug } from '../site.config';

export const homeUrl = () => '/';
export const articleUrl = (slug: string) => `/articles/${slug}/`;
export const readMoreUrl = (slug: string) => `/read-more/${slug}/`;
export const topicIndexUrl = () => '/topics/';
/** Every month of the archive, and one month's stories (year "2022", month "03"). */
export const archiveIndexUrl = () => '/archive/';
export const archiveMonthUrl = (year: string, month: string) => `/archive/${year}/${month}/`;
export const topicMonthUrl = (topic: TopicSlug, year: string, month: string) => `/topics/${topic}/${year}/${month}/`;
export const topicUrl = (topic: TopicSlug) => `/topics/${topic}/`;
export const correctionsUrl = () => '/corrections/';
/** The newsroom's standards: the list of its policies, and each policy's page. */
export const standardsUrl = () => '/about/';
export const policyUrl = (kind: string) => `/about/${kind}/`;
/** The search page; the header's search form sends its query there as `?q=`. */
export const searchUrl = () => '/search/';
export const rssFeedUrl = () => '/rss.xml';
export const jsonFeedUrl = () => '/feed.json';
export const topicFeedUrl = (topic: TopicSlug) => `/topics/${topic}/rss.xml`;
/** The XSL stylesheet (public/rss.xsl) that shows an RSS feed opened in a browser as a page. */
export const feedStylesheetUrl = () => '/rss.xsl';
/** The generated share card of an article that has no hero image. */
export const socialCardUrl = (slug: string) => `/social/articles/${slug}.png`;
/** The share card of every page that is not an article. */
export const siteSocialCardUrl = () => '/social/site.png';
export const publisherLogoUrl = () => '/publisher-logo.png';
export const sitemapIndexUrl = () => '/sitemap-index.xml';
export const newsSitemapUrl = () => '/news-sitemap.xml';

/** An absolute URL on the public site, for canonical links, feeds and sitemaps. */
export function absoluteUrl(path: string, origin: string = site.url): string {
  return new URL(path, origin).href;
}
