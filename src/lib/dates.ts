/**
 * Dates as a newsroom writes them. Frontmatter dates arrive as text so that a bare date can be
 * read on the newsroom's clock (the YAML parser would make it UTC midnight), and so that a date
 * without a time is never shown with an invented one.
 */

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
 * Reads a frontmatter date. Without an offset the wall time is on `timeZone`'s clock.
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
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, parts[6]);
  const instant =
    offset === undefined
      ? new Date(wallClockToUtc(wallClockAsUtc, timeZone))
      : new Date(wallClockAsUtc - offsetMinutes(offset) * 60_000);
  return { instant, hasTime: h !== undefined };
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

/** Offset of `timeZone` from UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
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

/** The UTC instant at which `timeZone`'s clocks show the given wall time (expressed as UTC). */
function wallClockToUtc(wallClockAsUtc: number, timeZone: string): number {
  const firstGuess = wallClockAsUtc - zoneOffsetMs(wallClockAsUtc, timeZone);
  // Near a DST change the offset at the guess can differ from the offset at the answer.
  return wallClockAsUtc - zoneOffsetMs(firstGuess, timeZone);
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
