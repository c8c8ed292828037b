import { describe, expect, it } from 'vitest';
import { buildTime, publicationStatus } from '../../src/lib/publishing';

const at = (iso: string) => ({ instant: new Date(iso), hasTime: true });
const now = new Date('2026-06-15T12:00:00Z');

describe('publicationStatus', () => {
  it('publishes past articles, holds future ones and drafts', () => {
    expect(publicationStatus({ draft: false, pubDate: at('2026-06-15T11:59:59Z') }, now)).toBe('published');
    expect(publicationStatus({ draft: false, pubDate: at('2026-06-15T12:00:00Z') }, now)).toBe('published');
    expect(publicationStatus({ draft: false, pubDate: at('2026-06-15T12:00:01Z') }, now)).toBe('embargoed');
    expect(publicationStatus({ draft: true, pubDate: at('2020-01-01T00:00:00Z') }, now)).toBe('draft');
  });
});

describe('buildTime', () => {
  it('is pinned by DATELINE_NOW and rejects nonsense', () => {
    expect(buildTime({ DATELINE_NOW: '2026-06-15T12:00:00Z' })).toEqual(now);
    expect(() => buildTime({ DATELINE_NOW: 'tomorrow' })).toThrow(/DATELINE_NOW: "tomorrow"/);
    expect(Math.abs(buildTime({}).getTime() - Date.now())).toBeLessThan(5_000);
  });
});
