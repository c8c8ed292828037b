/**
 * The one rule for what may be published. Drafts and embargoed (future-dated) articles exist
 * only in development previews; production output never contains them.
 */
import type { PublicationTime } from './dates';

export type PublicationStatus = 'published' | 'draft' | 'embargoed';

export function publicationStatus(data: { draft: boolean; pubDate: PublicationTime }, now: Date): PublicationStatus {
  if (data.draft) return 'draft';
  if (data.pubDate.instant.getTime() > now.getTime()) return 'embargoed';
  return 'published';
}

/**
 * The moment a build treats as "now". DATELINE_NOW (ISO 8601) pins it for tests and for
 * scheduled rebuilds that must release an embargo at an exact time.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env['DATELINE_NOW'];
  if (pinned === undefined || pinned === '') return new Date();
  const time = new Date(pinned);
  if (Number.isNaN(time.getTime())) {
    throw new Error(`DATELINE_NOW: "${pinned}" is not an ISO 8601 date-time`);
  }
  return time;
}
