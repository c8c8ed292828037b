/**
 * Where editors' files live and how a file's path becomes its stable URL slug.
 * The content directory can be swapped (tests, benchmarks) without touching the code path.
 */
// With its extension: scripts/build.mjs loads this file with Node's own type stripping.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isSlug, slugRule } from './slugs.ts';

/** Root of the content tree: `src/content` unless DATELINE_CONTENT_DIR points elsewhere. */
export const contentDir = process.env['DATELINE_CONTENT_DIR'] ?? 'src/content';

/**
 * The slug of a content file is its file name without `.mdx`, whatever folder it sits in, so
 * editors may file articles in sub-folders without changing their URLs. Names that would not
 * make a clean URL are refused rather than silently rewritten, so the URL is what the editor typed.
 */
export function slugFromEntryPath(entryPath: string, baseDir?: string): string {
  const fileName = entryPath.split('/').at(-1) ?? entryPath;
  const slug = fileName.replace(/\.mdx$/, '');
  if (!isSlug(slug)) {
    throw new Error(
      `${baseDir ? `${baseDir}/` : ''}${entryPath}: file name: "${fileName}" cannot be a URL; ${slugRule}, e.g. "russian-chocolates.mdx"`,
    );
  }
  return slug;
}

/**
 * What is wrong when files share a slug: `others` are the other files' paths within the
 * collection's folder (`2022/same-story.mdx`).
 */
export function duplicateSlugMessage(slug: string, others: readonly string[]): string {
  return `another file is also called ${slug}.mdx (${others.join(', ')}); a slug is the article's address, so each must be unique`;
}

/**
 * Astro's build caches (content layer store, optimised images), kept in one known folder.
 * Each content directory gets its own: the content store remembers file paths, so a cache
 * filled from one content tree must never serve another.
 */
export function buildCacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env['DATELINE_CACHE_DIR']) return env['DATELINE_CACHE_DIR'];
  const dir = env['DATELINE_CONTENT_DIR'];
  if (dir === undefined || dir === 'src/content') return '.dateline-cache/astro';
  let hash = 0;
  for (const char of dir) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `.dateline-cache/astro-${hash.toString(36)}`;
}

/**
 * Generated share cards, named by a hash of what is drawn on them: one folder for every content
 * tree, since a card depends only on its own text. Survives builds, so only new cards are drawn.
 */
export function socialCardCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env['DATELINE_SOCIAL_CARD_CACHE_DIR'] || '.dateline-cache/social-cards';
}

/**
 * Whether a picture a body names exists beside the content file `file` (an absolute path): only
 * paths relative to the file (`./photo.jpg`, `../shared/map.png`) are looked for; others are
 * Astro's to resolve.
 */
export const pictureExistsBeside = (file: string) => (path: string) => !/^\.\.?\//.test(path) || existsSync(resolve(dirname(file), path));
