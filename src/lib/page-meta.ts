/**
 * What each page kind says about itself to search engines and social networks: the head input
 * and the JSON-LD of an article, a topic page and the home page, from the site settings and the
 * article's own fields. One place, so the meta tags and the structured data always agree.
 */
import { site, topics, type TopicSlug } from '../site.config';
import { correctionsInOrder } from './corrections';
import { liveCoverage, storyLastChange } from './developing-story';
import { formatPublicationTime, machineReadableTime, toZonedIso } from './dates';
import { cutAtWord } from './cut-text';
import { describeArticle } from './excerpt';
import type { ArticleHead, HeadInput, ShareImage } from './head';
import type { NewsSitemapEntry } from './news-sitemap';
import type { Article } from './newsroom';
import { policyProperties, type PolicyKind } from './policies';
import { publisherLogoSize, socialCardSize, type SocialCard } from './social-card';
import type { SocialCardOrder } from './social-card-orders';
import type { AuthorView, SourceDeskView } from './article-view';
import { breadcrumbList, newsArticle, newsMediaOrganization, profilePage, sourceCollectionPage, webSite, type JsonLd, type PersonInput, type PublisherInfo } from './structured-data';
import { isSyndicated } from './syndication';
import { articleKinds, kindLabel } from './article-kinds';
import {
  absoluteUrl,
  articleUrl,
  homeUrl,
  policyUrl,
  publisherLogoUrl,
  searchUrl,
  siteSocialCardUrl,
  socialCardUrl,
  standardsUrl,
  topicIndexUrl,
  topicUrl,
} from './urls';

const iso = (instant: Date) => toZonedIso(instant, site.timeZone);

/**
 * Takes the kinds of policy the newsroom publishes; returns the newsroom as publisher, with the
 * URL of each of those policies under its schema.org property, and the standards page as its
 * `publishingPrinciples` when there is at least one.
 */
export function publisherInfo(policyKinds: readonly PolicyKind[]): PublisherInfo {
  const policies: Record<string, string> = {};
  if (policyKinds.length > 0) policies['publishingPrinciples'] = absoluteUrl(standardsUrl());
  for (const kind of policyKinds) policies[policyProperties[kind]] = absoluteUrl(policyUrl(kind));
  return {
    id: `${absoluteUrl(homeUrl())}#publisher`,
    name: site.name,
    url: absoluteUrl(homeUrl()),
    logo: { url: absoluteUrl(publisherLogoUrl()), ...publisherLogoSize },
    policies,
  };
}

/** The share card of pages that are not articles. */
export function siteShareImage(): ShareImage {
  return { url: siteSocialCardUrl(), ...socialCardSize, alt: `${site.name}: ${site.description}`, type: 'image/png' };
}

export function siteSocialCard(): SocialCard {
  return { siteName: site.name, headline: site.description };
}

/**
 * What the generated card of an article shows: kind and topic, headline, and a dateline that
 * leads with the age notice of an old story (src/lib/age-notice.ts), so a share of it says so.
 */
export function articleSocialCard(article: Article, ageNotice?: string): SocialCard {
  const { data } = article;
  const date = formatPublicationTime({ instant: data.pubDate.instant, hasTime: false }, site.locale, site.timeZone);
  const kind = kindLabel(data.kind);
  const topic = topics[data.topics[0]!];
  const dateline = data.source ? `${date} · ${data.source}` : date;
  return {
    siteName: site.name,
    kicker: kind ? `${kind} · ${topic}` : topic,
    headline: data.title,
    dateline: ageNotice ? `${ageNotice} · ${dateline}` : dateline,
  };
}

/**
 * Every generated card the site links to: the site's own, and each article's without a photo.
 * `ageNotice` gives an article's notice at the build's "now" (Newsroom.ageNotice).
 */
export function socialCardOrders(articles: readonly Article[], ageNotice: (article: Article) => string | undefined): SocialCardOrder[] {
  const inSite = (url: string) => url.replace(/^\//, '');
  return [
    { path: inSite(siteSocialCardUrl()), card: siteSocialCard() },
    ...articles
      .filter((article) => !article.data.image)
      .map((article) => ({ path: inSite(socialCardUrl(article.id)), card: articleSocialCard(article, ageNotice(article)) })),
  ];
}

/** A rendition of the hero image for sharing, as getImage() returned it. */
export interface HeroRendition {
  url: string;
  width: number;
  height: number;
  type: string;
}

/** The hero photo when the article has one, else its generated card (which carries the age notice). */
export function articleShareImage(article: Article, ageNotice: string | undefined, hero?: HeroRendition): ShareImage {
  const { image, title } = article.data;
  if (image && hero) return { ...hero, alt: image.alt };
  return { url: socialCardUrl(article.id), ...socialCardSize, alt: ageNotice ? `${title}. ${ageNotice}` : title, type: 'image/png' };
}

function articleHeadFields(article: Article): ArticleHead {
  const { data } = article;
  return {
    publishedTime: iso(data.pubDate.instant),
    modifiedTime: iso((storyLastChange(article) ?? data.pubDate).instant),
    section: topics[data.topics[0]!],
    tags: data.topics.map((slug) => topics[slug]),
  };
}

export function articleHead(article: Article, image: ShareImage): Omit<HeadInput, 'path'> {
  return {
    title: article.data.title,
    description: describeArticle(article),
    canonicalUrl: article.data.canonicalUrl,
    image,
    article: articleHeadFields(article),
    noindexNews: isSyndicated(article.data, site.name),
  };
}

/** Who an article page credits: its byline, and the desk of its source (Newsroom.sourceDeskOf). */
export interface ArticleCredits {
  byline: readonly AuthorView[];
  sourceDesk?: SourceDeskView | undefined;
}

function personOf(author: AuthorView): PersonInput {
  return { name: author.name, url: absoluteUrl(author.url), sameAs: author.links.map((link) => link.url), jobTitle: author.role };
}

/**
 * The article's NewsArticle and breadcrumbs; `policyKinds` are the policies its publisher has,
 * `credits` its byline and source desk.
 */
export function articleStructuredData(
  article: Article,
  image: ShareImage,
  policyKinds: readonly PolicyKind[],
  credits: ArticleCredits = { byline: [] },
): JsonLd[] {
  const { data } = article;
  const url = data.canonicalUrl ?? absoluteUrl(articleUrl(article.id));
  const head = articleHeadFields(article);
  const firstTopic = data.topics[0]!;
  const ownSource = data.source !== undefined && data.source.toLowerCase() === site.name.toLowerCase();
  const desk = credits.sourceDesk;
  const coverage = liveCoverage(article);
  return [
    newsArticle({
      type: articleKinds[data.kind].schemaType,
      url,
      headline: data.title,
      description: describeArticle(article),
      datePublished: head.publishedTime,
      dateModified: head.modifiedTime ?? head.publishedTime,
      inLanguage: data.lang ?? site.locale,
      authors: credits.byline.map(personOf),
      source: ownSource || data.source === undefined ? undefined : { name: desk?.name ?? data.source, url: desk?.site },
      editor: data.editedBy,
      originalUrl: data.originalUrl,
      locationCreated: data.dateline,
      section: head.section,
      keywords: head.tags,
      images: [absoluteUrl(image.url)],
      corrections: correctionsInOrder(data).map((c) => ({ datePublished: iso(c.date.instant), text: c.text })),
      publisher: publisherInfo(policyKinds),
      live: coverage && {
        coverageStartTime: iso(coverage.start),
        coverageEndTime: coverage.end && iso(coverage.end),
        updates: coverage.updates.map((update) => ({
          // Google shows at most 110 characters of a headline; an untitled update lends its words.
          headline: update.title ?? cutAtWord(update.text, 110),
          articleBody: update.text,
          datePublished: iso(update.instant),
          url: `${absoluteUrl(articleUrl(article.id))}#${update.id}`,
        })),
      },
    }),
    breadcrumbList([
      { name: site.name, url: absoluteUrl(homeUrl()) },
      { name: topics[firstTopic], url: absoluteUrl(topicUrl(firstTopic)) },
      { name: data.title, url: absoluteUrl(articleUrl(article.id)) },
    ]),
  ];
}

export function topicStructuredData(topic: TopicSlug): JsonLd[] {
  return [
    breadcrumbList([
      { name: site.name, url: absoluteUrl(homeUrl()) },
      { name: 'Topics', url: absoluteUrl(topicIndexUrl()) },
      { name: topics[topic], url: absoluteUrl(topicUrl(topic)) },
    ]),
  ];
}

/** An author's page: their profile, and where it sits in the site. */
export function authorStructuredData(author: AuthorView): JsonLd[] {
  return [
    profilePage({ url: absoluteUrl(author.url), person: personOf(author) }),
    breadcrumbList([
      { name: site.name, url: absoluteUrl(homeUrl()) },
      { name: author.name, url: absoluteUrl(author.url) },
    ]),
  ];
}

/** A source desk's page: the organisation it collects, and where it sits in the site. */
export function sourceStructuredData(desk: SourceDeskView): JsonLd[] {
  return [
    sourceCollectionPage({ url: absoluteUrl(desk.url), name: `Stories from ${desk.name}`, source: { name: desk.name, url: desk.site } }),
    breadcrumbList([
      { name: site.name, url: absoluteUrl(homeUrl()) },
      { name: desk.name, url: absoluteUrl(desk.url) },
    ]),
  ];
}

export function homeStructuredData(policyKinds: readonly PolicyKind[]): JsonLd[] {
  return [
    webSite({
      name: site.name,
      url: absoluteUrl(homeUrl()),
      description: site.description,
      inLanguage: site.locale,
      searchUrl: absoluteUrl(searchUrl()),
      publisher: publisherInfo(policyKinds),
    }),
  ];
}

/**
 * The standards pages: the newsroom with its policies, and breadcrumbs from the home page
 * through the standards page to `page` (a policy's title and path), when it is not the list itself.
 */
export function standardsStructuredData(policyKinds: readonly PolicyKind[], page?: { title: string; path: string }): JsonLd[] {
  const trail = [
    { name: site.name, url: absoluteUrl(homeUrl()) },
    { name: 'Our standards', url: absoluteUrl(standardsUrl()) },
  ];
  if (page) trail.push({ name: page.title, url: absoluteUrl(page.path) });
  return [newsMediaOrganization(publisherInfo(policyKinds)), breadcrumbList(trail)];
}

/**
 * Candidates for the Google News sitemap: our own stories only. Wire copy carries
 * Googlebot-News noindex and a page whose canonical URL is elsewhere is not ours to list.
 */
export function newsSitemapEntries(articles: readonly Article[]): NewsSitemapEntry[] {
  return articles
    .filter((article) => !isSyndicated(article.data, site.name) && !article.data.canonicalUrl)
    .map((article) => ({
      url: absoluteUrl(articleUrl(article.id)),
      title: article.data.title,
      published: article.data.pubDate.instant,
      publicationDate: machineReadableTime(article.data.pubDate, site.timeZone),
    }));
}
