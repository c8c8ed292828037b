import { describe, expect, it } from 'vitest';
import { allCorrectionsNewestFirst, correctionsInOrder, lastChange } from '../../src/lib/corrections';
import { isSyndicated } from '../../src/lib/syndication';
import { fakeArticle } from '../support/entries';

const at = (iso: string) => ({ instant: new Date(iso), hasTime: true });

describe('lastChange', () => {
  const pubDate = at('2026-06-01T10:00:00Z');

  it('is undefined for a story that never changed', () => {
    expect(lastChange({ pubDate, corrections: [] })).toBeUndefined();
  });

  it('is the later of the update time and the newest correction', () => {
    const updatedDate = at('2026-06-02T10:00:00Z');
    const corrections = [
      { date: at('2026-06-03T09:00:00Z'), text: 'b' },
      { date: at('2026-06-01T12:00:00Z'), text: 'a' },
    ];
    expect(lastChange({ pubDate, updatedDate, corrections })).toBe(corrections[0]!.date);
    expect(lastChange({ pubDate, updatedDate, corrections: [corrections[1]!] })).toBe(updatedDate);
  });

  it('ignores an "update" dated before publication', () => {
    expect(lastChange({ pubDate, updatedDate: at('2026-05-01T00:00:00Z'), corrections: [] })).toBeUndefined();
  });
});

describe('correction lists', () => {
  it('prints an article\'s corrections oldest first', () => {
    const data = { pubDate: at('2026-06-01T00:00:00Z'), corrections: [{ date: at('2026-06-05T00:00:00Z'), text: 'second' }, { date: at('2026-06-02T00:00:00Z'), text: 'first' }] };
    expect(correctionsInOrder(data).map((c) => c.text)).toEqual(['first', 'second']);
  });

  it('lists every correction of every article newest first', () => {
    const a = fakeArticle('a', { corrections: [{ date: at('2026-06-02T00:00:00Z'), text: 'a1' }, { date: at('2026-06-09T00:00:00Z'), text: 'a2' }] });
    const b = fakeArticle('b', { corrections: [{ date: at('2026-06-05T00:00:00Z'), text: 'b1' }] });
    const c = fakeArticle('c', { corrections: [] });
    expect(allCorrectionsNewestFirst([a, b, c]).map(({ article, correction }) => `${article.id}:${correction.text}`)).toEqual(['a:a2', 'b:b1', 'a:a1']);
  });
});

describe('isSyndicated', () => {
  it('treats copy from another organisation as syndicated unless the editor says otherwise', () => {
    expect(isSyndicated({ source: 'Reuters' }, 'Dateline')).toBe(true);
    expect(isSyndicated({ source: 'Reuters', syndicated: false }, 'Dateline')).toBe(false);
  });

  it('treats our own and unsourced stories as ours unless marked', () => {
    expect(isSyndicated({ source: 'Dateline' }, 'Dateline')).toBe(false);
    expect(isSyndicated({}, 'Dateline')).toBe(false);
    expect(isSyndicated({ syndicated: true }, 'Dateline')).toBe(true);
  });
});
