/**
 * What a reader sees of an article or outside story, as plain data for components:
 * URLs built, dates formatted on the newsroom clock, labels looked up.
 */
import { site, topics, type TopicSlug } from '../site.config';
import { formatPartialDate, formatPublicationTime, machineReadableTime, partialDateIso, type PublicationTime } from './dates';
import { describeArticle } from './excerpt';
import type { Article, ReadMoreItem, ReadMoreLink } from './newsroom';
import type { PublicationStatus } from './publishing';
import { articleUrl, readMoreUrl, topicUrl } from './urls';
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
  source?: string | undefined;
  published: TimeView;
  topics: TopicView[];
  status: PublicationStatus;
  /** The kind's label ("Opinion"); undefined for a report. */
  kind?: string | undefined;
  /** The article's kind, for styling: opinion must be unmistakable at a glance. */
  kindName: Article['data']['kind'];
}

export interface ReadMoreLinkView {
  url: string;
  title: string;
  publisher: string;
  date?: TimeView | undefined;
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
    source: data.source,
    published: timeView(data.pubDate),
    topics: data.topics.map(topicView),
    status,
    kind: kindLabel(data.kind),
    kindName: data.kind,
  };
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
      publisher: site.name,
      date: timeView(link.entry.data.pubDate),
    };
  }
  return {
    url: readMoreUrl(link.entry.id),
    title: link.entry.data.title,
    publisher: link.entry.data.publisher,
    date: readMoreItemDate(link.entry),
  };
}
