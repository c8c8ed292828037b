import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/urls';
import { builtFile, page, siteDir, textOf } from '../support/site';
import { seed } from '../support/seed';
import { searchRecords } from '../support/search-records';

const seedPath = `/articles/${seed.slug}/`;
const builtPage = (href: string) => existsSync(join(siteDir(), href, 'index.html'));

describe('links around the seed article', () => {
  const $ = page(seedPath);

  it('"Read more" shows its three titles in the editor order, each linking to a page with that title', () => {
    const links = $('#read-more + ol > li > a')
      .map((_, a) => ({ title: $(a).text(), href: $(a).attr('href') ?? '' }))
      .get();
    expect(links.map((link) => link.title)).toEqual(seed.readMoreTitles);
    for (const link of links) {
      expect(link.href).toMatch(/^\/read-more\/[a-z0-9-]+\/$/);
      expect(textOf(page(link.href), 'h1'), link.href).toBe(link.title);
    }
  });

  it('each read-more page lists the seed article under "Referenced by"', () => {
    for (const href of $('#read-more + ol > li > a').map((_, a) => $(a).attr('href')).get()) {
      const target = page(href);
      const referrers = target('#referenced-by + ol > li > a');
      expect(referrers.map((_, a) => target(a).attr('href')).get(), href).toContain(seedPath);
      expect(referrers.filter((_, a) => target(a).attr('href') === seedPath).text()).toBe(seed.headline);
    }
  });

  it('"Related coverage" offers published stories it does not already list, and every link resolves', () => {
    const related = $('#related + ol > li > a');
    const hrefs = related.map((_, a) => $(a).attr('href')).get();
    // The follow-up fixture shares the China topic; the draft and the embargoed story never show.
    expect(hrefs).toEqual(['/articles/fixture-follow-up/']);
    expect(related.first().text()).toBe('Fixture: a follow-up that cites the seed story');
    const readMore = $('#read-more + ol a').map((_, a) => $(a).attr('href')).get();
    for (const href of hrefs) {
      expect(readMore).not.toContain(href);
      expect(builtPage(href), href).toBe(true);
    }
  });

  it('keeps the link lists out of the search index and the story body', () => {
    for (const id of ['read-more', 'related']) {
      const section = $(`section[aria-labelledby="${id}"]`);
      expect(section.attr('data-pagefind-ignore'), id).toBeDefined();
      expect(section.closest('[data-pagefind-body]').length, id).toBe(0);
    }
  });

  it('the follow-up that cites the seed is not offered it again as related', () => {
    const followUp = page('/articles/fixture-follow-up/');
    expect(followUp('#read-more + ol a').map((_, a) => followUp(a).attr('href')).get()).toContain(seedPath);
    expect(followUp('#related + ol a').map((_, a) => followUp(a).attr('href')).get()).not.toContain(seedPath);
  });

  it('the seed article lists the follow-up and the story with a rich link to it under "Referenced by", newest first', () => {
    expect($('#referenced-by + ol a').map((_, a) => $(a).attr('href')).get()).toEqual(['/articles/fixture-follow-up/', '/articles/fixture-editorial/']);
  });
});

describe('related coverage belongs to the page only', () => {
  const $ = page(seedPath);
  const relatedTitles = $('#related + ol > li > a').map((_, a) => $(a).text()).get();
  const seedUrl = absoluteUrl(seedPath);

  it('is shown on the seed article (so the checks below test something)', () => {
    expect(relatedTitles).toEqual(['Fixture: a follow-up that cites the seed story']);
  });

  it('is not in the seed article\'s feed items', () => {
    const rssItem = parseRssFeed(builtFile('/rss.xml')).items?.find((item) => item.link === seedUrl);
    const jsonItem = (parseJsonFeed(JSON.parse(builtFile('/feed.json'))).items ?? []).find((item) => item?.url === seedUrl);
    for (const html of [rssItem?.content?.encoded, jsonItem?.content_html]) {
      const content = load(html ?? '').text();
      expect(content).toContain(seed.paragraphs[0]);
      expect(content).not.toContain('Related coverage');
      for (const title of relatedTitles) expect(content).not.toContain(title);
    }
  });

  it('is not in the seed article\'s search record', () => {
    const record = searchRecords(siteDir()).find((fragment) => fragment.url === seedPath);
    expect(record?.content).toContain(seed.paragraphs[0]);
    expect(record?.content).not.toContain('Related coverage');
    for (const title of relatedTitles) expect(record?.content).not.toContain(title);
  });
});
