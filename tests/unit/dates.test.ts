import { describe, expect, it } from 'vitest';
import {
  formatPartialDate,
  formatPublicationTime,
  machineReadableTime,
  parsePartialDate,
  parsePublicationTime,
  toZonedIso,
  type PublicationTime,
} from '../../src/lib/dates';

const london = 'Europe/London';
const parsed = (text: string, zone = london) => parsePublicationTime(text, zone) as PublicationTime;

describe('parsePublicationTime', () => {
  it('reads a bare date as midnight on the newsroom clock, without a time of day', () => {
    expect(parsed('2022-03-03')).toEqual({ instant: new Date('2022-03-03T00:00:00Z'), hasTime: false });
    expect(parsed('2022-07-01').instant.toISOString()).toBe('2022-06-30T23:00:00.000Z'); // BST
    expect(parsed('2022-03-03', 'Asia/Hong_Kong').instant.toISOString()).toBe('2022-03-02T16:00:00.000Z');
  });

  it('reads a wall time without offset on the newsroom clock', () => {
    expect(parsed('2022-07-01T14:30').instant.toISOString()).toBe('2022-07-01T13:30:00.000Z');
    expect(parsed('2022-07-01T14:30').hasTime).toBe(true);
  });

  it('honours an explicit offset', () => {
    expect(parsed('2022-03-03T09:00:00+08:00').instant.toISOString()).toBe('2022-03-03T01:00:00.000Z');
    expect(parsed('2022-03-03T09:00:00Z').instant.toISOString()).toBe('2022-03-03T09:00:00.000Z');
  });

  it('resolves wall times next to a daylight-saving change', () => {
    // Clocks in London went forward at 01:00 UTC on 27 March 2022.
    expect(parsed('2022-03-27T00:30').instant.toISOString()).toBe('2022-03-27T00:30:00.000Z');
    expect(parsed('2022-03-27T03:00').instant.toISOString()).toBe('2022-03-27T02:00:00.000Z');
  });

  it('refuses a wall time the clock shows twice, naming both readings and the offset to add', () => {
    // London's clocks go back from 02:00 BST to 01:00 GMT on 25 October 2026.
    expect(parsePublicationTime('2026-10-25T01:30', london)).toBe(
      '"2026-10-25T01:30" happens twice in Europe/London: the clocks go back that night, so 01:30 comes first in BST (+01:00) ' +
        'and an hour later again in GMT (+00:00). Add the offset you mean: "2026-10-25T01:30+01:00" for the first, ' +
        '"2026-10-25T01:30+00:00" for the second',
    );
    expect(parsePublicationTime('2026-10-25T01:00', london)).toMatch(/happens twice/);
    expect(parsePublicationTime('2026-10-25T01:59:59', london)).toMatch(/"2026-10-25T01:59:59\+01:00" for the first/);
  });

  it('refuses a wall time the clock skips, naming the gap and the offset to add', () => {
    // London's clocks go forward from 01:00 GMT to 02:00 BST on 29 March 2026.
    expect(parsePublicationTime('2026-03-29T01:30', london)).toBe(
      '"2026-03-29T01:30" never happens in Europe/London: the clocks go forward from 01:00 GMT to 02:00 BST that night. ' +
        'Add the offset you mean: "2026-03-29T01:30+00:00" (01:30 GMT, which the clock shows as 02:30 BST) or ' +
        '"2026-03-29T01:30+01:00" (01:30 BST, shown as 00:30 GMT)',
    );
    expect(parsePublicationTime('2026-03-08T02:30', 'America/New_York')).toMatch(/never happens in America\/New_York.*"2026-03-08T02:30-05:00"/);
  });

  it('reads the minutes either side of a clock change, and the suggested offsets, as one moment each', () => {
    expect(parsed('2026-10-25T00:59').instant.toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(parsed('2026-10-25T02:00').instant.toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(parsed('2026-03-29T00:59').instant.toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(parsed('2026-03-29T02:00').instant.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(parsed('2026-10-25T01:30+01:00').instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parsed('2026-10-25T01:30+00:00').instant.toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('starts a bare day at the first moment the clock shows that day, even where midnight is skipped', () => {
    // Santiago's clocks went forward at midnight on 7 September 2025: that day began at 01:00.
    expect(parsed('2025-09-07', 'America/Santiago').instant.toISOString()).toBe('2025-09-07T04:00:00.000Z');
    expect(parsed('2026-10-25').instant.toISOString()).toBe('2026-10-24T23:00:00.000Z');
  });

  it('explains what is wrong with text that is not a date', () => {
    expect(parsePublicationTime('March 3rd', london)).toMatch(/"March 3rd" is not a date; write/);
    expect(parsePublicationTime('2022-02-30', london)).toMatch(/not a real date/);
    expect(parsePublicationTime('2022-03-03T25:00', london)).toMatch(/not a real date/);
  });
});

describe('parsePartialDate', () => {
  it('keeps month precision when the day is unknown', () => {
    expect(parsePartialDate('2021-12')).toEqual({ year: 2021, month: 12 });
    expect(parsePartialDate('2021-12-08')).toEqual({ year: 2021, month: 12, day: 8 });
    expect(parsePartialDate('2021-13')).toMatch(/not a real date/);
    expect(parsePartialDate('Dec 2021')).toMatch(/not a date/);
  });

  it('formats only what is known', () => {
    expect(formatPartialDate({ year: 2021, month: 12 }, 'en-GB')).toBe('December 2021');
    expect(formatPartialDate({ year: 2021, month: 12, day: 8 }, 'en-GB')).toBe('8 December 2021');
  });
});

describe('showing a publication time', () => {
  it('never shows a time of day the editor did not give', () => {
    const dayOnly = parsed('2022-03-03');
    expect(formatPublicationTime(dayOnly, 'en-GB', london)).toBe('3 March 2022');
    expect(machineReadableTime(dayOnly, london)).toBe('2022-03-03');
  });

  it('shows the time on the newsroom clock with its zone', () => {
    const withTime = parsed('2022-07-01T06:05:00Z');
    expect(formatPublicationTime(withTime, 'en-GB', london)).toBe('1 July 2022 at 07:05 BST');
    expect(machineReadableTime(withTime, london)).toBe('2022-07-01T07:05:00+01:00');
  });

  it('writes ISO 8601 with the zone offset', () => {
    expect(toZonedIso(new Date('2022-03-03T00:00:00Z'), london)).toBe('2022-03-03T00:00:00+00:00');
    expect(toZonedIso(new Date('2022-03-03T00:00:00Z'), 'America/New_York')).toBe('2022-03-02T19:00:00-05:00');
    expect(toZonedIso(new Date('2022-03-03T00:00:00Z'), 'Asia/Kolkata')).toBe('2022-03-03T05:30:00+05:30');
  });
});
