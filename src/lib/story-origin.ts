/**
 * Who a story comes from, as every list names it (home and topic listings, "Read more",
 * "Related coverage", "Referenced by", the search filter): one rule, so the seed reads
 * "Reuters" everywhere and never "Reuters" in one list and "Dateline" in another.
 */

/**
 * The origin of one of our articles: its `source` (the wire agency or paper it comes from)
 * when the editor named one, else our own newsroom, `ownName` (site.name), which wrote it.
 */
export function storyOrigin(data: { source?: string | undefined }, ownName: string): string {
  return data.source ?? ownName;
}
