/** One RSS feed per topic that has articles, beside its topic page. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getNewsroom } from '../../../lib/content';
import { feedItems } from '../../../lib/feed-content';
import { rssFeed, topicFeedChannel } from '../../../lib/feeds';
import { buildTime } from '../../../lib/publishing';

export async function getStaticPaths() {
  const newsroom = await getNewsroom();
  return [...newsroom.articlesByTopic].map(([topic, articles]) => ({ params: { topic }, props: { topic, articles } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { topic, articles } }) => {
  const xml = await rssFeed(topicFeedChannel(topic), await feedItems(articles), buildTime());
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
