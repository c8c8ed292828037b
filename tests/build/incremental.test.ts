/**
 * Rebuilds reuse unchanged pages from the cache (experimental.incrementalBuild with cacheKeys
 * hashed from props). The danger is a stale page: this edits one article between two builds
 * sharing every cache (headline, body, and a new correction) and checks that everything that
 * shows it shows the edit: pages, feeds, sitemaps, the search index, its share card. Rendered
 * bodies are kept in the content store too (src/loaders/mdx-entries.ts): the edited body must
 * show, not the stored one.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/urls';
import { mergeContent, projectRoot, runBuild, tempDir, type BuildResult } from '../support/build';
import { jsonLdOfType } from '../support/metadata';
import { seed } from '../support/seed';
import { searchRecords } from '../support/search-records';

const work = tempDir('incremental');
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
// The share-card cache too, so the first build here draws the card the rebuild must replace.
const env = { DATELINE_NOW: '2026-06-15T12:00:00Z', DATELINE_SOCIAL_CARD_CACHE_DIR: join(work, 'cards') };
const oldTitle = 'Fixture: a follow-up that cites the seed story';
const newTitle = 'Fixture: the follow-up, retitled between two builds';
const newBody = 'Fixture text rewritten between two builds.';
const correction = 'Fixture correction added between two builds.';
const followUpUrl = absoluteUrl('/articles/fixture-follow-up/');
const finalUpdate = 'Fixture coverage ends between two builds';
const cardPath = 'social/articles/fixture-follow-up.png';
const newAuthorName = 'Bramwell Renamed-Fixture';
const newBio = 'Ada Fixture, bio rewritten between two builds, is still not a real person';
const newSourceName = 'Fixture Press Agency, renamed between two builds';
let rebuild: BuildResult;

function editFile(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}
let firstCard: Buffer;

const html = (path: string) => load(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
const built = (path: string) => readFileSync(join(outDir, path), 'utf8');
const xml = (path: string) => load(built(path), { xml: true });

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
}

/** The search index's record of the page at `url`, from whichever shard holds it. */
const searchRecord = (url: string) => searchRecords(outDir).find((record) => record.url === url);

beforeAll(async () => {
  mergeContent(contentDir, join(projectRoot, 'src/content'), join(projectRoot, 'tests/fixtures/site-content'));
  // A <RichLink> card of the story that the rebuild retitles, on another page.
  const editorial = join(contentDir, 'articles/fixture-editorial.mdx');
  writeFileSync(editorial, `${readFileSync(editorial, 'utf8')}\n<RichLink to="articles/fixture-follow-up" />\n`);
  // The newsroom publishes its first policies only before the third build (below).
  rmSync(join(contentDir, 'policies'), { recursive: true, force: true });
  const first = await runBuild({ contentDir, outDir, cacheDir, env });
  expect(first.code, first.output).toBe(0);
  firstCard = readFileSync(join(outDir, cardPath));
  const file = join(contentDir, 'articles/fixture-follow-up.mdx');
  const edited = readFileSync(file, 'utf8')
    .replace(oldTitle, newTitle)
    .replace('More fixture text.', newBody)
    // 12:50 in London is 11:50 UTC: later than any other fixture's change, so the home page's too.
    .replace('topics: [china, trade]\n', `topics: [china, trade]\ncorrections:\n  - date: "2026-06-15T12:50"\n    text: "${correction}"\n`);
  expect(edited).toContain(correction);
  writeFileSync(file, edited);
  // The people and agencies in credits change too: a renamed author, a rewritten bio, an
  // agency's full name. Every page and feed that credits them must follow.
  editFile(join(contentDir, 'authors/bram-fixture.mdx'), 'name: Bram Fixture', `name: ${newAuthorName}`);
  editFile(join(contentDir, 'authors/ada-fixture.mdx'), 'Ada Fixture is not a real person', newBio);
  editFile(join(contentDir, 'sources/fpa.mdx'), 'name: Fixture Press Agency', `name: ${newSourceName}`);

  // The developing story gets its final update, and its coverage ends.
  const live = join(contentDir, 'articles/fixture-live.mdx');
  const ended = readFileSync(live, 'utf8').replace('live: true\n', 'live: false\n') + `\n<Update time="2026-06-15T12:45" title="${finalUpdate}">\nThe fixture coverage ends here.\n</Update>\n`;
  expect(ended).toContain('live: false');
  writeFileSync(live, ended);
  rebuild = await runBuild({ contentDir, outDir, cacheDir, env });
  expect(rebuild.code, rebuild.output).toBe(0);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a rebuild on a later day', () => {
  const later = tempDir('incremental-later');
  afterAll(() => rmSync(later, { recursive: true, force: true }));
  const build = (now: string) =>
    runBuild({ contentDir: join(projectRoot, 'src/content'), outDir: join(later, 'dist'), cacheDir: join(later, 'cache'), env: { DATELINE_NOW: now, DATELINE_SOCIAL_CARD_CACHE_DIR: join(later, 'cards') } });
  const notice = () => load(readFileSync(join(later, 'dist/articles', seed.slug, 'index.html'), 'utf8'))('.age-notice').text();
  const card = () => readFileSync(join(later, 'dist/social/articles', `${seed.slug}.png`));

  it('renders the page and its share card again when the age notice changes, with no content edited', async () => {
    const first = await build('2026-06-15T12:00:00Z');
    expect(first.code, first.output).toBe(0);
    expect(notice()).toBe('This article is more than 4 years old');
    const firstCard = card();
    // The seed was published on 3 March 2022: five years old from 3 March 2027.
    const next = await build('2027-03-04T12:00:00Z');
    expect(next.code, next.output).toBe(0);
    expect(next.output).toMatch(/\b0 of \d+ bodies rendered/);
    expect(notice()).toBe('This article is more than 5 years old');
    expect(card().equals(firstCard)).toBe(false);
  });
});

describe('a rebuild after one article changed', () => {
  it('reuses pages and rendered bodies from the cache, rendering only the edited bodies', () => {
    expect(rebuild.output).toMatch(/\(restored\)/);
    expect(rebuild.output).toMatch(/\b2 of \d+ bodies rendered, the rest unchanged/);
  });

  it('shows the edited story text, not the compiled text cached from the first build', () => {
    const body = html('articles/fixture-follow-up')('.article-body').text();
    expect(body).toContain(newBody);
    expect(body).not.toContain('More fixture text.');
  });

  it('shows the new headline on every page that shows the article', () => {
    expect(html('articles/fixture-follow-up')('h1').text()).toContain(newTitle);
    const seedPage = html(`articles/${seed.slug}`);
    const followUp = 'a[href="/articles/fixture-follow-up/"]';
    expect(seedPage(`#related + ol ${followUp}`).text()).toBe(newTitle);
    expect(seedPage(`#referenced-by + ol ${followUp}`).text()).toBe(newTitle);
    expect(html('read-more/china-condemns-olympic-boycott')(`#referenced-by + ol ${followUp}`).text()).toBe(newTitle);
    const followUpLink = '.article-list .summary-title a[href="/articles/fixture-follow-up/"]';
    expect(html('')(followUpLink).text()).toBe(newTitle);
    expect(html('topics/trade')(followUpLink).text()).toBe(newTitle);
    // A <RichLink> card is filled in when its page renders: the card's headline is in its props.
    expect(html('articles/fixture-editorial')('aside.rich-link a[href="/articles/fixture-follow-up/"] .rich-link-title').text()).toBe(newTitle);
    for (const page of ['', `articles/${seed.slug}`, 'topics/china', 'read-more/china-condemns-olympic-boycott']) {
      expect(readFileSync(join(outDir, page, 'index.html'), 'utf8'), page).not.toContain(oldTitle);
    }
  });

  it('leaves a page that does not show the article as it was', () => {
    expect(html('read-more/lithuania-china-led-boycott')('h1').text()).toBe(seed.readMoreTitles[1]);
  });
});

describe('a rebuild after one article changed, beyond its pages', () => {
  it('leaves the old headline in no built file', () => {
    const stale = filesUnder(outDir).filter((name) => /\.(html|xml|json|txt)$/.test(name) && built(name).includes(oldTitle));
    expect(stale).toEqual([]);
  });

  it('feeds carry the new headline and body', () => {
    for (const path of ['rss.xml', 'topics/china/rss.xml', 'topics/trade/rss.xml']) {
      const item = parseRssFeed(built(path)).items?.find((i) => i.link === followUpUrl);
      expect(item?.title, path).toBe(newTitle);
      expect(item?.content?.encoded, path).toContain(newBody);
    }
    const item = (parseJsonFeed(JSON.parse(built('feed.json'))).items ?? []).find((i) => i?.url === followUpUrl);
    expect(item?.title).toBe(newTitle);
    expect(item?.content_html).toContain(newBody);
  });

  it('the search index holds the new headline and body', () => {
    const record = searchRecord('/articles/fixture-follow-up/');
    expect(record?.meta['title']).toBe(newTitle);
    expect(record?.content).toContain(newBody);
    expect(record?.content).not.toContain('More fixture text.');
  });

  it('the sitemap dates the article, and the home page, by the new correction', () => {
    const index = xml('sitemap-index.xml');
    const files = index('sitemap > loc').map((_, el) => new URL(index(el).text()).pathname.slice(1)).get();
    const lastmod = new Map<string, string>();
    for (const file of files) {
      const $ = xml(file);
      $('url').each((_, url) => void lastmod.set($(url).find('loc').text(), $(url).find('lastmod').text()));
    }
    expect(lastmod.get(followUpUrl)).toBe('2026-06-15T11:50:00.000Z');
    expect(lastmod.get(absoluteUrl('/'))).toBe('2026-06-15T11:50:00.000Z');
    // The developing story by its new update.
    expect(lastmod.get(absoluteUrl('/articles/fixture-live/'))).toBe('2026-06-15T11:45:00.000Z');
    // Pages restored from the cache are still listed.
    expect(lastmod.has(absoluteUrl('/read-more/lithuania-china-led-boycott/'))).toBe(true);
  });

  it('the news sitemap titles the article anew', () => {
    const $ = xml('news-sitemap.xml');
    const entry = $('url').filter((_, url) => $(url).find('loc').text() === followUpUrl);
    expect(entry.find('news\\:title').text()).toBe(newTitle);
  });

  it('the article and the corrections page show the new correction under the new headline', () => {
    expect(html('articles/fixture-follow-up')('main').text()).toContain(correction);
    const $ = html('corrections');
    const item = $('.correction-list > li').filter((_, li) => $(li).find('.correction-text').text() === correction);
    expect(item.find('.correction-story a').text()).toBe(newTitle);
    expect(item.find('.correction-story a').attr('href')).toBe('/articles/fixture-follow-up/');
  });

  it('the article\'s share card is drawn again', () => {
    expect(readFileSync(join(outDir, cardPath)).equals(firstCard)).toBe(false);
  });
});

describe('a rebuild after an author and a source changed', () => {
  it('shows the new name in the byline, its JSON-LD and the author page', () => {
    const $ = html('articles/fixture-byline');
    expect($('.byline-authors').text()).toBe(`By Ada Fixture and ${newAuthorName}`);
    expect($('script[type="application/ld+json"]').first().text()).toContain(newAuthorName);
    expect(html('authors/bram-fixture')('h1').text()).toBe(newAuthorName);
  });

  it('shows the rewritten bio on the author page', () => {
    expect(html('authors/ada-fixture')('.profile-bio').text()).toContain(newBio);
  });

  it('shows the source\'s new full name on its desk and in the JSON-LD of its stories', () => {
    expect(html('sources/fpa')('h1').text()).toBe(newSourceName);
    expect(html('articles/fixture-wire-byline')('script[type="application/ld+json"]').first().text()).toContain(newSourceName);
  });

  it('leaves the old names in no built file, feeds included', () => {
    const stale = filesUnder(outDir).filter(
      (name) => /\.(html|xml|json|txt)$/.test(name) && /Bram Fixture|Fixture Press Agency<|"Fixture Press Agency"/.test(built(name)),
    );
    expect(stale).toEqual([]);
    const item = parseRssFeed(built('authors/ada-fixture/rss.xml')).items?.find((i) => i.link === absoluteUrl('/articles/fixture-byline/'));
    expect(item?.dc?.creators).toEqual(['Ada Fixture', newAuthorName]);
  });
});

describe('a rebuild after a developing story got an update and ended', () => {
  it('shows the new update on top, its time as the Updated label, and no LIVE label any more', () => {
    const $ = html('articles/fixture-live');
    expect($('.live-update h2').first().attr('id')).toBe('update-2026-06-15-1245');
    expect($('.live-update .update-title').first().text()).toBe(finalUpdate);
    expect($('.article-header .updated').text().replace(/\s+/g, ' ')).toBe('Updated 12:45 BST, 15 June 2026');
    expect($('.live-badge, .live-note').length).toBe(0);
    const data = jsonLdOfType($, 'LiveBlogPosting');
    expect(data['coverageEndTime']).toBe('2026-06-15T12:45:00+01:00');
    expect((data['liveBlogUpdate'] as { headline: string }[])[0]?.headline).toBe(finalUpdate);
  });

  it('takes the LIVE label off the listings that show the story', () => {
    for (const page of ['', 'topics/markets']) {
      expect(html(page)('a[href="/articles/fixture-live/"]').length, page).toBe(1);
      expect(html(page)('.live-badge, .article-summary .updated').length, page).toBe(0);
    }
  });

  it('dates the feed item by the new update and carries it', () => {
    const item = parseJsonFeed(built('feed.json')).items?.find((entry) => entry.id === absoluteUrl('/articles/fixture-live/'));
    expect(item?.date_modified).toBe('2026-06-15T12:45:00+01:00');
    expect(item?.content_html).toContain(finalUpdate);
  });
});

describe('a rebuild after the first policies are published', () => {
  // Every page's footer and every article's publisher change with them, though no page's own
  // content does: a page restored from the cache would lack the link (src/lib/cache-key.ts).
  beforeAll(async () => {
    expect(html(`articles/${seed.slug}`)('footer.site-footer a[href="/about/"]')).toHaveLength(0);
    cpSync(join(projectRoot, 'tests/fixtures/site-content/policies'), join(contentDir, 'policies'), { recursive: true });
    const third = await runBuild({ contentDir, outDir, cacheDir, env });
    expect(third.code, third.output).toBe(0);
  });

  it('links "Our standards" from pages whose own content did not change', () => {
    for (const path of ['', `articles/${seed.slug}`, 'topics/china', 'read-more/lithuania-china-led-boycott', 'about/ethics']) {
      expect(html(path)('footer.site-footer a[href="/about/"]').text(), path).toBe('Our standards');
    }
  });

  it('gives unchanged articles a publisher with the new policies', () => {
    const publisher = jsonLdOfType(html(`articles/${seed.slug}`), 'ReportageNewsArticle')['publisher'] as Record<string, unknown>;
    expect(publisher['ethicsPolicy']).toBe(absoluteUrl('/about/ethics/'));
  });
});
