/** One RSS feed per source desk, beside its page. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { sourceDeskView } from '../../../lib/article-view';
import { getNewsroom } from '../../../lib/content';
import { rssResponse } from '../../../lib/feed-content';
import { sourceFeedChannel } from '../../../lib/feeds';

export async function getStaticPaths() {
  const newsroom = await getNewsroom();
  return [...newsroom.sourceDesks.values()].map((desk) => ({ params: { source: desk.slug }, props: { desk: sourceDeskView(desk), articles: desk.articles } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { desk, articles } }) => rssResponse(sourceFeedChannel(desk), articles);
