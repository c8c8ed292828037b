/**
 * A developing story (tests/fixtures/site-content/articles/fixture-live.mdx) as readers, search
 * engines and feed readers get it: updates newest first with their own anchors, key events,
 * LIVE and "Updated" labels, LiveBlogPosting, and feed items that carry every update.
 */
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { jsonLdOfType, metaContent } from '../support/metadata';
import { builtFile, page, textOf } from '../support/site';

const path = '/articles/fixture-live/';
const url = new URL(path, site.url).href;
/** The fixture's updates, newest first, as its page must show them (written oldest first). */
const updates = [
  { id: 'update-2026-06-15-1140', clock: '11:40 BST', title: 'Fixture desk signs off for lunch' },
  { id: 'update-2026-06-15-1045', clock: '10:45 BST', title: undefined },
  { id: 'update-2026-06-15-0930', clock: '09:30 BST', title: 'Fixture key event: the vote passes' },
  { id: 'update-2026-06-15-0815', clock: '08:15 BST', title: 'Fixture coverage opens' },
];

describe('the page of a developing story', () => {
  const $ = page(path);
  const blocks = $('.article-body article.live-update');

  it('shows every update newest first, each with its time, its own anchor and a permalink to it', () => {
    expect(blocks.length).toBe(updates.length);
    blocks.each((index, block) => {
      const expected = updates[index]!;
      const heading = $(block).find('h2.update-heading');
      expect(heading.attr('id')).toBe(expected.id);
      expect($(block).attr('aria-labelledby')).toBe(expected.id);
      expect(heading.find('a.update-permalink').attr('href')).toBe(`#${expected.id}`);
      expect(textOf($, `#${expected.id} .update-clock`)).toBe(expected.clock);
      expect(heading.find('time').attr('datetime')).toBe(`2026-06-15T${expected.clock.slice(0, 5)}:00+01:00`);
      expect(heading.find('.update-title').text() || undefined).toBe(expected.title);
    });
    // The introduction stays above the updates, where the editor put it.
    expect($('.article-body').children().first().is('p')).toBe(true);
    expect(new Set($('[id]').map((_, el) => $(el).attr('id')).get()).size).toBe($('[id]').length);
  });

  it('lists the key events at the top, linking to their updates, and marks them in the stream', () => {
    const keyEvents = $('nav.key-events');
    expect(keyEvents.find('h2').text()).toBe('Key events');
    expect(keyEvents.nextAll('.article-body').length).toBe(1);
    const links = keyEvents.find('li a');
    expect(links.map((_, a) => $(a).attr('href')).get()).toEqual(['#update-2026-06-15-0930']);
    expect(links.find('.key-event-title').text()).toBe('Fixture key event: the vote passes');
    expect($('article.key-event h2').attr('id')).toBe('update-2026-06-15-0930');
    expect($('article.key-event .key-event-label').text()).toBe('Key event');
  });

  it('says it is live and when it was last updated, on the newsroom clock, from its newest update', () => {
    expect(textOf($, '.article-header .live-badge')).toBe('Live');
    expect(textOf($, '.article-header .updated')).toBe('Updated 11:40 BST, 15 June 2026');
    expect($('.article-header .updated time').attr('datetime')).toBe('2026-06-15T11:40:00+01:00');
    expect(textOf($, '.live-note')).toMatch(/reload the page for the latest/);
    expect(metaContent($, 'article:modified_time')).toBe('2026-06-15T11:40:00+01:00');
    // No script keeps it fresh: the reader reloads. The page has only the scripts every article has.
    const scripts = ($page: typeof $) => $page('script:not([type="application/ld+json"])').map((_, el) => $page(el).html()).get();
    expect(scripts($)).toEqual(scripts(page('/articles/fixture-photo/')));
  });

  it('keeps the correction beside the update posted after it', () => {
    expect(textOf($, '.corrections li')).toContain('An earlier fixture update gave the wrong count of test rows.');
    expect(textOf($, '#update-2026-06-15-1045 ~ *')).toBe('');
    expect($('#update-2026-06-15-1045').closest('article').text()).toContain('posted after the correction');
  });

  it('is a LiveBlogPosting with its coverage start and one BlogPosting per update, newest first', () => {
    const data = jsonLdOfType($, 'LiveBlogPosting');
    expect(data['coverageStartTime']).toBe('2026-06-15T08:00:00+01:00');
    // Still live: the coverage has not ended.
    expect(data['coverageEndTime']).toBeUndefined();
    expect(data['dateModified']).toBe('2026-06-15T11:40:00+01:00');
    const posted = data['liveBlogUpdate'] as Record<string, string>[];
    expect(posted.map((update) => update['url'])).toEqual(updates.map((update) => `${url}#${update.id}`));
    expect(posted.every((update) => update['@type'] === 'BlogPosting')).toBe(true);
    expect(posted[0]).toMatchObject({
      headline: 'Fixture desk signs off for lunch',
      datePublished: '2026-06-15T11:40:00+01:00',
      articleBody: 'The newest fixture update, at the top of the page.',
    });
    // An untitled update lends its words to the headline.
    expect(posted[1]!['headline']).toMatch(/^An untitled fixture update posted after the correction/);
    expect($('script[type="application/ld+json"]').text()).not.toContain('"NewsArticle"');
  });
});

describe('a developing story in listings', () => {
  it('carries the LIVE label on the home page and its topic page; other stories do not', () => {
    for (const listing of ['/', '/topics/markets/']) {
      const $ = page(listing);
      const live = $('.article-summary').filter((_, item) => $(item).find(`a[href="${path}"]`).length > 0);
      expect(live.find('.live-badge').text(), listing).toBe('Live');
      expect(textOf($, `.article-summary:has(a[href="${path}"]) .updated`), listing).toBe('Updated 11:40 BST, 15 June 2026');
      expect($('.live-badge').length, listing).toBe(1);
    }
  });

  it('a story without updates is no live page', () => {
    const $ = page('/articles/fixture-photo/');
    expect($('.live-badge, .key-events, .live-update').length).toBe(0);
    expect(() => jsonLdOfType($, 'LiveBlogPosting')).toThrow();
  });
});

describe('a developing story in the feeds', () => {
  it('keeps its guid and carries every update in full in RSS', () => {
    const item = parseRssFeed(builtFile('/rss.xml')).items?.find((entry) => entry.link === url);
    expect(item?.guid?.value).toBe(url);
    const content = item?.content?.encoded ?? '';
    for (const update of updates) expect(content).toContain(`id="${update.id}"`);
    expect(content).toContain(`href="${url}#update-2026-06-15-0930"`);
    expect(content).toContain('zanzibarquill');
    // Newest first there too.
    expect(content.indexOf(updates[0]!.id)).toBeLessThan(content.indexOf(updates[3]!.id));
  });

  it('dates the JSON Feed item from its newest update', () => {
    const item = parseJsonFeed(builtFile('/feed.json')).items?.find((entry) => entry.id === url);
    expect(item?.date_published).toBe('2026-06-15T08:00:00+01:00');
    expect(item?.date_modified).toBe('2026-06-15T11:40:00+01:00');
    expect(item?.content_html).toContain('The first fixture update');
  });
});
