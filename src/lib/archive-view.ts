/**
 * What an archive month page receives as props. Props are its incremental-build cache key
 * (src/lib/cache-key.ts), so the neighbouring months are given by name and address only: a story
 * filed in March does not re-render February's page because March's count changed.
 */
import { frontPage, monthLink, monthPages, type ArchiveMonth, type MonthLink } from './archive';
import { site } from '../site.config';
import type { ArticleSummary } from './article-view';
import type { Article } from './newsroom';

export interface MonthPageProps {
  year: string;
  month: string;
  label: string;
  articles: ArticleSummary[];
  newer?: { label: string; url: string } | undefined;
  older?: { label: string; url: string } | undefined;
}

/** Props for every month page of a listing, newest first. */
export function monthPageProps(
  months: readonly ArchiveMonth[],
  urlOf: (year: string, month: string) => string,
  summarize: (article: Article) => ArticleSummary,
): MonthPageProps[] {
  const neighbour = (link: { label: string; url: string } | undefined) => link && { label: link.label, url: link.url };
  return monthPages(months, urlOf).map((page) => ({
    year: page.month.year,
    month: page.month.month,
    label: page.month.label,
    articles: page.articles.map(summarize),
    newer: neighbour(page.newer),
    older: neighbour(page.older),
  }));
}

/** What a listing's front page (topic, author, source desk) receives as props. */
export interface FrontPageProps {
  /** The newest `site.pageSize` stories. */
  latest: ArticleSummary[];
  /** The month of the newest story the front page leaves out: its `rel="next"`. */
  olderUrl?: string | undefined;
  months: MonthLink[];
}

/** Props for the front page of a listing whose months are `months` (from archiveMonths). */
export function frontPageProps(
  months: readonly ArchiveMonth[],
  urlOf: (year: string, month: string) => string,
  summarize: (article: Article) => ArticleSummary,
): FrontPageProps {
  const front = frontPage(months, site.pageSize, urlOf);
  return { latest: front.latest.map(summarize), olderUrl: front.olderIn?.url, months: months.map((month) => monthLink(month, urlOf)) };
}
