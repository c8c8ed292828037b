/** The site's RSS 2.0 feed: the newest articles in full. */
import type { APIRoute } from 'astro';
import { getNewsroom } from '../lib/content';
import { rssResponse } from '../lib/feed-content';
import { siteFeedChannel } from '../lib/feeds';
import { rssFeedUrl } from '../lib/urls';

export const GET: APIRoute = async () => rssResponse(siteFeedChannel(rssFeedUrl()), (await getNewsroom()).articles);
