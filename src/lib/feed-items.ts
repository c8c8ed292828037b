/**
 * Articles as feed items: the one shape that the site RSS feed, the topic feeds and the JSON
 * Feed are all written from. Pure: the rendered body and hero image are handed in by
 * src/lib/feed-content.ts, which renders each article once per build.
 */
import { site, topics } from '../site.config';
import { absolutizeHtml } from './absolute-urls';
import { withDateline } from './dateline';
import { escapeXml } from './escape';
import { describeArticle } from './excerpt';
import type { CreditLink } from './article-view';
import type { Article } from './newsroom';
import { storyLastChange } from './developing-story';
import { kindLabel } from './article-kinds';
import { absoluteUrl, articleUrl } from './urls';

export interface FeedImage {
  /** Absolute URL of a JPEG, PNG or WebP file. */
  url: string;
  /** MIME type, e.g. "image/jpeg". */
  type: string;
  width: number;
  height: number;
  alt: string;
  credit: string;
}

export interface FeedCreator {
  name: string;
  url?: string | undefined;
}

export interface FeedItem {
  /** The article's permanent address: its link, RSS guid and JSON Feed id. */
  url: string;
  title: string;
  /** The standfirst, or the opening words of the story: plain text. */
  summary: string;
  /** The whole story as HTML, every URL absolute, opening with its dateline and followed by its credit line. */
  contentHtml: string;
  published: Date;
  updated?: Date | undefined;
  /** Topic labels as readers see them on the site, in the editor's order. */
  categories: string[];
  /**
   * Who the story is credited to: its byline's authors, each with their page's absolute URL;
   * without a byline, the attribution line or else the source; none for an uncredited story.
   */
  creators: FeedCreator[];
  /** The hero image, when the article has one. */
  image?: FeedImage | undefined;
  /** The story's language (BCP 47) when it is not the feed's. */
  language?: string | undefined;
}

/** What rendering an article produced: its body HTML as the site renders it, and its hero image. */
export interface RenderedArticle {
  /** The MDX body rendered to HTML; URLs may be root- or page-relative. */
  bodyHtml: string;
  /** The hero image; `url` may be root-relative. */
  image?: FeedImage | undefined;
}

/**
 * Characters XML 1.0 cannot carry at all (most control characters, lone surrogates, U+FFFE/F).
 * An editor can type one only by accident (a pasted form feed); dropping it keeps the feed
 * readable, where one such character would make a strict reader reject the whole feed.
 */
export function xmlSafe(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}


/**
 * Turns a published article and its rendered body into the item every feed shows. `byline` is
 * its authors with root-relative page URLs (Newsroom.bylineOf, article-view's bylineLink).
 */
export function toFeedItem(article: Article, rendered: RenderedArticle, origin?: string, byline: readonly CreditLink[] = []): FeedItem {
  const { data } = article;
  const url = absoluteUrl(articleUrl(article.id), origin);
  const credit = data.attribution ?? data.source;
  const creators: FeedCreator[] =
    byline.length > 0
      ? byline.map((author) => ({ name: xmlSafe(author.name), url: absoluteUrl(author.url, origin) }))
      : credit === undefined
        ? []
        : [{ name: xmlSafe(credit) }];
  const creditLine = data.attribution ? `\n<p>${escapeXml(data.attribution)}</p>` : '';
  const image = rendered.image && {
    ...rendered.image,
    url: absoluteUrl(rendered.image.url, origin),
    alt: xmlSafe(rendered.image.alt),
    credit: xmlSafe(rendered.image.credit),
  };
  return {
    url,
    title: xmlSafe(data.title),
    summary: xmlSafe(describeArticle(article)),
    contentHtml: xmlSafe(absolutizeHtml(withDateline(rendered.bodyHtml, data.dateline, site.locale), url) + creditLine),
    published: data.pubDate.instant,
    // The newest update of a developing story, a correction or the editor's updatedDate.
    updated: storyLastChange(article)?.instant,
    // The type of work first (Opinion, Analysis…), as readers see it on the page: feed readers
    // show categories. A report has no label, as on the page.
    categories: [kindLabel(data.kind), ...data.topics.map((topic) => topics[topic])].filter((label): label is string => label !== undefined),
    creators,
    image,
    language: data.lang,
  };
}

/**
 * The one way feeds get their items: the newest `limit` of `articles` (already published-only
 * and newest first, from getNewsroom()), each rendered by `render`. Only those are rendered.
 */
export function buildFeedItems(
  articles: Article[],
  render: (article: Article) => Promise<RenderedArticle>,
  limit: number,
  origin?: string,
  bylineOf: (article: Article) => readonly CreditLink[] = () => [],
): Promise<FeedItem[]> {
  return Promise.all(articles.slice(0, limit).map(async (article) => toFeedItem(article, await render(article), origin, bylineOf(article))));
}
