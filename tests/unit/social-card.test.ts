import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { escapeXml } from '../../src/lib/escape';
import { afterAll, describe, expect, it } from 'vitest';
import {
  boldFamilies,
  cachedSocialCards,
  placeSocialCards,
  clampHeadline,
  renderPublisherLogo,
  renderSocialCard,
  resolveCardFonts,
  socialCardKey,
  textMask,
} from '../../src/lib/social-card';

const fonts = resolveCardFonts();
const card = { siteName: 'Dateline', kicker: 'China', headline: 'China’s JD.com Has Run on Russian Chocolates in Show of Support', dateline: '3 March 2022 · Reuters' };
const dir = mkdtempSync(join(tmpdir(), 'dateline-cards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('social card text', () => {
  it('escapes Pango markup and shortens an over-long headline at a word', () => {
    expect(escapeXml('R&D <b>')).toBe('R&amp;D &lt;b&gt;');
    expect(clampHeadline('short one')).toBe('short one');
    expect(clampHeadline('one two three four five', 12)).toBe('one two…');
  });

  it('keys the cache on everything drawn', () => {
    expect(socialCardKey(card)).toBe(socialCardKey({ ...card }));
    expect(socialCardKey(card)).not.toBe(socialCardKey({ ...card, headline: `${card.headline}!` }));
    expect(socialCardKey(card)).not.toBe(socialCardKey({ ...card, dateline: '4 March 2022 · Reuters' }));
  });
});

describe('renderSocialCard', () => {
  it('draws a 1200x630 PNG with the headline in dark ink on the paper', async () => {
    const png = await renderSocialCard(card, fonts);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.format, info.width, info.height]).toEqual(['raw', 1200, 630]);
    expect((await sharp(png).metadata()).format).toBe('png');
    // The headline box (left column, y 190-480) holds dark text pixels; the right margin none.
    const pixel = (x: number, y: number) => data[(y * 1200 + x) * info.channels]!;
    let inked = 0;
    for (let y = 190; y < 480; y += 2) for (let x = 72; x < 1128; x += 2) if (pixel(x, y) < 80) inked += 1;
    expect(inked).toBeGreaterThan(2000);
    for (let y = 0; y < 630; y += 5) expect(pixel(1190, y), `y=${y}`).toBeGreaterThan(150);
  });

  it('draws Chinese characters with the bundled CJK font, not as missing-glyph boxes', async () => {
    const viaFallback = await textMask('京东', `${boldFamilies} 56`, fonts);
    const cjkOnly = await textMask('京东', 'Noto Sans S Chinese Bold 56', fonts);
    expect(viaFallback.width).toBe(cjkOnly.width);
    expect(Buffer.compare(viaFallback.data, cjkOnly.data)).toBe(0);
  });

  it('draws the same card twice byte for byte', async () => {
    expect(Buffer.compare(await renderSocialCard(card, fonts), await renderSocialCard({ ...card }, fonts))).toBe(0);
  });

  it('draws a 600x60 publisher logo', async () => {
    const meta = await sharp(await renderPublisherLogo('Dateline', fonts)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 600, 60]);
  });
});

describe('cachedSocialCards', () => {
  it('draws each card once into the cache and reuses it on the next build', async () => {
    const jobs = [
      { id: 'a', card },
      { id: 'b', card: { ...card, headline: 'Another headline' } },
    ];
    const first = cachedSocialCards(jobs, { cacheDir: dir, fonts, concurrency: 2 });
    const paths = await Promise.all([first.get('a')!, first.get('b')!]);
    expect(paths.map((p) => p.startsWith(dir))).toEqual([true, true]);
    expect(readdirSync(dir).sort()).toEqual(paths.map((p) => p.slice(dir.length + 1)).sort());

    // A cached file is served as it is, not redrawn.
    writeFileSync(paths[0]!, 'cached');
    const second = cachedSocialCards(jobs, { cacheDir: dir, fonts });
    expect(await second.get('a')).toBe(paths[0]);
    expect(statSync(paths[0]!).size).toBe('cached'.length);
  });
});

describe('placeSocialCards', () => {
  it('puts every ordered card at its path in the site, drawing only the ones not cached', async () => {
    const cacheDir = join(dir, 'place-cache');
    const orders = [
      { path: 'social/site.png', card: { siteName: 'Dateline', headline: 'News from the wires' } },
      { path: 'social/articles/a.png', card },
    ];
    const firstSite = join(dir, 'site-1');
    expect(await placeSocialCards(firstSite, orders, { cacheDir, fonts })).toBe(2);
    for (const { path } of orders) expect((await sharp(join(firstSite, path)).metadata()).width, path).toBe(1200);

    const secondSite = join(dir, 'site-2');
    expect(await placeSocialCards(secondSite, orders, { cacheDir, fonts })).toBe(0);
    expect(readFileSync(join(secondSite, 'social/articles/a.png')).equals(readFileSync(join(firstSite, 'social/articles/a.png')))).toBe(true);
  });
});
