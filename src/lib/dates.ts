/**
 * Dates as a newsroom writes them. Frontmatter dates arrive as text so that a bare date can be
 * read on the newsroom's clock (the YAML parser would make it UTC midnight), and so that a date
 * without a time is never shown with an invented one.
 *
 * Wall times are turned into instants by Temporal (the `temporal-polyfill` package until Node
 * ships it), which knows every zone's clock changes and can refuse a time the clock skips or
 * shows twice instead of guessing.
 */
import { Temporal } from 'temporal-polyfill';

/** A moment of publication and whether the editor gave a time of day or only the day. */
export interface PublicationTime {
  instant: Date;
  hasTime: boolean;
}

/** A date that may be known only to the month, as for outside stories ("December 2021"). */
export interface PartialDate {
  year: number;
  month: number;
  day?: number;
}

const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export const publicationTimeFormats =
  '"2022-03-03" (a day, on the newsroom clock), "2022-03-03T14:30" (newsroom clock) or "2022-03-03T14:30:00+08:00" (any offset)';

/**
 * Reads a frontmatter date. Without an offset the wall time is on `timeZone`'s clock (an IANA
 * zone, e.g. "Europe/London"); a bare day starts at that clock's first moment of the day.
 * A wall time that clock shows twice (the hour the clocks go back) or never (the hour they go
 * forward) is refused, with both readings and the offset to add: on clock-change night an
 * embargo must not lift an hour off because of a guess.
 * Returns an error message instead of throwing, for the schema to report against the field.
 */
export function parsePublicationTime(text: string, timeZone: string): PublicationTime | string {
  const match = dateTimePattern.exec(text.trim());
  if (!match) return `"${text}" is not a date; write ${publicationTimeFormats}`;
  const [, y, mo, d, h, mi, s, ms, offset] = match;
  const parts = [y, mo, d, h ?? '0', mi ?? '0', s ?? '0', (ms ?? '0').padEnd(3, '0')].map(Number) as [
    number, number, number, number, number, number, number,
  ];
  const [year, month, day, hour, minute, second] = parts;
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return `"${text}" is not a real date or time`;
  }
  if (offset !== undefined) {
    const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, parts[6]);
    return { instant: new Date(wallClockAsUtc - offsetMinutes(offset) * 60_000), hasTime: h !== undefined };
  }
  if (h === undefined) {
    const startOfDay = Temporal.PlainDate.from({ year, month, day }).toZonedDateTime({ timeZone });
    return { instant: new Date(startOfDay.epochMilliseconds), hasTime: false };
  }
  const wallTime = Temporal.PlainDateTime.from({ year, month, day, hour, minute, second, millisecond: parts[6] });
  try {
    const zoned = wallTime.toZonedDateTime(timeZone, { disambiguation: 'reject' });
    return { instant: new Date(zoned.epochMilliseconds), hasTime: true };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return clockChangeMessage(text.trim(), wallTime, timeZone);
  }
}

/**
 * Why a wall time cannot be read on `timeZone`'s clock, given that Temporal refused it: the
 * clock either shows it twice or skips it. Names both readings and the offsets that pick one.
 */
function clockChangeMessage(text: string, wallTime: Temporal.PlainDateTime, timeZone: string): string {
  const earlier = wallTime.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  const later = wallTime.toZonedDateTime(timeZone, { disambiguation: 'later' });
  const time = wallTime.toPlainTime().toString({ smallestUnit: 'minute' });
  const shown = (zoned: Temporal.ZonedDateTime) => `${zoned.toPlainTime().toString({ smallestUnit: 'minute' })} ${zoneName(zoned)}`;
  if (earlier.toPlainDateTime().equals(wallTime)) {
    // Both readings show the written time: the clocks went back and the hour came twice.
    return (
      `"${text}" happens twice in ${timeZone}: the clocks go back that night, so ${time} comes first in ` +
      `${zoneName(earlier)} (${earlier.offset}) and an hour later again in ${zoneName(later)} (${later.offset}). ` +
      `Add the offset you mean: "${text}${earlier.offset}" for the first, "${text}${later.offset}" for the second`
    );
  }
  // Neither reading shows the written time: it lies in the hour the clocks skip.
  const change = earlier.getTimeZoneTransition('next')!;
  const lastBefore = change.subtract({ nanoseconds: 1 });
  return (
    `"${text}" never happens in ${timeZone}: the clocks go forward from ${shown(change.withTimeZone(lastBefore.offset))} ` +
    `to ${shown(change)} that night. Add the offset you mean: "${text}${lastBefore.offset}" (${time} ${zoneName(lastBefore)}, ` +
    `which the clock shows as ${shown(later)}) or "${text}${change.offset}" (${time} ${zoneName(change)}, shown as ${shown(earlier)})`
  );
}

/** The zone's short name at that moment as a London newsroom says it ("GMT", "BST", "CET"). */
function zoneName(zoned: Temporal.ZonedDateTime): string {
  return cachedFormatter('en-GB', { timeZone: zoned.timeZoneId, timeZoneName: 'short' })
    .formatToParts(zoned.epochMilliseconds)
    .find((part) => part.type === 'timeZoneName')!.value;
}

/** Reads "2021-12" or "2021-12-08". */
export function parsePartialDate(text: string): PartialDate | string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim());
  if (!match) return `"${text}" is not a date; write "2021-12" (a month) or "2021-12-08" (a day)`;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (!isCalendarDate(year, month, day ?? 1)) return `"${text}" is not a real date`;
  return day === undefined ? { year, month } : { year, month, day };
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number) as [number, number];
  return sign * (hours * 60 + minutes);
}

/** Offsets already worked out, by time zone and instant: a story's time is shown on its page, in listings, feeds and JSON-LD. */
const knownOffsets = new Map<string, Map<number, number>>();

/** Offset of `timeZone` from UTC at `instant` (milliseconds since the epoch), in milliseconds. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  let zone = knownOffsets.get(timeZone);
  if (!zone) knownOffsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(instant);
  if (offset === undefined) zone.set(instant, (offset = computeZoneOffsetMs(instant, timeZone)));
  return offset;
}

function computeZoneOffsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    zonePartsFormatter(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
  return asUtc - (instant - (instant % 1000));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build; pages format thousands of dates with a handful of them. */
function cachedFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function zonePartsFormatter(timeZone: string): Intl.DateTimeFormat {
  return cachedFormatter('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** ISO 8601 with the zone's offset, e.g. "2022-03-03T00:00:00+00:00", for `datetime` and metadata. */
export function toZonedIso(instant: Date, timeZone: string): string {
  const offset = zoneOffsetMs(instant.getTime(), timeZone);
  const local = new Date(instant.getTime() + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset) / 60_000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/** What a `<time datetime>` should say: the day alone when no time was given. */
export function machineReadableTime(time: PublicationTime, timeZone: string): string {
  const iso = toZonedIso(time.instant, timeZone);
  return time.hasTime ? iso : iso.slice(0, 10);
}

/** The date (and time, when known) as a reader sees it, e.g. "3 March 2022" or "3 March 2022, 14:30 GMT". */
export function formatPublicationTime(time: PublicationTime, locale: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = time.hasTime
    ? { timeZone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }
    : { timeZone, day: 'numeric', month: 'long', year: 'numeric' };
  return cachedFormatter(locale, options).format(time.instant);
}

/** The time of day alone as a reader sees it on `timeZone`'s clock, e.g. "14:32 GMT": a live page's updates. */
export function formatClockTime(instant: Date, locale: string, timeZone: string): string {
  return cachedFormatter(locale, { timeZone, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(instant);
}

/** "December 2021" or "8 December 2021". */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const options: Intl.DateTimeFormatOptions =
    date.day === undefined
      ? { timeZone: 'UTC', month: 'long', year: 'numeric' }
      : { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };
  return cachedFormatter(locale, options).format(new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1)));
}

/** "2021-12" or "2021-12-08", for `<time datetime>`. */
export function partialDateIso(date: PartialDate): string {
  const month = `${date.year}-${String(date.month).padStart(2, '0')}`;
  return date.day === undefined ? month : `${month}-${String(date.day).padStart(2, '0')}`;
}
