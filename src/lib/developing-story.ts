/**
 * Developing stories (live pages): a story told in timestamped <Update> blocks
 * (src/editorial/update.ts) that the editor marks `live: true` while it develops. Everything the
 * site says about one (LIVE labels, "Updated 14:32", key events, LiveBlogPosting JSON-LD, feed
 * and sitemap dates, the checks) is read here from what the body pipeline recorded in
 * `rendered.metadata.updates`, never by parsing the body again. Pure: no Astro here.
 */
import type { BodyMetadata } from './article-body';
import { lastChange } from './corrections';
import { site } from '../site.config';
import { formatPublicationTime, type PublicationTime } from './dates';
import type { Article, ContentProblem } from './newsroom';
import type { PublicationStatus } from './publishing';

/** One update as pages use it. */
export interface LiveUpdate {
  /** Its anchor on the story's page. */
  id: string;
  instant: Date;
  title?: string | undefined;
  key: boolean;
  /** Plain text. */
  text: string;
  /** Where it starts in the article's file. */
  line: number;
  column: number;
}

/** What the developing-story rules read of an article: its fields and its recorded body. */
type StoryEntry = Pick<Article, 'data' | 'rendered'>;

/** The story's updates, newest first, as its page shows them. */
export function storyUpdates(article: StoryEntry): LiveUpdate[] {
  const recorded = (article.rendered?.metadata as Partial<BodyMetadata> | undefined)?.updates ?? [];
  return recorded
    .map(({ time, ...rest }) => ({ ...rest, instant: new Date(time) }))
    .sort((a, b) => b.instant.getTime() - a.instant.getTime());
}

/**
 * Whether the story is told as a developing story (a live page, LiveBlogPosting): it has
 * updates, or the editor has marked it live before the first one. The one place where a story's
 * kind (`kind: live`, with the article kinds) will be read when the content model has it.
 */
export function isDevelopingStory(article: StoryEntry): boolean {
  return article.data.live === true || storyUpdates(article).length > 0;
}

/** Whether the story is still developing: the editor's `live: true`, shown as a LIVE label. */
export function isLive(article: StoryEntry): boolean {
  return article.data.live === true;
}

/**
 * When the story last changed: the latest of its newest update, its `updatedDate` and its
 * corrections, or undefined when nothing has changed since publication. Pages' "Updated"
 * labels, `article:modified_time` (and so the sitemap's lastmod) and feed dates all use it.
 */
export function storyLastChange(article: StoryEntry): PublicationTime | undefined {
  const changed = lastChange(article.data);
  const newest = storyUpdates(article)[0];
  if (!newest || newest.instant <= article.data.pubDate.instant || (changed && changed.instant >= newest.instant)) return changed;
  return { instant: newest.instant, hasTime: true };
}

/** What LiveBlogPosting says of the coverage (https://schema.org/LiveBlogPosting). */
export interface LiveCoverage {
  start: Date;
  /** Set once the editor has ended the coverage (`live` no longer true) after updates. */
  end?: Date | undefined;
  /** Newest first. */
  updates: LiveUpdate[];
}

/** The coverage of a developing story, or undefined for any other story. */
export function liveCoverage(article: StoryEntry): LiveCoverage | undefined {
  if (!isDevelopingStory(article)) return undefined;
  const updates = storyUpdates(article);
  const end = !isLive(article) && updates[0] ? updates[0].instant : undefined;
  return { start: article.data.pubDate.instant, end, updates };
}

/**
 * Update times that cannot be right: before the story's own publication time, or, on a story
 * that is published, later than the build's `now` (a typo in the date would otherwise sit at
 * the top of the page as the newest update). Drafts and embargoed stories may hold updates
 * written ahead. Each problem names the update's line.
 */
export function findUpdateTimeProblems(
  articles: readonly (StoryEntry & Pick<Article, 'id' | 'filePath'>)[],
  status: (article: Article) => PublicationStatus,
  now: Date,
): ContentProblem[] {
  const shown = (instant: Date) => formatPublicationTime({ instant, hasTime: true }, site.locale, site.timeZone);
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const file = article.filePath ?? article.id;
    const published = article.data.pubDate.instant;
    for (const update of storyUpdates(article)) {
      const written = `<Update time="…"> (${shown(update.instant)})`;
      if (update.instant < published) {
        problems.push({ file, line: update.line, column: update.column, field: 'body', message: `${written} is before the story's pubDate (${shown(published)}); an update cannot come before the story` });
      } else if (update.instant > now && status(article as Article) === 'published') {
        problems.push({ file, line: update.line, column: update.column, field: 'body', message: `${written} is after the time of this build (${shown(now)}); check the date, or embargo the story until then` });
      }
    }
  }
  return problems;
}
