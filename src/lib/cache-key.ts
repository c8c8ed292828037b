/**
 * Keys for Astro's incremental builds (experimental.incrementalBuild): a page whose key and
 * template code are unchanged since the last build is copied from the cache instead of rendered.
 * The key is a hash of the page's props, so the rule for every route with getStaticPaths is:
 * a page renders only what its props hold (plus its own content entry, which Astro tracks).
 */
import { createHash } from 'node:crypto';

export function cacheKeyOf(props: unknown): string {
  return createHash('sha256').update(JSON.stringify(props)).digest('base64url');
}

/** Adds a cacheKey to each path from getStaticPaths (or paginate), hashed from its props. */
export function withCacheKeys<T extends { props?: unknown }>(paths: T[]): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: cacheKeyOf(path.props ?? null) }));
}
