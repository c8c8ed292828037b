/**
 * The Google News sitemap (/news-sitemap.xml) and robots.txt. Google News reads only articles
 * published in the last two days, at most 1,000 per sitemap.
 */
import { escapeXml } from './escape';

export interface NewsSitemapEntry {
  /** Absolute URL of the article page. */
  url: string;
  title: string;
  /** When it was published: the instant, and what the sitemap prints (W3C date or date-time). */
  published: Date;
  publicationDate: string;
}

export interface NewsSitemapOptions {
  now: Date;
  /** How far back an article still counts as news. */
  maxAgeMs?: number;
  limit?: number;
}

export const twoDaysMs = 2 * 24 * 60 * 60 * 1000;

/** Entries published in the window (now - maxAge, now], newest first, at most `limit`. */
export function selectNewsEntries(entries: readonly NewsSitemapEntry[], options: NewsSitemapOptions): NewsSitemapEntry[] {
  const { now, maxAgeMs = twoDaysMs, limit = 1000 } = options;
  const oldest = now.getTime() - maxAgeMs;
  return entries
    .filter((entry) => entry.published.getTime() > oldest && entry.published.getTime() <= now.getTime())
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.url.localeCompare(b.url))
    .slice(0, limit);
}

/** Google News wants an ISO 639 language code: en-GB is "en"; Chinese keeps its script. */
export function newsLanguage(locale: string): string {
  const lower = locale.toLowerCase();
  if (lower === 'zh-cn' || lower === 'zh-hans') return 'zh-cn';
  if (lower === 'zh-tw' || lower === 'zh-hant') return 'zh-tw';
  return lower.split('-')[0]!;
}

export function newsSitemapXml(entries: readonly NewsSitemapEntry[], publication: { name: string; language: string }): string {
  const urls = entries.map(
    (entry) => `  <url>
    <loc>${escapeXml(entry.url)}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(publication.name)}</news:name>
        <news:language>${escapeXml(publication.language)}</news:language>
      </news:publication>
      <news:publication_date>${escapeXml(entry.publicationDate)}</news:publication_date>
      <news:title>${escapeXml(entry.title)}</news:title>
    </news:news>
  </url>
`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('')}</urlset>
`;
}

/** robots.txt: everything may be crawled; both sitemaps are named by absolute URL. */
export function robotsTxt(sitemaps: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((url) => `Sitemap: ${url}`), ''].join('\n');
}
