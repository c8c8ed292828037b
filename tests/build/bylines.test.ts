/**
 * Bylines and source desks as readers, feed readers and search engines see them: the byline
 * under the headline, author pages and source desks with their stories and feeds, and the
 * schema.org credits. Drafts and embargoed stories never reach a desk.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { jsonLdOfType } from '../support/metadata';
import { seed } from '../support/seed';
import { builtFile, page, siteDir, textOf } from '../support/site';

const abs = (path: string) => new URL(path, site.url).href;
const listed = (path: string) => {
  const $ = page(path);
  return $('.article-list .summary-title a').map((_, a) => $(a).attr('href')).get();
};

describe('the byline', () => {
  it('sits under the headline, each name linked to the author\'s page in the editor\'s order', () => {
    const $ = page('/articles/fixture-byline/');
    expect(textOf($, '.article-header .byline-authors')).toBe('By Ada Fixture and Bram Fixture');
    expect($('.byline-authors a[rel="author"]').map((_, a) => $(a).attr('href')).get()).toEqual([
      '/authors/ada-fixture/',
      '/authors/bram-fixture/',
    ]);
    expect($('.article-header h1 ~ .byline-authors').length).toBe(1);
  });

  it('is never invented: the seed story has none, and its credit line stays as printed', () => {
    const $ = page(`/articles/${seed.slug}/`);
    expect($('.byline-authors, a[rel="author"]').length).toBe(0);
    expect(textOf($, '.attribution')).toBe(seed.attribution);
    const article = jsonLdOfType($, 'ReportageNewsArticle');
    expect(article['author']).toEqual([{ '@type': 'Organization', name: 'Reuters' }]);
    expect(article['editor']).toEqual({ '@type': 'Person', name: 'George Russell' });
  });

  it('makes JSON-LD authors Persons with their page and their links elsewhere', () => {
    const article = jsonLdOfType(page('/articles/fixture-byline/'), 'ReportageNewsArticle');
    expect(article['author']).toEqual([
      {
        '@type': 'Person',
        name: 'Ada Fixture',
        url: abs('/authors/ada-fixture/'),
        jobTitle: 'Test fixture correspondent',
        sameAs: ['https://example.com/people/ada-fixture', 'https://social.example/@adafixture'],
      },
      { '@type': 'Person', name: 'Bram Fixture', url: abs('/authors/bram-fixture/') },
    ]);
  });

  it('keeps the agency as source organisation of wire copy with a byline, by its full name', () => {
    const article = jsonLdOfType(page('/articles/fixture-wire-byline/'), 'ReportageNewsArticle');
    expect((article['author'] as { '@type': string }[]).map((a) => a['@type'])).toEqual(['Person']);
    expect(article['sourceOrganization']).toEqual({ '@type': 'Organization', name: 'Fixture Press Agency', url: 'https://example.org/fpa/' });
  });

  it('credits unsigned wire copy to its agency as an Organization', () => {
    const article = jsonLdOfType(page('/articles/fixture-corrected/'), 'ReportageNewsArticle');
    expect(article['author']).toEqual([{ '@type': 'Organization', name: 'Fixture Wire Service', url: 'https://example.com/fixture-wire/' }]);
  });
});

describe('author pages', () => {
  it('introduce the author: name, role, photo, bio and links elsewhere', () => {
    const $ = page('/authors/ada-fixture/');
    expect(textOf($, 'h1')).toBe('Ada Fixture');
    expect(textOf($, '.profile-role')).toBe('Test fixture correspondent');
    expect($('.profile img').attr('alt')).toBe('A drawn test portrait: a grey silhouette on a pale blue ground');
    expect($('.profile img').attr('src')).toMatch(/^\/_astro\/ada-fixture\..*\.webp$/);
    expect(textOf($, '.profile-bio')).toMatch(/^Ada Fixture is not a real person/);
    expect($('.profile-links a').map((_, a) => $(a).attr('href')).get()).toEqual([
      'https://example.com/people/ada-fixture',
      'https://social.example/@adafixture',
    ]);
    expect($('.profile-links a').first().attr('rel')).toBe('noopener noreferrer');
  });

  it('list their published stories newest first, without drafts or embargoed ones', () => {
    expect(listed('/authors/ada-fixture/')).toEqual(['/articles/fixture-byline/', '/articles/fixture-wire-byline/']);
    // Bram is also on the embargoed story's byline.
    expect(listed('/authors/bram-fixture/')).toEqual(['/articles/fixture-byline/']);
  });

  it('do not exist for an author with no published story, nor does their feed', () => {
    expect(existsSync(join(siteDir(), 'authors/cy-fixture'))).toBe(false);
    // A page with only a name: no role line, no photo, no links.
    const $ = page('/authors/bram-fixture/');
    expect($('.profile-role, .profile img, .profile-links').length).toBe(0);
  });

  it('describe the author to search engines as a ProfilePage', () => {
    const profile = jsonLdOfType(page('/authors/ada-fixture/'), 'ProfilePage');
    expect(profile['url']).toBe(abs('/authors/ada-fixture/'));
    expect(profile['mainEntity']).toMatchObject({ '@type': 'Person', name: 'Ada Fixture', url: abs('/authors/ada-fixture/') });
  });
});

describe('source desks', () => {
  it('are linked from the source on the article page', () => {
    const $ = page(`/articles/${seed.slug}/`);
    expect($('.article-header a.source').attr('href')).toBe('/sources/reuters/');
    expect(textOf($, '.article-header a.source')).toBe('Reuters');
    expect(page('/articles/fixture-wire-byline/')('.article-header a.source').attr('href')).toBe('/sources/fpa/');
  });

  it('list the stories of every distinct source, newest first', () => {
    expect(listed('/sources/reuters/')).toEqual([`/articles/${seed.slug}/`]);
    expect(listed('/sources/dateline/')).toEqual([
      '/articles/fixture-photo/',
      '/articles/fixture-live/',
      '/articles/fixture-follow-up/',
      '/articles/fixture-byline/',
      '/articles/fixture-media/',
      '/articles/fixture-markdown/',
      '/articles/fixture-editorial/',
      '/articles/fixture-long-words/',
      '/articles/fixture-chinese/',
    ]);
    // The hostile fixture's source "Wire & <Co> \"Ltd\"" has a clean address and its name as text.
    expect(textOf(page('/sources/wire-co-ltd/'), 'h1')).toBe('Wire & <Co> "Ltd"');
  });

  it('use what the sources collection says: full name, description, the agency\'s own site', () => {
    const $ = page('/sources/fixture-wire/');
    expect(textOf($, 'h1')).toBe('Fixture Wire Service');
    expect(textOf($, '.listing-intro')).toBe('Test fixture: a news agency that exists only in the test suite.');
    expect($('.outside-link a').attr('href')).toBe('https://example.com/fixture-wire/');
    expect($('meta[name="description"]').attr('content')).toBe('Test fixture: a news agency that exists only in the test suite.');
    const collection = jsonLdOfType($, 'CollectionPage');
    expect(collection['about']).toEqual({ '@type': 'Organization', name: 'Fixture Wire Service', url: 'https://example.com/fixture-wire/' });
  });

  it('leave out drafts and embargoed stories, and a source with none published has no desk', () => {
    // FPA's draft is not listed; the embargoed story's only source has no page or feed at all.
    expect(listed('/sources/fpa/')).toEqual(['/articles/fixture-wire-byline/']);
    expect(existsSync(join(siteDir(), 'sources/fixture-embargo-wire'))).toBe(false);
  });
});

describe('author and source feeds', () => {
  it('carry each story in full, with absolute links, credited to its authors', () => {
    const feed = parseRssFeed(builtFile('/authors/ada-fixture/rss.xml'));
    expect(feed.title).toBe('Dateline: Ada Fixture');
    expect(feed.link).toBe(abs('/authors/ada-fixture/'));
    const [item] = feed.items ?? [];
    expect(item?.link).toBe(abs('/articles/fixture-byline/'));
    expect(item?.dc?.creators).toEqual(['Ada Fixture', 'Bram Fixture']);
    const $ = load(item?.content?.encoded ?? '');
    expect($('p').first().text()).toBe('Test fixture body of a story written by two fixture reporters, with a link to the seed story.');
    expect($('a').attr('href')).toBe(abs(`/articles/${seed.slug}/`));
  });

  it('carry the seed story from the Reuters desk with its credit line', () => {
    const [item] = parseRssFeed(builtFile('/sources/reuters/rss.xml')).items ?? [];
    expect(item?.title).toBe(seed.headline);
    expect(item?.dc?.creators).toEqual([seed.attribution]);
    const $ = load(item?.content?.encoded ?? '');
    expect($('p').map((_, p) => $(p).text()).get()).toEqual([...seed.paragraphs, seed.attribution]);
  });
});

describe('the sitemap', () => {
  it('lists author pages and source desks, and no page for an author without a published story', () => {
    const $ = load(builtFile('/sitemap-0.xml'), { xml: true });
    const locs = $('loc').map((_, loc) => $(loc).text()).get();
    expect(locs).toEqual(expect.arrayContaining([abs('/authors/ada-fixture/'), abs('/authors/bram-fixture/'), abs('/sources/reuters/'), abs('/sources/fpa/')]));
    expect(locs.filter((loc) => /cy-fixture|fixture-embargo-wire/.test(loc))).toEqual([]);
  });
});
