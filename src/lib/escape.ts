/**
 * Escaping for text written into markup by hand: feeds, the news sitemap, feed item bodies and
 * the Pango markup of share cards. Only the five predefined XML entities are used: HTML5 and
 * Pango read them, and @astrojs/rss re-parses its custom data, where a numeric character
 * reference would come out double-escaped.
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
