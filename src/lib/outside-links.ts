/**
 * Links that leave the site. They open without handing the other site a reference to our page
 * (`noopener`) or the reader's address on it (`noreferrer`), and carry a visible marker with a
 * label for screen readers, so a reader knows before following one. The MDX plugin
 * The body pipeline (src/lib/article-body.ts) and the OutsideLink component both use these.
 */
import { site } from '../site.config';

export const outsideLink = {
  rel: 'noopener noreferrer',
  /** Shown after the link text; hidden from screen readers, which read `label` instead. */
  marker: '↗',
  label: '(another site)',
} as const;

/** Whether `href` leads to another site (an http(s) address on another origin). */
export function isOutsideUrl(href: string, siteUrl: string = site.url): boolean {
  let url: URL;
  try {
    url = new URL(href, siteUrl);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== new URL(siteUrl).origin;
}
