/**
 * The newsroom's published standards: which policies a newsroom may publish, where each is read
 * (`/about/<kind>/`) and which schema.org property names it. The product ships none of the texts;
 * a newsroom writes its own in src/content/policies/<kind>.mdx.
 */
import type { CollectionEntry } from 'astro:content';
import { slugFromEntryPath } from './content-paths';

export type Policy = CollectionEntry<'policies'>;

/**
 * The kinds of policy, in the order the standards page lists them. Each maps to the
 * NewsMediaOrganization property that points to it (schema.org, after the Trust Project's
 * Trust Indicators: https://schema.org/NewsMediaOrganization).
 */
export const policyProperties = {
  mission: 'missionCoveragePrioritiesPolicy',
  ethics: 'ethicsPolicy',
  corrections: 'correctionsPolicy',
  verification: 'verificationFactCheckingPolicy',
  'unnamed-sources': 'unnamedSourcesPolicy',
  ownership: 'ownershipFundingInfo',
  diversity: 'diversityPolicy',
  feedback: 'actionableFeedbackPolicy',
  masthead: 'masthead',
} as const;

export type PolicyKind = keyof typeof policyProperties;
export const policyKinds = Object.keys(policyProperties) as PolicyKind[];

export function isPolicyKind(value: string): value is PolicyKind {
  return Object.hasOwn(policyProperties, value);
}

/**
 * The kind of a policy file from its path (`ethics.mdx` → `ethics`), for the collection's loader
 * and the check. Throws, naming the file, when the name is not one of the kinds: an unknown file
 * would otherwise be published at an address nothing links to, or silently ignored.
 */
export function policyKindFromEntryPath(entryPath: string, baseDir?: string): PolicyKind {
  const kind = slugFromEntryPath(entryPath, baseDir);
  if (isPolicyKind(kind)) return kind;
  throw new Error(
    `${baseDir ? `${baseDir}/` : ''}${entryPath}: file name: "${kind}.mdx" is not a kind of policy; name it one of ${policyKinds.map((k) => `${k}.mdx`).join(', ')}`,
  );
}

/** Published policies in the standards page's order (policyKinds), whatever order they were read in. */
export function policiesInOrder(policies: readonly Policy[]): Policy[] {
  return [...policies].sort((a, b) => policyKinds.indexOf(a.id as PolicyKind) - policyKinds.indexOf(b.id as PolicyKind));
}

/** The kinds no file was written for, in policyKinds order: `npm run check` names them as notes. */
export function missingPolicyKinds(present: Iterable<string>): PolicyKind[] {
  const have = new Set(present);
  return policyKinds.filter((kind) => !have.has(kind));
}
