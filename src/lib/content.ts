/**
 * The single door to the collections. Pages call getNewsroom(); the collections are read,
 * validated and indexed once per build, however many pages ask.
 */
import { getCollection } from 'astro:content';
import { previewUnpublished } from 'virtual:dateline/publishing-mode';
import { buildNewsroom, type Newsroom } from './newsroom';
import { isPolicyKind, policiesInOrder, type Policy, type PolicyKind } from './policies';
import { buildTime } from './publishing';

let newsroom: Promise<Newsroom> | undefined;

export function getNewsroom(): Promise<Newsroom> {
  // The dev server sees content change under it, so it re-reads on every request.
  if (previewUnpublished || !newsroom) {
    newsroom = Promise.all([getCollection('articles'), getCollection('readMore')]).then(([articles, readMoreItems]) =>
      buildNewsroom(articles, readMoreItems, {
        now: buildTime(),
        includeUnpublished: previewUnpublished,
        // One line per build; `npm run bench` reads it as the related pass's time.
        onRelatedComputed: previewUnpublished
          ? undefined
          : (stats) => console.log(`[related] ${stats.stories} stories, ${stats.candidatesScored} candidates scored in ${stats.milliseconds}ms`),
      }),
    );
  }
  return newsroom;
}

let policies: Promise<Policy[]> | undefined;

/** The newsroom's published policies, in the standards page's order; read once per build. */
export function getPolicies(): Promise<Policy[]> {
  if (previewUnpublished || !policies) policies = getCollection('policies').then(policiesInOrder);
  return policies;
}

/**
 * What every page shows of the content beyond its own props: which policies exist (the footer's
 * "Our standards" link, the publisher's policy URLs in JSON-LD). Every cached route puts it in
 * its pages' keys (withCacheKeys), so publishing a first policy re-renders every page.
 */
export interface SiteChrome {
  policyKinds: PolicyKind[];
}

export async function getSiteChrome(): Promise<SiteChrome> {
  return { policyKinds: (await getPolicies()).map((policy) => policy.id).filter(isPolicyKind) };
}
