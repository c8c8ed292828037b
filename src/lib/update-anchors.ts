/**
 * The anchors of a developing story's updates (`#update-2026-06-15-0930`), shared by the body
 * component that writes them (src/editorial/update.ts) and the search page that links to them.
 * Kept apart so the search page's script does not carry the body pipeline.
 */

export const updateAnchorPrefix = 'update-';

/**
 * The anchor of an update posted at `zonedIso` (ISO 8601 on the newsroom clock, as toZonedIso
 * gives it): its minute, so a link to the update survives any edit of its words.
 */
export function updateAnchorAt(zonedIso: string): string {
  return `${updateAnchorPrefix}${zonedIso.slice(0, 10)}-${zonedIso.slice(11, 13)}${zonedIso.slice(14, 16)}`;
}
