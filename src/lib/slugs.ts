/**
 * What may be part of an address. Every slug the site turns into a URL path segment (content
 * file names, topic keys) follows one rule, so an address is exactly what the editor typed:
 * nothing is percent-encoded on disk (`/topics/c%23/`) or rewritten behind their back.
 */

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The rule in an editor's words, for messages. */
export const slugRule = 'use lowercase letters, digits and single hyphens';

/** True when `text` can be used as it is as one segment of an address: `ukraine-war`, `2024`. */
export function isSlug(text: string): boolean {
  return slugPattern.test(text);
}
