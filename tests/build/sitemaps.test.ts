/** The sitemaps and robots.txt that crawlers read, from the test build and from one with SITE_URL set. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/urls';
import { seed } from '../support/seed';
import { projectRoot, runBuild, tempDir } from '../support/build';
import { builtFile } from '../support/site';
import { readFileSync } from 'node:fs';

const xml = (text: string) => load(text, { xml: true });

describe('the Google News sitemap', () => {
  const $ = xml(builtFile('/news-sitemap.xml'));
  const locs = $('url > loc').map((_, el) => $(el).text()).get();

  it('holds our stories of the last two days, newest first, and not the 2022 seed', () => {
    expect(locs).toEqual([absoluteUrl('/articles/fixture-photo/'), absoluteUrl('/articles/fixture-live/'), absoluteUrl('/articles/fixture-follow-up/')]);
    expect(locs).not.toContain(absoluteUrl(`/articles/${seed.slug}/`));
  });

  it('leaves out fresh wire copy, which carries Googlebot-News noindex', () => {
    expect(locs).not.toContain(absoluteUrl('/articles/fixture-corrected/'));
  });

  it('names the publication, its language, the publication date and the title', () => {
    const first = $('url').first();
    expect(first.find('news\\:publication > news\\:name').text()).toBe('Dateline');
    expect(first.find('news\\:publication > news\\:language').text()).toBe('en');
    expect(first.find('news\\:publication_date').text()).toBe('2026-06-15T09:00:00+01:00');
    expect(first.find('news\\:title').text()).toBe('Fixture: a story with a photograph');
  });
});

describe('the XML sitemap', () => {
  const index = xml(builtFile('/sitemap-index.xml'));
  const sitemapFiles = index('sitemap > loc').map((_, el) => new URL(index(el).text()).pathname).get();
  const entries = sitemapFiles.flatMap((file) => {
    const $ = xml(builtFile(file));
    return $('url').map((_, url) => ({ loc: $(url).find('loc').text(), lastmod: $(url).find('lastmod').text() })).get();
  });
  const locs = entries.map((entry) => entry.loc);

  it('lists the pages with the articles\' modification times', () => {
    expect(locs).toContain(absoluteUrl('/'));
    expect(locs).toContain(absoluteUrl('/topics/china/'));
    expect(entries.find((entry) => entry.loc === absoluteUrl(`/articles/${seed.slug}/`))?.lastmod).toBe('2022-03-03T00:00:00.000Z');
    expect(entries.find((entry) => entry.loc === absoluteUrl('/articles/fixture-photo/'))?.lastmod).toBe('2026-06-15T08:00:00.000Z');
    // A developing story changed when its newest update was posted (11:40 BST).
    expect(entries.find((entry) => entry.loc === absoluteUrl('/articles/fixture-live/'))?.lastmod).toBe('2026-06-15T10:40:00.000Z');
    // The home page changed when its most recently changed story did: that update.
    expect(entries.find((entry) => entry.loc === absoluteUrl('/'))?.lastmod).toBe('2026-06-15T10:40:00.000Z');
  });

  it('leaves out the 404 page, drafts, embargoed stories, files that are not pages and pages canonical elsewhere', () => {
    expect(locs.filter((loc) => /404|fixture-draft|fixture-embargoed|fixture-corrected|\.(png|xml|txt)$/.test(loc))).toEqual([]);
  });
});

describe('robots.txt', () => {
  it('names both sitemaps by absolute URL', () => {
    expect(builtFile('/robots.txt')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\nSitemap: ${absoluteUrl('/news-sitemap.xml')}\n`,
    );
  });
});

describe('a build for a public address (SITE_URL)', () => {
  const workDir = tempDir('site-url');
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('writes that address into robots.txt, sitemaps, canonical links and share images', async () => {
    const outDir = join(workDir, 'dist');
    const { code, output } = await runBuild({
      contentDir: join(projectRoot, 'src/content'),
      outDir,
      env: { SITE_URL: 'https://news.example.com' },
    });
    expect(code, output).toBe(0);
    const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
    expect(read('robots.txt')).toContain('Sitemap: https://news.example.com/sitemap-index.xml\nSitemap: https://news.example.com/news-sitemap.xml');
    expect(read('sitemap-0.xml')).toContain(`<loc>https://news.example.com/articles/${seed.slug}/</loc>`);
    const $ = load(read(`articles/${seed.slug}/index.html`));
    expect($('link[rel="canonical"]').attr('href')).toBe(`https://news.example.com/articles/${seed.slug}/`);
    expect($('meta[property="og:image"]').attr('content')).toBe(`https://news.example.com/social/articles/${seed.slug}.png`);
  });
});
