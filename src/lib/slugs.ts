/**
 * What may be part of an address, and how names and headlines become one. Every slug the site
 * turns into a URL path segment (content file names, topic keys) follows one rule, so an address
 * is exactly what the editor typed: nothing is percent-encoded on disk (`/topics/c%23/`) or
 * rewritten behind their back. Slugs made from text (a headline for `npm run new`, a source's
 * name for its desk) are pure and deterministic: the same text always gives the same address.
 */

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The rule in an editor's words, for messages. */
export const slugRule = 'use lowercase letters, digits and single hyphens';

/** True when `text` can be used as it is as one segment of an address: `ukraine-war`, `2024`. */
export function isSlug(text: string): boolean {
  return slugPattern.test(text);
}

/** The longest slug made from text; longer text is cut at a word boundary. */
export const maxSlugLength = 60;

/**
 * Letters that Unicode decomposition leaves whole (ß, æ, ø, ł…) spelt in plain Latin, as
 * transliteration conventions for URLs do; accented letters are handled by NFKD.
 */
const latinSpellings: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * A URL slug: "China’s JD.com Has Run on Russian Chocolates" becomes
 * "chinas-jdcom-has-run-on-russian-chocolates", "Agence France-Presse" "agence-france-presse".
 * Accents are dropped, apostrophes and full stops join words, anything else separates them.
 * Scripts without a Latin spelling yield "" (the caller decides what that means).
 * Returns at most `maxSlugLength` characters, cut at a word boundary; always isSlug() or "".
 */
export function slugify(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => latinSpellings[letter]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxSlugLength) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, maxSlugLength);
}

/** Why a source name cannot name its desk (/sources/<slug>/): it gives no slug. */
export function unsluggableSourceMessage(name: string): string {
  return `"${name}" has no letters or digits a web address can use (its desk is /sources/<name>/); write it in Latin letters, e.g. "Xinhua"`;
}
