/** Every URL the site links to is built here, so routes and links cannot drift apart. */
import { site, type TopicSlug } from '../site.config';

export const homeUrl = () => '/';
export const articleUrl = (slug: string) => `/articles/${slug}/`;
export const readMoreUrl = (slug: string) => `/read-more/${slug}/`;
export const topicIndexUrl = () => '/topics/';
export const topicUrl = (topic: TopicSlug) => `/topics/${topic}/`;
/** The search page; the header's search form sends its query there as `?q=`. */
export const searchUrl = () => '/search/';

/** An absolute URL on the public site, for canonical links, feeds and sitemaps. */
export function absoluteUrl(path: string, origin: string = site.url): string {
  return new URL(path, origin).href;
}
