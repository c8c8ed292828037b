/**
 * URL slugs made from names and headlines. Pure and deterministic: the same text always gives
 * the same address, so a source desk's URL does not move between builds.
 */

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
 * Returns at most `maxSlugLength` characters, cut at a word boundary.
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
