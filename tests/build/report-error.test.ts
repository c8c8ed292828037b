/**
 * "Report an error" at the end of every article, when the newsroom has a feedback address (the
 * test build sets DATELINE_FEEDBACK). Without one there is no link: tests/unit/report-error.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/urls';
import { TEST_FEEDBACK_ADDRESS } from '../setup/build-site';
import { seed } from '../support/seed';
import { page, textOf } from '../support/site';

describe('Report an error', () => {
  it('ends every article with a link to the feedback address, carrying the headline and address', () => {
    for (const slug of [seed.slug, 'fixture-media', 'fixture-corrected']) {
      const $ = page(`/articles/${slug}/`);
      const link = $('article a').filter((_, a) => $(a).text() === 'Report an error');
      expect(link, slug).toHaveLength(1);
      const href = link.attr('href') ?? '';
      expect(href.startsWith(`mailto:${TEST_FEEDBACK_ADDRESS}?`), href).toBe(true);
      const fields = new Map(href.split('?')[1]!.split('&').map((field) => field.split('=').map(decodeURIComponent) as [string, string]));
      expect(fields.get('subject')).toBe(`Error report: ${textOf($, 'h1')}`);
      expect(fields.get('body')).toContain(absoluteUrl(`/articles/${slug}/`));
    }
  });

  it('is not on pages that are not articles', () => {
    for (const path of ['/', '/about/ethics/', '/read-more/lithuania-china-led-boycott/']) {
      const $ = page(path);
      expect($('a').filter((_, a) => $(a).text() === 'Report an error'), path).toHaveLength(0);
    }
  });
});
