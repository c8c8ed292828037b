/**
 * Listings that stay put when a story arrives. The home and topic front pages show the newest
 * stories; everything older is filed by month (on the newsroom clock) at a fixed address, such
 * as /archive/2022/03/. A new story changes its own month's pages and the front pages, never the
 * rest of the archive, and no page number can grow into another route's address (page 404 of
 * an offset-paginated home listing once collided with /404/). Pure: no Astro here.
 */
import { site } from '../site.config';
import { formatPartialDate, toZonedIso } from './dates';
import type { Article } from './newsroom';

/** The articles of one calendar month on the newsroom clock, newest first. */
export interface ArchiveMonth {
  /** Four digits, e.g. "2022". */
  year: string;
  /** Two digits, e.g. "03". */
  month: string;
  articles: Article[];
}

/** A month as a listing links to it. */
export interface MonthLink {
  year: string;
  month: string;
  /** As readers see it, e.g. "March 2022". */
  label: string;
  url: string;
  count: number;
}

/**
 * Files `articles` (newest first, as getNewsroom() gives them) by the month they were published
 * in on `timeZone`'s clock. Returns the months newest first, each with its articles in order.
 */
export function archiveMonths(articles: readonly Article[], timeZone: string = site.timeZone): ArchiveMonth[] {
  const months: ArchiveMonth[] = [];
  for (const article of articles) {
    const [year, month] = toZonedIso(article.data.pubDate.instant, timeZone).slice(0, 7).split('-') as [string, string];
    const last = months.at(-1);
    if (last && last.year === year && last.month === month) last.articles.push(article);
    else months.push({ year, month, articles: [article] });
  }
  return months;
}

/** "March 2022" in the site's language. */
export function monthLabel(year: string, month: string, locale: string = site.locale): string {
  return formatPartialDate({ year: Number(year), month: Number(month) }, locale);
}

/** A link to `month`, whose page is at `urlOf(year, month)`. */
export function monthLink(month: ArchiveMonth, urlOf: (year: string, month: string) => string): MonthLink {
  return { year: month.year, month: month.month, label: monthLabel(month.year, month.month), url: urlOf(month.year, month.month), count: month.articles.length };
}

/** One month's page: its stories and the months either side of it (absent at the ends). */
export interface MonthPage {
  month: MonthLink;
  articles: Article[];
  newer?: MonthLink | undefined;
  older?: MonthLink | undefined;
}

/** Every month page of a listing, newest first; `urlOf` places them (site or topic archive). */
export function monthPages(months: readonly ArchiveMonth[], urlOf: (year: string, month: string) => string): MonthPage[] {
  const links = months.map((month) => monthLink(month, urlOf));
  return months.map((month, index) => ({ month: links[index]!, articles: month.articles, newer: links[index - 1], older: links[index + 1] }));
}

/** A front page: the newest `size` stories, and the month where the next older story is filed. */
export interface FrontPage {
  latest: Article[];
  /** Absent when the front page shows every story. */
  olderIn?: MonthLink | undefined;
}

/**
 * The front page of a listing whose months are `months` (from archiveMonths): the newest `size`
 * stories and a link to the month of the first story it leaves out.
 */
export function frontPage(months: readonly ArchiveMonth[], size: number, urlOf: (year: string, month: string) => string): FrontPage {
  const latest: Article[] = [];
  for (const month of months) {
    for (const article of month.articles) {
      if (latest.length === size) return { latest, olderIn: monthLink(month, urlOf) };
      latest.push(article);
    }
  }
  return { latest };
}
