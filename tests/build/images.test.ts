/** Photographs through astro:assets and sharp: formats, sizes, loading order, caption and credit. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/urls';
import { metaContent } from '../support/metadata';
import { seed } from '../support/seed';
import { page, siteDir } from '../support/site';

const $ = page('/articles/fixture-photo/');
const srcsetUrls = (srcset: string | undefined) => (srcset ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/));

describe('the hero photograph', () => {
  const picture = $('figure.hero picture');

  it('offers AVIF and WebP at several widths, each file really in that format', async () => {
    for (const [type, format] of [['image/avif', 'heif'], ['image/webp', 'webp']] as const) {
      const source = picture.find(`source[type="${type}"]`);
      const candidates = srcsetUrls(source.attr('srcset'));
      expect(candidates.length, type).toBeGreaterThanOrEqual(3);
      expect(source.attr('sizes')).toBe('(min-width: 40rem) 38rem, calc(100vw - 2rem)');
      for (const [url, width] of candidates) {
        const meta = await sharp(join(siteDir(), url!)).metadata();
        expect(meta.format, url).toBe(format);
        expect(`${meta.width}w`, url).toBe(width);
      }
    }
  });

  it('falls back to WebP in the plain img, never to the uploaded PNG', async () => {
    const img = picture.find('img');
    for (const [url] of [[img.attr('src')], ...srcsetUrls(img.attr('srcset'))]) {
      expect((await sharp(join(siteDir(), url!)).metadata()).format, url).toBe('webp');
    }
  });

  it('keeps its shape (the upload is 1600x1000) and loads first, with high priority', () => {
    const img = picture.find('img');
    expect([img.attr('width'), img.attr('height')]).toEqual(['1216', '760']);
    // The plain img is the widest WebP of the srcset, not one more file.
    expect(srcsetUrls(picture.find('source[type="image/webp"]').attr('srcset')).map(([url]) => url)).toContain(img.attr('src'));
    expect(img.attr('loading')).toBe('eager');
    expect(img.attr('fetchpriority')).toBe('high');
    expect(img.attr('alt')).toBe('A drawn test landscape: two green hills under a pale sun');
    expect(existsSync(join(siteDir(), img.attr('src')!))).toBe(true);
  });

  it('has its caption and credit in the figure', () => {
    expect($('figure.hero figcaption .caption').text()).toBe('A generated picture standing in for a news photograph.');
    expect($('figure.hero figcaption .credit').text()).toBe('Photograph: Test fixture, drawn with sharp');
  });

  it('is what the story shares, instead of a generated card', async () => {
    const image = metaContent($, 'og:image')!;
    expect(image.startsWith(absoluteUrl('/_astro/'))).toBe(true);
    const meta = await sharp(join(siteDir(), new URL(image).pathname)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 750]);
    expect([metaContent($, 'og:image:width'), metaContent($, 'og:image:height')]).toEqual(['1200', '750']);
    expect(metaContent($, 'og:image:alt')).toBe('A drawn test landscape: two green hills under a pale sun');
    expect(existsSync(join(siteDir(), 'social/articles/fixture-photo.png'))).toBe(false);
  });
});

describe('other pictures', () => {
  it('a picture in the story body loads lazily at its intrinsic size', () => {
    const img = $('.article-body img');
    expect(img.attr('loading')).toBe('lazy');
    expect([img.attr('width'), img.attr('height')]).toEqual(['800', '450']);
    expect(img.attr('alt')).toBe('A drawn test chart: seven red bars rising from left to right');
  });

  it('the seed article carries no picture at all', () => {
    const seedPage = page(`/articles/${seed.slug}/`);
    expect(seedPage('main img, main picture, main figure').length).toBe(0);
  });
});
