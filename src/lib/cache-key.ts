/**
 * Keys for Astro's incremental builds (experimental.incrementalBuild): a page whose key and
 * template code are unchanged since the last build is copied from the cache instead of rendered.
 * The key is a hash of the page's props, so the rule for every route with getStaticPaths is:
 * a page renders only what its props hold (plus its own content entry, which Astro tracks), and
 * what every page's shell shows of the content (SiteChrome in src/lib/content.ts).
 */
import { createHash } from 'node:crypto';

export function cacheKeyOf(props: unknown): string {
  return createHash('sha256').update(JSON.stringify(props)).digest('base64url');
}

/**
 * Adds a cacheKey to each path from getStaticPaths (or paginate), hashed from its props and from
 * `chrome`, what the page's shell shows besides (getSiteChrome()): a footer link that appears
 * when the first policy is published must appear on every page, not only on re-rendered ones.
 */
export function withCacheKeys<T extends { props?: unknown }>(paths: T[], chrome: unknown): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: cacheKeyOf({ props: path.props ?? null, chrome }) }));
}
