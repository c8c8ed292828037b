/** The site's RSS 2.0 feed: the newest articles in full. */
import type { APIRoute } from 'astro';
import { getNewsroom } from '../lib/content';
import { feedItems } from '../lib/feed-content';
import { rssFeed, siteFeedChannel } from '../lib/feeds';
import { buildTime } from '../lib/publishing';
import { rssFeedUrl } from '../lib/urls';

export const GET: APIRoute = async () => {
  const { articles } = await getNewsroom();
  const xml = await rssFeed(siteFeedChannel(rssFeedUrl()), await feedItems(articles), buildTime());
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
