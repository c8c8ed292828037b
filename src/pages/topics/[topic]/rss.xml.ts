/** One RSS feed per topic that has articles, beside its topic page. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getNewsroom } from '../../../lib/content';
import { rssResponse } from '../../../lib/feed-content';
import { topicFeedChannel } from '../../../lib/feeds';

export async function getStaticPaths() {
  const newsroom = await getNewsroom();
  return [...newsroom.articlesByTopic].map(([topic, articles]) => ({ params: { topic }, props: { topic, articles } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { topic, articles } }) => rssResponse(topicFeedChannel(topic), articles);
