/**
 * Updates and corrections, as newsrooms publish them: a story keeps its publication time,
 * says when it last changed, and carries every correction as a dated note.
 */
import type { PublicationTime } from './dates';
import type { Article } from './newsroom';

export interface Correction {
  date: PublicationTime;
  text: string;
}

export interface ChangeFields {
  pubDate: PublicationTime;
  updatedDate?: PublicationTime | undefined;
  corrections: readonly Correction[];
}

/**
 * When the story last changed: the latest of its update time and its corrections, or
 * undefined when it has not changed since publication.
 */
export function lastChange(data: ChangeFields): PublicationTime | undefined {
  let latest: PublicationTime | undefined;
  for (const time of [data.updatedDate, ...data.corrections.map((c) => c.date)]) {
    if (time && time.instant > data.pubDate.instant && (!latest || time.instant > latest.instant)) latest = time;
  }
  return latest;
}

/** The story's corrections, oldest first, as readers follow them down the page. */
export function correctionsInOrder(data: ChangeFields): Correction[] {
  return [...data.corrections].sort((a, b) => a.date.instant.getTime() - b.date.instant.getTime());
}

export interface CorrectionOf {
  article: Article;
  correction: Correction;
}

/** Every correction on the given articles, newest first, for the corrections page. */
export function allCorrectionsNewestFirst(articles: readonly Article[]): CorrectionOf[] {
  return articles
    .flatMap((article) => article.data.corrections.map((correction) => ({ article, correction })))
    .sort(
      (a, b) =>
        b.correction.date.instant.getTime() - a.correction.date.instant.getTime() || a.article.id.localeCompare(b.article.id),
    );
}
