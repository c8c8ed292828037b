/**
 * The age notice: a story that comes back through search or social media years later says how
 * old it is beside its date (the Guardian's "This article is more than 2 years old").
 */
import { toZonedIso } from './dates';

/** Whole years from `from` to `to` on the newsroom calendar (a birthday rule: 3 March to 3 March). */
export function wholeYearsBetween(from: Date, to: Date, timeZone: string): number {
  const [fy, fm, fd] = toZonedIso(from, timeZone).slice(0, 10).split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toZonedIso(to, timeZone).slice(0, 10).split('-').map(Number) as [number, number, number];
  const beforeAnniversary = tm < fm || (tm === fm && td < fd);
  return ty - fy - (beforeAnniversary ? 1 : 0);
}

/**
 * "This article is more than N years old" when the article was published at least
 * `afterYears` whole years before `now` (the build's "now", src/lib/publishing.ts), else
 * undefined. Takes the publication instant and the newsroom's time zone for the calendar.
 */
export function ageNotice(published: Date, now: Date, afterYears: number, timeZone: string): string | undefined {
  const years = wholeYearsBetween(published, now, timeZone);
  if (years < afterYears || years < 1) return undefined;
  return `This article is more than ${years} year${years === 1 ? '' : 's'} old`;
}
