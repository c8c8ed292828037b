/**
 * Share cards: the 1200x630 PNG that social networks show for an article without a photo
 * (site name, topic, headline, date). Text is drawn by sharp's renderer (Pango) from font files
 * shipped in npm packages, so every machine draws the same card: Source Serif 4 for Latin,
 * Greek and Cyrillic, and Noto Sans SC (Simplified Chinese, with Japanese kana) for the CJK
 * characters the serif lacks. Glyphs neither font has fall back to the machine's own fonts.
 *
 * Cost matters (a thousand articles, two cores): Pango draws each text as a grey mask, the masks
 * are blended onto a card background drawn once, and the site name, topics and datelines are
 * drawn once each. Cards are cached by a hash of everything drawn on them.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { cutAtWord } from './cut-text.ts';
import { escapeXml } from './escape.ts';
import type { SocialCardOrder } from './social-card-orders.ts';

export const socialCardSize = { width: 1200, height: 630 } as const;
export const publisherLogoSize = { width: 600, height: 60 } as const;

export interface SocialCard {
  siteName: string;
  /** Small capitals above the headline, e.g. the topic. */
  kicker?: string | undefined;
  headline: string;
  /** The line at the foot, e.g. "3 March 2022 · Reuters". */
  dateline?: string | undefined;
}

/** Colours as #rrggbb. */
export interface CardColours {
  paper: string;
  ink: string;
  muted: string;
  accent: string;
}

export const defaultCardColours: CardColours = { paper: '#fbfaf7', ink: '#1b1b1b', muted: '#555049', accent: '#a01c2c' };

export interface CardFonts {
  serifBold: string;
  serifRegular: string;
  cjkBold: string;
}

/** Bump when the drawing changes, so cached cards are redrawn. */
const layoutVersion = 2;
const margin = 72;
const textWidth = socialCardSize.width - 2 * margin;
const headlineTop = 190;
const headlineMaxHeight = 290;
/** Headline sizes in px, tried from the largest until the headline fits its box. */
const headlineSizes = [68, 60, 52, 46, 40] as const;
const maxHeadlineChars = 220;
/** Latin first; Pango takes each glyph the serif lacks from the CJK font. */
export const boldFamilies = 'Source Serif 4,Noto Sans S Chinese Bold';
const regularFamilies = 'Source Serif 4,Noto Sans S Chinese';

/** The font files, found in node_modules from the project root (where builds run). */
export function resolveCardFonts(root: string = process.cwd()): CardFonts {
  const require = createRequire(join(root, 'package.json'));
  const serif = (weight: string) => require.resolve(`@expo-google-fonts/source-serif-4/${weight}/SourceSerif4_${weight}.ttf`);
  // @embedpdf/fonts-sc exports only its index; the font files sit beside it.
  const cjkDir = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  return { serifBold: serif('700Bold'), serifRegular: serif('400Regular'), cjkBold: join(cjkDir, 'NotoSansHans-Bold.otf') };
}

/** Shortens an over-long headline at a word boundary; a share card is not the place for it all. */
export function clampHeadline(headline: string, max = maxHeadlineChars): string {
  return cutAtWord(headline.replace(/\s+/g, ' ').trim(), max);
}

/** The cache key: every input that changes a pixel. */
export function socialCardKey(card: SocialCard, colours: CardColours = defaultCardColours): string {
  const { siteName, kicker, headline, dateline } = card;
  return createHash('sha256')
    .update(JSON.stringify({ layoutVersion, size: socialCardSize, colours, siteName, kicker, headline, dateline }))
    .digest('hex')
    .slice(0, 32);
}

/** Where a card lives in the cache folder: named by its key, so a changed card is a new file. */
export function socialCardCachePath(cacheDir: string, card: SocialCard, colours: CardColours = defaultCardColours): string {
  return join(cacheDir, `${socialCardKey(card, colours)}.png`);
}

type Rgb = readonly [number, number, number];

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A grey coverage mask of some text, one byte per pixel. */
export interface Mask {
  data: Buffer;
  width: number;
  height: number;
}

let fontsLoaded: Promise<void> | undefined;

/**
 * libvips registers a font file with fontconfig the first time it is used and keeps it for the
 * process; naming both families in one Pango description then lets CJK glyphs fall back to the
 * CJK font. So every file is used once, up front.
 */
function loadFonts(fonts: CardFonts): Promise<void> {
  fontsLoaded ??= (async () => {
    for (const [fontfile, font] of [
      [fonts.cjkBold, 'Noto Sans S Chinese Bold 12'],
      [fonts.serifRegular, 'Source Serif 4 12'],
      [fonts.serifBold, 'Source Serif 4 Bold 12'],
    ] as const) {
      await sharp({ text: { text: 'x', fontfile, font } }).raw().toBuffer();
    }
  })();
  return fontsLoaded;
}

/** Draws Pango markup as a coverage mask, after the fonts are registered. Exported for tests. */
export async function textMask(markup: string, font: string, fonts: CardFonts, width = textWidth): Promise<Mask> {
  await loadFonts(fonts);
  return rawTextMask(markup, fonts.serifBold, font, width);
}

async function rawTextMask(markup: string, fontfile: string, font: string, width: number): Promise<Mask> {
  const { data, info } = await sharp({ text: { text: markup, fontfile, font, width, wrap: 'word-char', dpi: 72 } })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Paints `colour` through `mask` onto an RGB image, clipped to the box it may use. */
function paint(image: Buffer, imageWidth: number, mask: Mask, left: number, top: number, colour: Rgb, maxWidth: number, maxHeight: number): void {
  const [r, g, b] = colour;
  const width = Math.min(mask.width, maxWidth, imageWidth - left);
  const height = Math.min(mask.height, maxHeight);
  const coverage = mask.data;
  for (let y = 0; y < height; y++) {
    let m = y * mask.width;
    const end = m + width;
    let d = ((top + y) * imageWidth + left) * 3;
    for (; m < end; m++, d += 3) {
      const a = coverage[m]!;
      if (a === 0) continue;
      const keep = 255 - a;
      // (v * 257 + 32896) >>> 16 is Math.round(v / 255) for every v up to 255 * 255.
      image[d] = ((image[d]! * keep + r * a) * 257 + 32896) >>> 16;
      image[d + 1] = ((image[d + 1]! * keep + g * a) * 257 + 32896) >>> 16;
      image[d + 2] = ((image[d + 2]! * keep + b * a) * 257 + 32896) >>> 16;
    }
  }
}

function fillRect(image: Buffer, imageWidth: number, left: number, top: number, width: number, height: number, colour: Rgb): void {
  for (let y = top; y < top + height; y++) {
    for (let x = left; x < left + width; x++) {
      const d = (y * imageWidth + x) * 3;
      image[d] = colour[0];
      image[d + 1] = colour[1];
      image[d + 2] = colour[2];
    }
  }
}

const mix = (a: Rgb, b: Rgb, share: number): Rgb => [0, 1, 2].map((i) => Math.round(a[i]! * (1 - share) + b[i]! * share)) as unknown as Rgb;

/** Memoised per process: the same site name, topic or dateline is drawn once per build. */
const memo = new Map<string, Promise<Mask | Buffer>>();
function once<T extends Mask | Buffer>(key: string, make: () => Promise<T>): Promise<T> {
  let made = memo.get(key);
  if (!made) {
    made = make();
    memo.set(key, made);
    made.catch(() => memo.delete(key));
  }
  return made as Promise<T>;
}

/** Paper, accent bar, site name and the rule above the dateline: the same on every card. */
function cardBackground(siteName: string, fonts: CardFonts, colours: CardColours): Promise<Buffer> {
  return once(`background|${siteName}|${JSON.stringify(colours)}`, async () => {
    const { width, height } = socialCardSize;
    const image = Buffer.alloc(width * height * 3);
    fillRect(image, width, 0, 0, width, height, rgb(colours.paper));
    fillRect(image, width, 0, 0, width, 14, rgb(colours.accent));
    fillRect(image, width, margin, height - margin - 58, textWidth, 2, mix(rgb(colours.paper), rgb(colours.muted), 0.35));
    const name = await rawTextMask(escapeXml(siteName), fonts.serifBold, `${boldFamilies} 44`, textWidth);
    paint(image, width, name, margin, 56, rgb(colours.accent), textWidth, 80);
    return image;
  });
}

/** Draws one card as PNG. */
export async function renderSocialCard(card: SocialCard, fonts: CardFonts, colours: CardColours = defaultCardColours): Promise<Buffer> {
  await loadFonts(fonts);
  const { width, height } = socialCardSize;
  const [background, kicker, dateline] = await Promise.all([
    cardBackground(card.siteName, fonts, colours),
    card.kicker
      ? once(`kicker|${card.kicker}`, () =>
          rawTextMask(`<span letter_spacing="2048">${escapeXml(card.kicker!.toUpperCase())}</span>`, fonts.serifBold, `${boldFamilies} 24`, textWidth),
        )
      : undefined,
    card.dateline ? once(`dateline|${card.dateline}`, () => rawTextMask(escapeXml(card.dateline!), fonts.serifRegular, `${regularFamilies} 30`, textWidth)) : undefined,
  ]);

  const markup = escapeXml(clampHeadline(card.headline));
  let headline: Mask | undefined;
  for (const size of headlineSizes) {
    headline = await rawTextMask(markup, fonts.serifBold, `${boldFamilies} ${size}`, textWidth);
    if (headline.height <= headlineMaxHeight) break;
  }

  // A fresh 2 MB buffer per card costs more than drawing on it; finished ones are reused.
  const image = spareImages.pop() ?? Buffer.allocUnsafe(background.length);
  background.copy(image);
  if (kicker) paint(image, width, kicker, margin, headlineTop - 48, rgb(colours.accent), textWidth, 40);
  // Even at the smallest size an impossible headline is clipped to its box rather than spill.
  if (headline) paint(image, width, headline, margin, headlineTop, rgb(colours.ink), textWidth, headlineMaxHeight);
  if (dateline) paint(image, width, dateline, margin, height - margin - 40, rgb(colours.muted), textWidth, 40 + margin - 8);
  try {
    // zlib level 2: measured here as both faster and smaller than 1 and 4 for these cards.
    return await sharp(image, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 2 }).toBuffer();
  } finally {
    spareImages.push(image);
  }
}

const spareImages: Buffer[] = [];

/** The publisher logo for structured data: the wordmark on paper, 600x60. */
export async function renderPublisherLogo(siteName: string, fonts: CardFonts, colours: CardColours = defaultCardColours): Promise<Buffer> {
  await loadFonts(fonts);
  const { width, height } = publisherLogoSize;
  const image = Buffer.alloc(width * height * 3);
  fillRect(image, width, 0, 0, width, height, rgb(colours.paper));
  const name = await rawTextMask(escapeXml(siteName), fonts.serifBold, `${boldFamilies} 44`, width);
  paint(image, width, name, 0, Math.max(0, Math.round((height - name.height) / 2)), rgb(colours.accent), width, height);
  return sharp(image, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

export interface CardJob {
  id: string;
  card: SocialCard;
}

export interface CardCacheOptions {
  cacheDir: string;
  fonts?: CardFonts | undefined;
  colours?: CardColours | undefined;
  /** Cards in flight at once: text and PNG encoding of neighbours overlap on two cores. */
  concurrency?: number | undefined;
  /** Called for each card drawn (not found in the cache). */
  onDraw?: (() => void) | undefined;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts drawing every card that is not in the cache yet and returns, per id, a promise of the
 * cached PNG's path. Jobs start in the given order, a few at a time, so the first page that
 * asks waits only for its own card.
 */
export function cachedSocialCards(jobs: readonly CardJob[], options: CardCacheOptions): Map<string, Promise<string>> {
  const { cacheDir, colours = defaultCardColours } = options;
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism() + 1);
  let fonts = options.fonts;
  const ready = mkdir(cacheDir, { recursive: true });
  const results = new Map<string, Promise<string>>();
  let running = 0;
  const waiting: (() => void)[] = [];
  const acquire = () =>
    new Promise<void>((go) => {
      if (running < concurrency) {
        running += 1;
        go();
      } else waiting.push(go);
    });
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  for (const job of jobs) {
    const path = socialCardCachePath(cacheDir, job.card, colours);
    const result = (async () => {
      await ready;
      if (await isFile(path)) return path;
      await acquire();
      try {
        fonts ??= resolveCardFonts();
        const png = await renderSocialCard(job.card, fonts, colours);
        options.onDraw?.();
        // Written aside and renamed, so a build stopped half-way never leaves a torn card.
        const partial = `${path}.${process.pid}.partial`;
        await writeFile(partial, png);
        await rename(partial, path);
        return path;
      } finally {
        release();
      }
    })();
    // The page that asks for the card sees a failure; nobody else must crash on it.
    result.catch(() => undefined);
    results.set(job.id, result);
  }
  return results;
}

/**
 * Draws the ordered cards missing from the cache folder and puts every card in the built site
 * at its path: a hard link to the cached file when both are on one disk, else a copy.
 * Resolves to how many were drawn.
 */
export async function placeSocialCards(siteDir: string, orders: readonly SocialCardOrder[], options: CardCacheOptions): Promise<number> {
  let drawn = 0;
  const cached = cachedSocialCards(
    orders.map((order) => ({ id: order.path, card: order.card })),
    { ...options, onDraw: () => void (drawn += 1) },
  );
  const folders = new Set(orders.map((order) => dirname(join(siteDir, order.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(
    orders.map(async (order) => {
      const from = await cached.get(order.path)!;
      const to = join(siteDir, order.path);
      await link(from, to).catch(() => copyFile(from, to));
    }),
  );
  return drawn;
}
