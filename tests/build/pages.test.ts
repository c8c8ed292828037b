import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtFiles, page, siteDir, textOf } from '../support/site';
import { seed } from '../support/seed';


describe('read-more item pages', () => {
  it('link out when the story has a URL, and say so when it has none', () => {
    const withUrl = page('/read-more/china-condemns-olympic-boycott/');
    expect(textOf(withUrl, 'h1')).toBe(seed.readMoreTitles[2]);
    expect(withUrl('.outside-link a').attr('href')).toBe('https://asiafinancial.com/china-condemns-olympic-boycott-as-australia-joins-in');
    expect(textOf(withUrl, '.standfirst')).toBe(
      'The UK says it is weighing its options, while Beijing says Washington will “pay a price” for its actions',
    );
    expect(textOf(withUrl, '.byline time')).toBe('8 December 2021');

    const withoutUrl = page('/read-more/lithuania-china-led-boycott/');
    expect(withoutUrl('.outside-link a').length).toBe(0);
    expect(textOf(withoutUrl, '.byline time')).toBe('December 2021');
  });

  it('show the articles that cite them under "Referenced by", newest first', () => {
    const $ = page('/read-more/china-condemns-olympic-boycott/');
    expect($('#referenced-by + ol a').map((_, a) => $(a).attr('href')).get()).toEqual([
      '/articles/fixture-follow-up/',
      `/articles/${seed.slug}/`,
    ]);
    expect(page('/read-more/australian-mps-boycott-wechat/')('#referenced-by + ol a').attr('href')).toBe(`/articles/${seed.slug}/`);
  });
});

/** The fixture stories of June 2026 (the test build's "now"), newest first. */
const juneStories = [
  '/articles/fixture-photo/',
  '/articles/fixture-live/',
  '/articles/fixture-follow-up/',
  '/articles/fixture-corrected/',
  '/articles/fixture-byline/',
  '/articles/fixture-media/',
  '/articles/fixture-wire-byline/',
  '/articles/fixture-markdown/',
  '/articles/fixture-editorial/',
  '/articles/fixture-hostile/',
  '/articles/fixture-long-words/',
  '/articles/fixture-chinese/',
  '/articles/fixture-feed-text/',
];

describe('listings', () => {
  it('the home page lists published articles newest first, with rel-free first page', () => {
    const $ = page('/');
    expect($('.article-list .summary-title a').map((_, a) => $(a).attr('href')).get()).toEqual([
      ...juneStories,
      `/articles/${seed.slug}/`,
      '/articles/fixture-hostile-frontmatter/',
    ]);
    expect($('link[rel="prev"], link[rel="next"]').length).toBe(0);
    expect($('html').attr('lang')).toBe('en-GB');
  });

  it('topic pages list their articles and the topic index counts them', () => {
    const china = page('/topics/china/');
    expect(textOf(china, 'h1')).toBe('China');
    expect(china('.article-list .summary-title a').length).toBe(2);
    const index = page('/topics/');
    const chinaRow = index('.topic-index li').filter((_, li) => index(li).find('a').text() === 'China');
    expect(textOf(index, '.topic-index li a[href="/topics/trade/"]')).toBe('Trade');
    expect(chinaRow.find('.meta').text()).toBe('2 articles');
  });

  it('files every story by month: /archive/ lists the months, each month page its stories', () => {
    const index = page('/archive/');
    const months = index('.topic-index li').map((_, li) => `${index(li).find('a').attr('href')} ${index(li).find('.meta').text()}`).get();
    expect(months).toEqual(['/archive/2026/06/ 13 articles', '/archive/2022/03/ 1 article', '/archive/2020/01/ 1 article']);
    expect(index('.archive-year').map((_, h) => index(h).text()).get()).toEqual(['2026', '2022', '2020']);

    const june = page('/archive/2026/06/');
    expect(textOf(june, 'h1')).toBe('June 2026');
    expect(june('.article-list .summary-title a').map((_, a) => june(a).attr('href')).get()).toEqual(juneStories);
    expect(june('link[rel="next"]').attr('href')).toBe('/archive/2022/03/');
    expect(june('link[rel="prev"]').length).toBe(0);
    const march = page('/archive/2022/03/');
    expect(march('.month-nav a').map((_, a) => `${march(a).attr('href')} ${march(a).text()}`).get()).toEqual([
      '/archive/2026/06/ Newer: June 2026',
      '/archive/ All months',
      '/archive/2020/01/ Older: January 2020',
    ]);
  });

  it('topic front pages list their months, and a topic month lists its stories', () => {
    const china = page('/topics/china/');
    expect(china('.listing-archive .topic-index a').map((_, a) => china(a).attr('href')).get()).toEqual(['/topics/china/2026/06/', '/topics/china/2022/03/']);
    const month = page('/topics/china/2022/03/');
    expect(textOf(month, 'h1')).toBe('March 2022');
    expect(month('.article-list .summary-title a').map((_, a) => month(a).attr('href')).get()).toEqual([`/articles/${seed.slug}/`]);
  });

  it('names a story\'s origin by one rule in every list: its source, else our newsroom', () => {
    const seedUrl = `/articles/${seed.slug}/`;
    /** The origin a list shows beside the link to `url`. */
    const originIn = (path: string, list: string, url: string) => {
      const $ = page(path);
      const item = $(`${list} a[href="${url}"]`).first().closest('li');
      return item.find('.meta > span').first().text();
    };
    expect(originIn('/', '.article-list', seedUrl)).toBe('Reuters');
    expect(originIn('/topics/china/', '.article-list', seedUrl)).toBe('Reuters');
    expect(originIn('/read-more/china-condemns-olympic-boycott/', '#referenced-by + ol', seedUrl)).toBe('Reuters');
    expect(originIn('/articles/fixture-follow-up/', '.link-list', seedUrl)).toBe('Reuters');
    // A story with no source is our newsroom's own.
    expect(originIn('/', '.article-list', '/articles/fixture-feed-text/')).toBe('Dateline');
    expect(originIn('/topics/politics/', '.article-list', '/articles/fixture-feed-text/')).toBe('Dateline');
  });

  it('has a 404 page that leads back into the site', () => {
    const $ = page('/404.html');
    expect(textOf($, 'h1')).toBe('Page not found');
    expect($('main a[href="/"]').length).toBe(1);
  });
});

describe('the page shell', () => {
  it('gives every page landmarks, a working skip link and one h1', () => {
    for (const path of ['/', `/articles/${seed.slug}/`, '/topics/', '/topics/china/', '/authors/ada-fixture/', '/sources/reuters/', '/read-more/lithuania-china-led-boycott/', '/search/', '/404.html']) {
      const $ = page(path);
      expect($('header.masthead').length, path).toBe(1);
      expect($('main#main').length, path).toBe(1);
      expect($('footer.site-footer').length, path).toBe(1);
      expect($('a.skip-link').attr('href'), path).toBe('#main');
      expect($('h1').length, path).toBe(1);
      expect($('meta[name="viewport"]').length, path).toBe(1);
    }
  });

  it('ships no script files except the search page\'s own and Pagefind\'s, which only the search page loads', () => {
    const files = builtFiles().map((file) => relative(siteDir(), file));
    const searchScript = /^_astro\/SearchPanel[\w.-]*\.js$/;
    expect(files.filter((file) => /\.m?js$/.test(file) && !file.startsWith('pagefind/'))).toEqual([expect.stringMatching(searchScript)]);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const $ = page(`/${file}`);
      const loaded = $('script[src], link[rel~="stylesheet"], link[rel~="modulepreload"], link[rel~="preload"], link[rel~="prefetch"]')
        .map((_, el) => $(el).attr('src') ?? $(el).attr('href'))
        .get();
      expect(loaded, file).toEqual(
        file === 'search/index.html' ? [expect.stringMatching(/^\/_astro\/SearchPanel[\w.-]*\.js$/)] : [],
      );
    }
  });

  it('runs at most 1 KB of inline script before a reader searches: the "/" shortcut and the highlighter', () => {
    const inlineScripts = (path: string) => {
      const $ = page(path);
      return $('script:not([src])')
        .filter((_, s) => ['', 'module', 'text/javascript'].includes($(s).attr('type') ?? ''))
        .map((_, s) => $(s).text())
        .get();
    };
    const pages = builtFiles()
      .map((file) => `/${relative(siteDir(), file)}`)
      .filter((path) => path.endsWith('.html') && path !== '/search/index.html');
    const distinct = new Set(pages.flatMap(inlineScripts));
    expect(distinct.size).toBe(2);
    for (const path of pages) {
      expect(Buffer.byteLength(inlineScripts(path).join(''), 'utf8'), path).toBeLessThanOrEqual(1024);
    }
    // The highlighter only on pages a search result can open; the shortcut everywhere.
    expect(inlineScripts(`/articles/${seed.slug}/index.html`)).toHaveLength(2);
    expect(inlineScripts('/read-more/lithuania-china-led-boycott/index.html')).toHaveLength(2);
    expect(inlineScripts('/index.html')).toHaveLength(1);
    expect(inlineScripts('/topics/china/index.html')).toHaveLength(1);
  });

  it('every internal link resolves to a built page', () => {
    const broken: string[] = [];
    for (const file of builtFiles().filter((f) => f.endsWith('.html'))) {
      const $ = page(`/${relative(siteDir(), file)}`);
      $('a[href^="/"], link[href^="/"]').each((_, el) => {
        const href = ($(el).attr('href') ?? '').split('#')[0]!;
        const target = join(siteDir(), href.endsWith('/') ? `${href}index.html` : href);
        if (!existsSync(target)) broken.push(`${relative(siteDir(), file)} -> ${href}`);
      });
    }
    expect(broken).toEqual([]);
  });
});

describe('publishing safety', () => {
  it('leaves drafts and embargoed articles out of every built file', () => {
    // Every file, whatever its format: HTML, XML feeds and sitemaps, JSON, and search index
    // fragments, which Pagefind writes gzipped.
    for (const file of builtFiles()) {
      const bytes = readFileSync(file);
      let text = bytes.toString('utf8');
      try {
        text += gunzipSync(bytes).toString('utf8');
      } catch {
        // not gzip
      }
      expect(text, relative(siteDir(), file)).not.toContain('DRAFTMARKER7F3A');
      expect(text, relative(siteDir(), file)).not.toContain('EMBARGOMARKER91C2');
    }
    expect(existsSync(join(siteDir(), 'articles/fixture-draft'))).toBe(false);
    expect(existsSync(join(siteDir(), 'articles/fixture-embargoed'))).toBe(false);
  });

  it('drops an embargoed story from a published article\'s read-more list', () => {
    const $ = page('/articles/fixture-follow-up/');
    expect($('#read-more + ol a').map((_, a) => $(a).attr('href')).get()).toEqual([
      `/articles/${seed.slug}/`,
      '/read-more/china-condemns-olympic-boycott/',
    ]);
  });
});
