/**
 * The newsroom as pages need it: published articles newest first, outside stories, and the
 * links between them, computed once per build from the two collections. Pure: no Astro here.
 */
import type { CollectionEntry } from 'astro:content';
import { site, type TopicSlug } from '../site.config';
import { publicationStatus, type PublicationStatus } from './publishing';
import { formatReadMoreRef, type ReadMoreRef } from './read-more-ref';
import { computeRelated, type RelatedIndex } from './related';
import type { BodyMetadata, ContentLink } from './article-body';
import { archiveMonths, type ArchiveMonth } from './archive';
import { ageNotice } from './age-notice';

export type Article = CollectionEntry<'articles'>;
export type ReadMoreItem = CollectionEntry<'readMore'>;

/** A "Read more" link after resolution: one of our articles or an outside story. */
export type ReadMoreLink =
  | { collection: 'articles'; entry: Article }
  | { collection: 'readMore'; entry: ReadMoreItem };

export interface Newsroom {
  /** Articles to publish, newest first (in development, drafts and embargoed ones too). */
  articles: Article[];
  readMoreItems: ReadMoreItem[];
  /** Topics that have at least one article, with their articles newest first. */
  articlesByTopic: Map<TopicSlug, Article[]>;
  /** The published articles by month, newest first (computed once, on the first call). */
  archive(): ArchiveMonth[];
  /** One topic's articles by month, newest first. */
  topicArchive(topic: TopicSlug): ArchiveMonth[];
  status(article: Article): PublicationStatus;
  /** The article's "Read more" list in the editor's order, unpublished targets left out. */
  readMoreOf(article: Article): ReadMoreLink[];
  /** Articles whose "Read more" or <RichLink> cards name this entry, newest first, each once. */
  referencedBy(ref: ReadMoreRef): Article[];
  /** The articles the body's <RichLink> cards name, in the body's order. */
  richLinksOf(article: Article): Article[];
  /** "This article is more than N years old" when it is, at the build's "now"; else undefined. */
  ageNotice(article: Article): string | undefined;
  /**
   * "Related coverage": the stories most like this article that its "Read more" does not list
   * already, best first. The whole index is computed on the first call, once per build.
   */
  relatedOf(article: Article): ReadMoreLink[];
}

export interface NewsroomOptions {
  now: Date;
  /** Development previews show drafts and embargoed articles. */
  includeUnpublished: boolean;
  /** How many related stories an article gets (default: site.relatedLimit). */
  relatedLimit?: number | undefined;
  /** Told once when the related index has been computed (the build logs its cost). */
  onRelatedComputed?: ((stats: RelatedIndex['stats']) => void) | undefined;
}

/** An editor's mistake that the schema cannot see because it spans entries. */
export interface ContentProblem {
  file: string;
  /** Where in the file, when the mistake is in the body. */
  line?: number;
  field: string;
  message: string;
}

export class ContentProblemsError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentProblemsError';
  }
}

const refKey = (ref: ReadMoreRef) => `${ref.collection}/${ref.id}`;

/** Links in an entry's body to other content files (src/lib/article-body.ts). */
function contentLinksOf(entry: Article | ReadMoreItem): ContentLink[] {
  return (entry.rendered?.metadata as Partial<BodyMetadata> | undefined)?.contentLinks ?? [];
}

/** Newest first; the slug breaks ties so every build orders the same way. */
export function compareNewestFirst(a: Article, b: Article): number {
  return b.data.pubDate.instant.getTime() - a.data.pubDate.instant.getTime() || a.id.localeCompare(b.id);
}

/**
 * Cross-entry rules: every "Read more" names an existing entry, not itself, and only once;
 * every link in a body to a content file names an existing one.
 */
export function findContentProblems(articles: Article[], readMoreItems: ReadMoreItem[]): ContentProblem[] {
  const known = new Set<string>([
    ...articles.map((a) => refKey({ collection: 'articles', id: a.id })),
    ...readMoreItems.map((r) => refKey({ collection: 'readMore', id: r.id })),
  ]);
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const file = article.filePath ?? `articles/${article.id}`;
    const seen = new Set<string>();
    article.data.readMore.forEach((ref, index) => {
      const field = `readMore[${index}]`;
      const written = formatReadMoreRef(ref);
      if (ref.collection === 'articles' && ref.id === article.id) {
        problems.push({ file, field, message: `"${written}" is this article itself` });
      } else if (!known.has(refKey(ref))) {
        problems.push({ file, field, message: `"${written}" does not exist (no ${written}.mdx in the content folder)` });
      } else if (seen.has(refKey(ref))) {
        problems.push({ file, field, message: `"${written}" is listed twice` });
      }
      seen.add(refKey(ref));
    });
  }
  for (const entry of [...articles, ...readMoreItems]) {
    for (const link of contentLinksOf(entry)) {
      if (known.has(refKey(link))) continue;
      const file = entry.filePath ?? entry.id;
      const what = link.collection === 'articles' ? 'article' : 'outside story';
      problems.push({ file, line: link.line, field: 'body', message: `"${link.href}" leads nowhere: there is no ${what} "${link.id}" (no ${link.id}.mdx in the content folder)` });
    }
  }
  return problems;
}

/**
 * Links from published articles to articles that are not published (drafts, embargoed): in a
 * production build they would lead nowhere, so they are mistakes until the target publishes.
 */
export function findUnpublishedLinks(articles: Article[], status: (article: Article) => PublicationStatus): ContentProblem[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    if (status(article) !== 'published') continue;
    for (const link of contentLinksOf(article)) {
      const target = link.collection === 'articles' ? byId.get(link.id) : undefined;
      if (!target || status(target) === 'published') continue;
      problems.push({
        file: article.filePath ?? article.id,
        line: link.line,
        field: 'body',
        message: `"${link.href}" links to an article that is ${status(target) === 'draft' ? 'a draft' : 'under embargo'}, so the link would lead nowhere`,
      });
    }
  }
  return problems;
}

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Validates the collections and indexes them; throws ContentProblemsError on editor mistakes. */
export function buildNewsroom(allArticles: Article[], readMoreItems: ReadMoreItem[], options: NewsroomOptions): Newsroom {
  const problems = findContentProblems(allArticles, readMoreItems);
  if (problems.length > 0) throw new ContentProblemsError(problems);

  const statusById = new Map(allArticles.map((a) => [a.id, publicationStatus(a.data, options.now)]));
  const status = (article: Article) => statusById.get(article.id) ?? 'draft';
  if (!options.includeUnpublished) {
    const unpublishedLinks = findUnpublishedLinks(allArticles, status);
    if (unpublishedLinks.length > 0) throw new ContentProblemsError(unpublishedLinks);
  }
  const articles = allArticles
    .filter((a) => options.includeUnpublished || status(a) === 'published')
    .sort(compareNewestFirst);

  const articleById = new Map(articles.map((a) => [a.id, a]));
  const readMoreById = new Map(readMoreItems.map((r) => [r.id, r]));

  const articlesByTopic = new Map<TopicSlug, Article[]>();
  const referrers = new Map<string, Article[]>();
  for (const article of articles) {
    for (const topic of article.data.topics) appendTo(articlesByTopic, topic, article);
    const named = new Set([...article.data.readMore, ...contentLinksOf(article).filter((link) => link.card)].map(refKey));
    for (const key of named) appendTo(referrers, key, article);
  }

  function resolve(ref: ReadMoreRef): ReadMoreLink | undefined {
    if (ref.collection === 'articles') {
      const entry = articleById.get(ref.id);
      return entry && { collection: 'articles', entry };
    }
    const entry = readMoreById.get(ref.id);
    return entry && { collection: 'readMore', entry };
  }

  let related: RelatedIndex | undefined;
  function relatedIndex(): RelatedIndex {
    if (!related) {
      related = computeRelated(allArticles, readMoreItems, { limit: options.relatedLimit ?? site.relatedLimit, now: options.now });
      options.onRelatedComputed?.(related.stats);
    }
    return related;
  }

  let archive: ArchiveMonth[] | undefined;
  const topicArchives = new Map<TopicSlug, ArchiveMonth[]>();
  function topicArchive(topic: TopicSlug): ArchiveMonth[] {
    let months = topicArchives.get(topic);
    if (!months) {
      months = archiveMonths(articlesByTopic.get(topic) ?? []);
      topicArchives.set(topic, months);
    }
    return months;
  }

  return {
    articles,
    readMoreItems,
    articlesByTopic,
    archive: () => (archive ??= archiveMonths(articles)),
    topicArchive,
    status,
    readMoreOf: (article) => article.data.readMore.flatMap((ref) => resolve(ref) ?? []),
    referencedBy: (ref) => referrers.get(refKey(ref)) ?? [],
    relatedOf: (article) => relatedIndex().byArticle.get(article.id) ?? [],
    richLinksOf: (article) => contentLinksOf(article).flatMap((link) => (link.card && articleById.get(link.id)) || []),
    ageNotice: (article) => ageNotice(article.data.pubDate.instant, options.now, site.ageNoticeAfterYears, site.timeZone),
  };
}
