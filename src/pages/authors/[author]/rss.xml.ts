/** One RSS feed per author with a published story, beside their page. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { authorView } from '../../../lib/article-view';
import { getNewsroom } from '../../../lib/content';
import { rssResponse } from '../../../lib/feed-content';
import { authorFeedChannel } from '../../../lib/feeds';

export async function getStaticPaths() {
  const newsroom = await getNewsroom();
  return [...newsroom.authorDesks].map(([slug, { author, articles }]) => ({ params: { author: slug }, props: { author: authorView(author), articles } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { author, articles } }) => rssResponse(authorFeedChannel(author), articles);
