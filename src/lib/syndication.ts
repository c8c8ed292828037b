/**
 * Wire copy: stories we republish from another news organisation. Google asks publishers of
 * syndicated copies to keep them out of Google News (`Googlebot-News: noindex`) so the
 * originating agency's version ranks; the attribution line is printed either way.
 */

export interface SyndicationFields {
  source?: string | undefined;
  syndicated?: boolean | undefined;
}

/**
 * Whether the article is another organisation's copy. The editor's `syndicated` wins; left
 * unset, a story whose `source` names anyone but our own newsroom counts as syndicated.
 */
export function isSyndicated(data: SyndicationFields, ownName: string): boolean {
  if (data.syndicated !== undefined) return data.syndicated;
  return data.source !== undefined && data.source.trim().toLowerCase() !== ownName.trim().toLowerCase();
}
