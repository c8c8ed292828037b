/**
 * The newsroom as pages need it: published articles newest first, outside stories, bylines,
 * source desks and the links between them, computed once per build from the collections.
 * Pure: no Astro here.
 */
import type { CollectionEntry } from 'astro:content';
import { site, type TopicSlug } from '../site.config';
import { publicationStatus, type PublicationStatus } from './publishing';
import { formatReadMoreRef, type ReadMoreRef } from './read-more-ref';
import { computeRelated, type RelatedIndex } from './related';
import { slugify } from './slugs';
import type { BodyMetadata, ContentLink } from './article-body';
import { archiveMonths, type ArchiveMonth } from './archive';
import { findUpdateTimeProblems } from './developing-story';
import { ageNotice } from './age-notice';

export type Article = CollectionEntry<'articles'>;
export type ReadMoreItem = CollectionEntry<'readMore'>;
export type Author = CollectionEntry<'authors'>;
export type SourceEntry = CollectionEntry<'sources'>;

/** A byline's author with the stories they have in this build, newest first. */
export interface AuthorDesk {
  author: Author;
  articles: Article[];
}

/** A source desk: the stories from one news organisation (`source`), newest first. */
export interface SourceDesk {
  /** slugify(source): the desk's address, /sources/<slug>/. */
  slug: string;
  /** The full name from sources/<slug>.mdx, else the name as its newest story writes it. */
  name: string;
  /** What sources/<slug>.mdx says about it, when there is such a file. */
  entry?: SourceEntry | undefined;
  articles: Article[];
}

/** The entries besides articles and outside stories: the people and agencies in credits. */
export interface Contributors {
  authors?: Author[] | undefined;
  sources?: SourceEntry[] | undefined;
}

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
  /**
   * Authors who have at least one article in this build (published, in production), by slug:
   * an author with none gets no page.
   */
  authorDesks: Map<string, AuthorDesk>;
  /** The article's byline in the editor's order. */
  bylineOf(article: Article): Author[];
  /** Every distinct source of the articles in this build, by slug. */
  sourceDesks: Map<string, SourceDesk>;
  sourceDeskOf(article: Article): SourceDesk | undefined;
  /**
   * The months of a desk's stories (an AuthorDesk's or SourceDesk's `articles`), newest first;
   * computed once per list, however many routes ask.
   */
  deskArchive(articles: readonly Article[]): ArchiveMonth[];
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
  column?: number;
  field: string;
  message: string;
}

export class ContentProblemsError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}${p.line && p.column ? `:${p.column}` : ''}: ${p.field}: ${p.message}`).join('\n'),
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
 * every byline names a file in authors/, each person once; every link in a body to a content
 * file names an existing one.
 */
export function findContentProblems(articles: Article[], readMoreItems: ReadMoreItem[], authors: Author[] = []): ContentProblem[] {
  const known = new Set<string>([
    ...articles.map((a) => refKey({ collection: 'articles', id: a.id })),
    ...readMoreItems.map((r) => refKey({ collection: 'readMore', id: r.id })),
  ]);
  const authorIds = new Set(authors.map((author) => author.id));
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
    // `?? []`: `npm run check` passes entries whose own schema failed without their data.
    (article.data.authors ?? []).forEach((slug, index) => {
      const field = `authors[${index}]`;
      if (!authorIds.has(slug)) {
        problems.push({ file, field, message: `"${slug}" is not an author (no authors/${slug}.mdx in the content folder)` });
      } else if (article.data.authors.indexOf(slug) !== index) {
        problems.push({ file, field, message: `"${slug}" is listed twice` });
      }
    });
  }
  for (const entry of [...articles, ...readMoreItems]) {
    // A draft is not published, so its links are not yet: it may name a story still being
    // written, and must not stop everything else publishing. (An embargoed story publishes by
    // itself when its time comes, so its links are checked now.)
    if ('draft' in entry.data && entry.data.draft) continue;
    for (const link of contentLinksOf(entry)) {
      if (known.has(refKey(link))) continue;
      const file = entry.filePath ?? entry.id;
      const what = link.collection === 'articles' ? 'article' : 'outside story';
      problems.push({ file, line: link.line, column: link.column, field: 'body', message: `"${link.href}" leads nowhere: there is no ${what} "${link.id}" (no ${link.id}.mdx in the content folder)` });
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
        column: link.column,
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
export function buildNewsroom(
  allArticles: Article[],
  readMoreItems: ReadMoreItem[],
  options: NewsroomOptions,
  { authors = [], sources = [] }: Contributors = {},
): Newsroom {
  const problems = findContentProblems(allArticles, readMoreItems, authors);
  if (problems.length > 0) throw new ContentProblemsError(problems);

  const statusById = new Map(allArticles.map((a) => [a.id, publicationStatus(a.data, options.now)]));
  const status = (article: Article) => statusById.get(article.id) ?? 'draft';
  const updateTimes = findUpdateTimeProblems(allArticles, status, options.now);
  if (updateTimes.length > 0) throw new ContentProblemsError(updateTimes);
  if (!options.includeUnpublished) {
    const unpublishedLinks = findUnpublishedLinks(allArticles, status);
    if (unpublishedLinks.length > 0) throw new ContentProblemsError(unpublishedLinks);
  }
  const articles = allArticles
    .filter((a) => options.includeUnpublished || status(a) === 'published')
    .sort(compareNewestFirst);

  const articleById = new Map(articles.map((a) => [a.id, a]));
  const readMoreById = new Map(readMoreItems.map((r) => [r.id, r]));

  const authorById = new Map(authors.map((author) => [author.id, author]));
  const sourceById = new Map(sources.map((source) => [source.id, source]));

  const articlesByTopic = new Map<TopicSlug, Article[]>();
  const referrers = new Map<string, Article[]>();
  const authorDesks = new Map<string, AuthorDesk>();
  const sourceDesks = new Map<string, SourceDesk>();
  // Newest first, so each list is in order and a desk's name is its newest story's spelling.
  for (const article of articles) {
    for (const topic of article.data.topics) appendTo(articlesByTopic, topic, article);
    const named = new Set([...article.data.readMore, ...contentLinksOf(article).filter((link) => link.card)].map(refKey));
    for (const key of named) appendTo(referrers, key, article);
    for (const id of article.data.authors) {
      const desk = authorDesks.get(id);
      if (desk) desk.articles.push(article);
      else authorDesks.set(id, { author: authorById.get(id)!, articles: [article] });
    }
    const { source } = article.data;
    if (source === undefined) continue;
    const slug = slugify(source);
    const desk = sourceDesks.get(slug);
    if (desk) desk.articles.push(article);
    else {
      const entry = sourceById.get(slug);
      sourceDesks.set(slug, { slug, name: entry?.data.name ?? source, entry, articles: [article] });
    }
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

  const deskArchives = new WeakMap<readonly Article[], ArchiveMonth[]>();
  function deskArchive(list: readonly Article[]): ArchiveMonth[] {
    let months = deskArchives.get(list);
    if (!months) {
      months = archiveMonths(list);
      deskArchives.set(list, months);
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
    authorDesks,
    // Every slug is known: findContentProblems has refused the build otherwise.
    bylineOf: (article) => article.data.authors.map((id) => authorById.get(id)!),
    sourceDesks,
    sourceDeskOf: (article) => (article.data.source === undefined ? undefined : sourceDesks.get(slugify(article.data.source))),
    deskArchive,
    richLinksOf: (article) => contentLinksOf(article).flatMap((link) => (link.card && articleById.get(link.id)) || []),
    ageNotice: (article) => ageNotice(article.data.pubDate.instant, options.now, site.ageNoticeAfterYears, site.timeZone),
  };
}
