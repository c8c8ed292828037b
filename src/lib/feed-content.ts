/**
 * The Astro side of the feeds: renders each article's MDX body to HTML with Astro's Container
 * API (so MDX components render as on the page) and sizes its hero image, once per article per
 * build however many feeds carry it. The pure part, turning that into feed items, is feed-items.ts.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getImage } from 'astro:assets';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { site } from '../site.config';
import { bylineLink, richLinkCard } from './article-view';
import { getNewsroom } from './content';
import { buildFeedItems, type FeedImage, type FeedItem, type RenderedArticle } from './feed-items';
import { rssFeed, type FeedChannel } from './feeds';
import { buildTime } from './publishing';
import type { Article } from './newsroom';
import { finishBodyHtml } from './body-html';

/** Widest hero image a feed carries; readers show it at column width. */
const heroWidth = 1200;

let container: Promise<AstroContainer> | undefined;

function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

/**
 * Renders, keyed by article id and content digest: the site feed, the JSON Feed and every topic
 * feed share one render per article, and an edited article (dev server) is rendered afresh.
 */
const renders = new Map<string, Promise<RenderedArticle>>();

async function heroImage(article: Article): Promise<FeedImage | undefined> {
  const { image } = article.data;
  if (!image) return undefined;
  // PNG stays PNG (it may be transparent), anything else becomes JPEG: every feed reader shows
  // those two, where WebP (the site's default) is not yet universal.
  const format = image.src.format === 'png' ? 'png' : 'jpeg';
  const result = await getImage({ src: image.src, width: Math.min(heroWidth, image.src.width), format });
  return {
    url: result.src,
    type: `image/${format}`,
    width: Number(result.attributes['width']),
    height: Number(result.attributes['height']),
    alt: image.alt,
    credit: image.credit,
  };
}

async function renderArticle(article: Article): Promise<RenderedArticle> {
  const [{ Content }, renderer, newsroom] = await Promise.all([render(article), getContainer(), getNewsroom()]);
  const [bodyHtml, image] = await Promise.all([renderer.renderToString(Content), heroImage(article)]);
  // Finished as on the page: <RichLink> cards from this build's newsroom, picture sources tidied.
  return { bodyHtml: finishBodyHtml(bodyHtml, newsroom.richLinksOf(article).map(richLinkCard)), image };
}

function renderedArticle(article: Article): Promise<RenderedArticle> {
  const key = `${article.id}\u0000${article.digest ?? ''}`;
  let rendered = renders.get(key);
  if (!rendered) {
    rendered = renderArticle(article);
    renders.set(key, rendered);
  }
  return rendered;
}

/** Feed items for the newest `limit` of `articles`, each article rendered at most once per build. */
export async function feedItems(articles: Article[], limit: number = site.feedLimit): Promise<FeedItem[]> {
  const newsroom = await getNewsroom();
  return buildFeedItems(articles, renderedArticle, limit, undefined, (article) => newsroom.bylineOf(article).map(bylineLink));
}

/** An RSS endpoint's response: `channel` carrying the newest of `articles` in full. */
export async function rssResponse(channel: FeedChannel, articles: Article[]): Promise<Response> {
  const xml = await rssFeed(channel, await feedItems(articles), buildTime());
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
