/** The Google News sitemap: our own articles of the last two days (wire copy is left out). */
import type { APIRoute } from 'astro';
import { site } from '../site.config';
import { getNewsroom } from '../lib/content';
import { newsSitemapEntries } from '../lib/page-meta';
import { newsLanguage, newsSitemapXml, selectNewsEntries } from '../lib/news-sitemap';
import { buildTime } from '../lib/publishing';

export const GET: APIRoute = async () => {
  const newsroom = await getNewsroom();
  const entries = selectNewsEntries(newsSitemapEntries(newsroom.articles), { now: buildTime() });
  return new Response(newsSitemapXml(entries, { name: site.name, language: newsLanguage(site.locale) }), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
