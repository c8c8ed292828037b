/** The site's JSON Feed 1.1: the same items as /rss.xml. */
import type { APIRoute } from 'astro';
import { getNewsroom } from '../lib/content';
import { feedItems } from '../lib/feed-content';
import { jsonFeed, siteFeedChannel } from '../lib/feeds';
import { jsonFeedUrl } from '../lib/urls';

export const GET: APIRoute = async () => {
  const { articles } = await getNewsroom();
  const feed = jsonFeed(siteFeedChannel(jsonFeedUrl()), await feedItems(articles));
  return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
