/**
 * Text shortened to fit a place (a meta description, a share card, a message), cut where a
 * reader would: at a word, and never inside a character they see as one. Pure; no imports, so
 * the share-card worker can load it in plain Node.
 */

/** Grapheme clusters: what a reader sees as one character (an emoji, a letter with its accents). */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The last place at or before `index` where `text` may be cut without splitting a character a reader sees. */
function graphemeBoundary(text: string, index: number): number {
  let boundary = 0;
  // Whether a break falls before a character depends only on what comes before it and on the
  // character itself, so the text up to it decides.
  for (const { index: start } of graphemes.segment(text.slice(0, index + 1))) boundary = start;
  return boundary;
}

/**
 * `text` whole when it fits in `maxLength` characters (UTF-16 units), else cut at a word
 * boundary with an ellipsis; text without spaces (Chinese, Japanese) is cut between graphemes,
 * never inside an emoji or a letter's accents.
 */
export function cutAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const end = lastSpace > maxLength / 2 ? lastSpace : graphemeBoundary(text, maxLength);
  return `${text.slice(0, end).replace(/[\s,;:.–—-]+$/, '')}…`;
}
