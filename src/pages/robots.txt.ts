/** robots.txt, built so that it names the sitemaps on this deployment's SITE_URL. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/news-sitemap';
import { absoluteUrl, newsSitemapUrl, sitemapIndexUrl } from '../lib/urls';

export const GET: APIRoute = () =>
  new Response(robotsTxt([absoluteUrl(sitemapIndexUrl()), absoluteUrl(newsSitemapUrl())]), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
