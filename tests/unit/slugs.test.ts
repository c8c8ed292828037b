import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slugs';

describe('slugify', () => {
  it('makes a clean URL slug from a headline', () => {
    expect(slugify('China’s JD.com Has Run on Russian Chocolates in Show of Support')).toBe(
      'chinas-jdcom-has-run-on-russian-chocolates-in-show-of',
    );
    expect(slugify('  Zürich café: “prices” up 5% — again!  ')).toBe('zurich-cafe-prices-up-5-again');
  });

  it('cuts a long headline at a word boundary, and gives up on scripts it cannot spell in Latin', () => {
    const slug = slugify('word '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^word(-word)+$/);
    expect(slugify('中国新闻')).toBe('');
    expect(slugify('  —  ')).toBe('');
  });

  it('gives news agencies the addresses a reader would guess', () => {
    expect(slugify('Reuters')).toBe('reuters');
    expect(slugify('Agence France-Presse')).toBe('agence-france-presse');
    expect(slugify('Associated Press (AP)')).toBe('associated-press-ap');
    expect(slugify('Wire & <Co> "Ltd"')).toBe('wire-co-ltd');
    expect(slugify('Dagens Næringsliv')).toBe('dagens-naeringsliv');
    expect(slugify('Süddeutsche Zeitung')).toBe('suddeutsche-zeitung');
    expect(slugify('Polska Agencja Prasowa Łódź')).toBe('polska-agencja-prasowa-lodz');
    expect(slugify('Straße')).toBe('strasse');
  });

  it('is the same for spellings that differ only in case, spacing or accents', () => {
    expect(slugify('REUTERS')).toBe(slugify(' reuters '));
    expect(slugify('Le Monde')).toBe(slugify('Le  Mondé'));
  });
});
