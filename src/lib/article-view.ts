/**
 * What a reader sees of an article or outside story, as plain data for components:
 * URLs built, dates formatted on the newsroom clock, labels looked up.
 */
import { site, topics, type TopicSlug } from '../site.config';
import { formatClockTime, formatPartialDate, formatPublicationTime, machineReadableTime, partialDateIso, type PublicationTime } from './dates';
import { isLive, storyLastChange, storyUpdates } from './developing-story';
import { describeArticle } from './excerpt';
import type { Article, Author, ReadMoreItem, ReadMoreLink, SourceDesk } from './newsroom';
import type { PublicationStatus } from './publishing';
import { slugify } from './slugs';
import { storyOrigin } from './story-origin';
import { articleUrl, authorUrl, readMoreUrl, sourceUrl, topicUrl } from './urls';
import { kindLabel } from './article-kinds';
import type { RichLinkCard } from './rich-links';

/** An article's photograph as the editor described it: file, alt text, credit, caption. */
export type HeroImageData = NonNullable<Article['data']['image']>;

export interface TimeView {
  /** For `<time datetime>`. */
  datetime: string;
  /** As the reader sees it. */
  text: string;
}

export interface TopicView {
  slug: TopicSlug;
  label: string;
  url: string;
}

export interface ArticleSummary {
  url: string;
  title: string;
  standfirst?: string | undefined;
  /** The place the story was reported from, as the editor wrote it ("Beijing"). */
  dateline?: string | undefined;
  /** What a listing shows under the headline: the standfirst, or the story's opening words. */
  teaser: string;
  /** Who the story comes from (src/lib/story-origin.ts). */
  origin: string;
  /** The story's language (BCP 47) when the editor gave one. */
  lang?: string | undefined;
  published: TimeView;
  topics: TopicView[];
  status: PublicationStatus;
  /** The kind's label ("Opinion"); undefined for a report. */
  kind?: string | undefined;
  /** The article's kind, for styling: opinion must be unmistakable at a glance. */
  kindName: Article['data']['kind'];
  /** A developing story still being updated: a LIVE label wherever it is listed. */
  live: boolean;
  /** While it is live, when its newest update was posted ("Updated 14:32 BST, …"). */
  liveUpdated?: TimeView | undefined;
}

/** A key event of a developing story, as its "Key events" list links to it. */
export interface KeyEventView {
  /** `#update-…` on the story's page. */
  href: string;
  title: string;
  time: TimeView;
}

export interface ReadMoreLinkView {
  url: string;
  title: string;
  publisher: string;
  date?: TimeView | undefined;
  /** The language of the title and publisher (BCP 47) when the editor gave one. */
  lang?: string | undefined;
}

/** A name in a byline or credit, linked to its page on this site. */
export interface CreditLink {
  name: string;
  /** Root-relative. */
  url: string;
}

/** An author as their page shows them. */
export interface AuthorView extends CreditLink {
  slug: string;
  role?: string | undefined;
  /** Their pages elsewhere, each with the host name as its label. */
  links: { url: string; label: string }[];
  photo?: Author['data']['photo'];
}

/** A source desk's heading and what we know of the organisation. */
export interface SourceDeskView extends CreditLink {
  slug: string;
  description?: string | undefined;
  /** The organisation's own site. */
  site?: string | undefined;
}

export function timeView(time: PublicationTime): TimeView {
  return {
    datetime: machineReadableTime(time, site.timeZone),
    text: formatPublicationTime(time, site.locale, site.timeZone),
  };
}

export function topicView(slug: TopicSlug): TopicView {
  return { slug, label: topics[slug], url: topicUrl(slug) };
}

export function articleSummary(article: Article, status: PublicationStatus): ArticleSummary {
  const { data } = article;
  return {
    url: articleUrl(article.id),
    title: data.title,
    standfirst: data.standfirst,
    dateline: data.dateline,
    teaser: describeArticle(article),
    origin: storyOrigin(data, site.name),
    lang: data.lang,
    published: timeView(data.pubDate),
    topics: data.topics.map(topicView),
    status,
    kind: kindLabel(data.kind),
    kindName: data.kind,
    live: isLive(article),
    liveUpdated: isLive(article) ? liveUpdatedView(article) : undefined,
  };
}

/**
 * An update time as a live page prints it, the clock first ("14:32 GMT, 15 June 2026"): on a
 * developing story the time of day is the news.
 */
export function clockTimeView(instant: Date): TimeView {
  const day = formatPublicationTime({ instant, hasTime: false }, site.locale, site.timeZone);
  return {
    datetime: machineReadableTime({ instant, hasTime: true }, site.timeZone),
    text: `${formatClockTime(instant, site.locale, site.timeZone)}, ${day}`,
  };
}

function liveUpdatedView(article: Article): TimeView | undefined {
  const changed = storyLastChange(article);
  return changed && clockTimeView(changed.instant);
}

/** The key events of a developing story, newest first. */
export function keyEvents(article: Article): KeyEventView[] {
  return storyUpdates(article)
    .filter((update) => update.key && update.title)
    .map((update) => ({ href: `#${update.id}`, title: update.title!, time: clockTimeView(update.instant) }));

}

/** What a <RichLink> card shows of the article it links to. */
export function richLinkCard(article: Article): RichLinkCard {
  const { data } = article;
  const kind = kindLabel(data.kind);
  const topic = topics[data.topics[0]!];
  return { id: article.id, kicker: kind ? `${kind} · ${topic}` : topic, title: data.title, date: timeView(data.pubDate) };
}

export function readMoreItemDate(item: ReadMoreItem): TimeView | undefined {
  const { date } = item.data;
  return date && { datetime: partialDateIso(date), text: formatPartialDate(date, site.locale) };
}

export function readMoreLinkView(link: ReadMoreLink): ReadMoreLinkView {
  if (link.collection === 'articles') {
    return {
      url: articleUrl(link.entry.id),
      title: link.entry.data.title,
      publisher: storyOrigin(link.entry.data, site.name),
      date: timeView(link.entry.data.pubDate),
      lang: link.entry.data.lang,
    };
  }
  return {
    url: readMoreUrl(link.entry.id),
    title: link.entry.data.title,
    publisher: link.entry.data.publisher,
    date: readMoreItemDate(link.entry),
    lang: link.entry.data.lang,
  };
}

export function bylineLink(author: Author): CreditLink {
  return { name: author.data.name, url: authorUrl(author.id) };
}

/** The article's source as written, linked to its desk. */
export function sourceLink(article: Article): CreditLink | undefined {
  const { source } = article.data;
  return source === undefined ? undefined : { name: source, url: sourceUrl(slugify(source)) };
}

export function authorView(author: Author): AuthorView {
  const { name, role, links, photo } = author.data;
  return {
    slug: author.id,
    name,
    url: authorUrl(author.id),
    role,
    links: links.map((url) => ({ url, label: new URL(url).hostname.replace(/^www\./, '') })),
    photo,
  };
}

/** The desk as pages show it; undefined in, undefined out (an article without a source). */
export function sourceDeskView(desk: SourceDesk): SourceDeskView;
export function sourceDeskView(desk: SourceDesk | undefined): SourceDeskView | undefined;
export function sourceDeskView(desk: SourceDesk | undefined): SourceDeskView | undefined {
  if (!desk) return undefined;
  return {
    slug: desk.slug,
    name: desk.name,
    url: sourceUrl(desk.slug),
    description: desk.entry?.data.description,
    site: desk.entry?.data.url,
  };
}
