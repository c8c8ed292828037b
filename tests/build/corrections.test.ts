/** Corrections and updates as readers, crawlers and editors see them. */
import { describe, expect, it } from 'vitest';
import { jsonLdOfType } from '../support/metadata';
import { seed } from '../support/seed';
import { page, textOf } from '../support/site';

const fixture = '/articles/fixture-corrected/';
const headline = 'Fixture: wire copy on “R&D” with a </script> in its headline';

describe('a corrected article', () => {
  const $ = page(fixture);

  it('shows each correction as a dated note, oldest first', () => {
    const notes = $('.corrections li');
    expect(textOf($, '.corrections h2')).toBe('Corrections');
    expect(notes.map((_, li) => $(li).find('time').attr('datetime')).get()).toEqual([
      '2026-06-14T17:30:00+01:00',
      '2026-06-15T08:15:00+01:00',
    ]);
    expect(notes.map((_, li) => $(li).text().replace(/\s+/g, ' ').trim()).get()).toEqual([
      '14 June 2026 at 17:30 BST: An earlier version of this fixture gave the wrong figure.',
      '15 June 2026 at 08:15 BST: A later correction, listed first on the corrections page.',
    ]);
  });

  it('says when it was updated, beside when it was published', () => {
    expect(textOf($, '.byline')).toContain('Published 14 June 2026 at 06:00 BST');
    expect($('.byline .updated time').attr('datetime')).toBe('2026-06-15T08:15:00+01:00');
    expect(textOf($, '.byline .updated')).toBe('Updated 15 June 2026 at 08:15 BST');
  });

  it('carries dateModified and each CorrectionComment in its JSON-LD', () => {
    const article = jsonLdOfType($, 'ReportageNewsArticle');
    expect(article['dateModified']).toBe('2026-06-15T08:15:00+01:00');
    expect(article['correction']).toEqual([
      { '@type': 'CorrectionComment', text: 'An earlier version of this fixture gave the wrong figure.', datePublished: '2026-06-14T17:30:00+01:00' },
      { '@type': 'CorrectionComment', text: 'A later correction, listed first on the corrections page.', datePublished: '2026-06-15T08:15:00+01:00' },
    ]);
  });

  it('an unchanged story shows neither notes nor an update time', () => {
    const $seed = page(`/articles/${seed.slug}/`);
    expect($seed('.corrections').length).toBe(0);
    expect($seed('.byline .updated').length).toBe(0);
  });
});

describe('the corrections page', () => {
  const $ = page('/corrections/');

  it('lists every correction newest first, each linked to its story', () => {
    const items = $('.correction-list > li');
    expect(items.map((_, li) => $(li).find('.correction-text').text()).get()).toEqual([
      // The developing story's, at 10:00 BST on 15 June: the newest.
      'An earlier fixture update gave the wrong count of test rows.',
      'A later correction, listed first on the corrections page.',
      'An earlier version of this fixture gave the wrong figure.',
    ]);
    expect(items.map((_, li) => $(li).find('a').attr('href')).get()).toEqual(['/articles/fixture-live/', fixture, fixture]);
    expect(items.eq(1).find('a').text()).toBe(headline);
    expect(items.eq(1).find('time').attr('datetime')).toBe('2026-06-15T08:15:00+01:00');
    expect(textOf($, 'h1')).toBe('Corrections');
  });

  it('is linked from the footer of every page', () => {
    for (const path of ['/', `/articles/${seed.slug}/`, '/topics/', '/404.html']) {
      expect(page(path)('footer.site-footer a[href="/corrections/"]').text(), path).toBe('Corrections');
    }
  });
});
