/**
 * The newsroom's standards as readers and machines find them: /about/ and a page per policy
 * written (the fixtures write three: ethics, corrections, masthead), "Our standards" in every
 * footer, the NewsMediaOrganization carrying exactly those policies' URLs, articles naming it as
 * publisher, and the corrections page pointing to the corrections policy.
 * Without any policy there is no /about/ and no link (tests/build/check.test.ts, real content).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/urls';
import { jsonLd, jsonLdOfType, type JsonLdNode } from '../support/metadata';
import { seed } from '../support/seed';
import { page, siteDir, textOf } from '../support/site';

const fixturePolicies = [
  { path: '/about/ethics/', title: 'Fixture: ethics policy', updated: '2026-05-01', text: 'standing in for a newsroom’s own ethics policy' },
  { path: '/about/corrections/', title: 'Fixture: corrections policy', updated: '2026-05-02T09:30:00+01:00', text: 'own corrections policy' },
  { path: '/about/masthead/', title: 'Fixture: masthead', updated: '2026-04-20', text: 'a newsroom’s masthead' },
];

/** The policy properties the fixtures' three policies give the newsroom, and no others. */
const expectedPolicies = {
  publishingPrinciples: absoluteUrl('/about/'),
  ethicsPolicy: absoluteUrl('/about/ethics/'),
  correctionsPolicy: absoluteUrl('/about/corrections/'),
  masthead: absoluteUrl('/about/masthead/'),
};
const allPolicyProperties = [
  'publishingPrinciples',
  'missionCoveragePrioritiesPolicy',
  'ethicsPolicy',
  'correctionsPolicy',
  'verificationFactCheckingPolicy',
  'unnamedSourcesPolicy',
  'ownershipFundingInfo',
  'diversityPolicy',
  'actionableFeedbackPolicy',
  'masthead',
];

/** The newsroom node's policy properties, as a search engine reads them. */
function policiesOf(node: JsonLdNode): Record<string, unknown> {
  return Object.fromEntries(Object.entries(node).filter(([key]) => allPolicyProperties.includes(key)));
}

describe('the standards pages', () => {
  it('lists every policy written, in the standards order, each with its last update', () => {
    const $ = page('/about/');
    expect(textOf($, 'h1')).toBe('Our standards');
    const items = $('main li').map((_, li) => ({ href: $(li).find('a').attr('href'), title: $(li).find('a').text(), updated: $(li).find('time').attr('datetime') })).get();
    expect(items).toEqual(fixturePolicies.map(({ path, title, updated }) => ({ href: path, title, updated })));
  });

  it.each(fixturePolicies)('publishes $path with its title, update time and text, linking to the others', ({ path, title, updated, text }) => {
    const $ = page(path);
    expect(textOf($, 'h1')).toBe(title);
    expect($('.article-header time').attr('datetime')).toBe(updated);
    expect(textOf($, '.article-body')).toContain(text);
    expect($('.article-header a.kicker').attr('href')).toBe('/about/');
    const others = $('nav[aria-labelledby="more-standards"] a').map((_, a) => $(a).attr('href')).get();
    expect(others).toEqual(fixturePolicies.map((p) => p.path).filter((other) => other !== path));
  });

  it('has no page for a policy the newsroom has not written', () => {
    for (const kind of ['mission', 'verification', 'unnamed-sources', 'ownership', 'diversity', 'feedback']) {
      expect(existsSync(join(siteDir(), 'about', kind)), kind).toBe(false);
    }
  });

  it('links "Our standards" from every page’s footer', () => {
    for (const path of ['/', `/articles/${seed.slug}/`, '/topics/', '/topics/china/', '/read-more/lithuania-china-led-boycott/', '/corrections/', '/search/', '/about/ethics/', '/404.html']) {
      const $ = page(path);
      const link = $('footer.site-footer a').filter((_, a) => $(a).text() === 'Our standards');
      expect(link.attr('href'), path).toBe('/about/');
    }
  });

  it('tells readers of the corrections page how corrections are made', () => {
    const $ = page('/corrections/');
    expect($('main a[href="/about/corrections/"]').text()).toBe('Fixture: corrections policy');
  });
});

describe('the newsroom in structured data', () => {
  it('describes the newsroom with the URL of exactly the policies it publishes', () => {
    for (const path of ['/about/', '/about/masthead/']) {
      const organisation = jsonLdOfType(page(path), 'NewsMediaOrganization');
      expect(organisation['@id'], path).toBe(`${absoluteUrl('/')}#publisher`);
      expect(organisation['name'], path).toBe('Dateline');
      expect(policiesOf(organisation), path).toEqual(expectedPolicies);
    }
  });

  it('places each policy page under the standards page in its breadcrumbs', () => {
    const crumbs = jsonLdOfType(page('/about/ethics/'), 'BreadcrumbList')['itemListElement'] as { name: string; item: string }[];
    expect(crumbs.map((crumb) => crumb.item)).toEqual([absoluteUrl('/'), absoluteUrl('/about/'), absoluteUrl('/about/ethics/')]);
  });

  it('names the same newsroom, policies and all, as the publisher of articles and of the site', () => {
    const article = jsonLdOfType(page(`/articles/${seed.slug}/`), 'ReportageNewsArticle')['publisher'] as JsonLdNode;
    const site = jsonLdOfType(page('/'), 'WebSite')['publisher'] as JsonLdNode;
    for (const publisher of [article, site]) {
      expect(publisher['@type']).toBe('NewsMediaOrganization');
      expect(publisher['@id']).toBe(`${absoluteUrl('/')}#publisher`);
      expect(policiesOf(publisher)).toEqual(expectedPolicies);
    }
    expect(jsonLd(page('/topics/china/')).some((node) => node['@type'] === 'NewsMediaOrganization')).toBe(false);
  });
});
