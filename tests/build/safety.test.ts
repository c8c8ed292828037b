/**
 * Publishing safety in the built site: hostile frontmatter shows as text in every page and
 * format, links to other sites are marked and open safely, and every page carries the
 * Content Security Policy that dist/_headers also sends.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/static-server.mjs';
import { findControlCharacters } from '../../src/lib/control-characters';
import { cspHash, parsePolicy, policyInPage } from '../../src/lib/csp';
import { injectedMarkup } from '../support/hostile';
import { builtFile, builtFiles, page, siteDir, textOf } from '../support/site';

const htmlFiles = () => builtFiles().filter((file) => file.endsWith('.html'));

/** The hostile fixture's frontmatter, as the editor wrote it (YAML escapes undone). */
const markup = (n: number) => `</script><script>alert(${n})</script> <img src=x onerror=alert(${n})>`;
const hostileArticle = {
  url: '/articles/fixture-hostile-frontmatter/',
  title: `Fixture hostile ${markup(1)} "double" 'single' & ]]> 🗞️ 新闻 خبر عاجل`,
  standfirst: `Standfirst ${markup(2)} "double" 'single' & ]]> 🗞️ 中文 עברית`,
  source: `Source ${markup(3)} "q" 'q' & ]]> 新华社`,
  attribution: `Attribution ${markup(4)} "q" 'q' & ]]> رويترز`,
};

describe('hostile frontmatter', () => {
  it('shows as text on its article page: headline, standfirst, source, credit, document title, description', () => {
    const $ = page(hostileArticle.url);
    expect($('h1').text()).toBe(hostileArticle.title);
    expect($('.standfirst').text()).toBe(hostileArticle.standfirst);
    expect($('.byline .source').text()).toBe(hostileArticle.source);
    expect($('.attribution').text()).toBe(hostileArticle.attribution);
    expect($('title').text()).toBe(`${hostileArticle.title} | Dateline`);
    expect($('meta[name="description"]').attr('content')).toBe(hostileArticle.standfirst);
  });

  it('shows as text in listings', () => {
    for (const path of ['/', '/topics/sport/']) {
      const $ = page(path);
      const item = $(`.article-summary:has(a[href="${hostileArticle.url}"])`);
      expect(item.find('.summary-title a').text(), path).toBe(hostileArticle.title);
      expect(item.find('.summary-teaser').text(), path).toBe(hostileArticle.standfirst);
    }
  });

  it('creates no element or event handler in any page', () => {
    for (const file of htmlFiles()) {
      expect(injectedMarkup(load(readFileSync(file, 'utf8'))), relative(siteDir(), file)).toEqual([]);
    }
  });

  it('never appears as raw markup in XML, and leaves every JSON file parseable', () => {
    for (const file of builtFiles()) {
      const name = relative(siteDir(), file);
      if (/\.(xml|rss|atom|xsl)$/.test(file)) {
        const text = readFileSync(file, 'utf8');
        expect(text, name).not.toMatch(/<script>alert\(|<img src=x/);
      } else if (file.endsWith('.json')) {
        expect(() => JSON.parse(readFileSync(file, 'utf8')), name).not.toThrow();
      }
    }
  });
});

describe('control characters', () => {
  // Every text file: pages, feeds, sitemaps, JSON, the feed stylesheet, robots.txt, _headers and
  // scripts, Pagefind's included (its highlighter's two placeholders are written as escapes).
  const textFiles = () => builtFiles().filter((file) => /\.(html|xml|xsl|json|txt|svg|css|js|mjs)$|\/_headers$/.test(file));

  it('appear in no byte of any page, feed, sitemap, JSON file or script the build writes', () => {
    const files = textFiles();
    expect(files.filter((file) => file.endsWith('pagefind-highlight.js')).length).toBeGreaterThan(1);
    expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(10);
    expect(files.some((file) => file.endsWith('news-sitemap.xml'))).toBe(true);
    expect(files.some((file) => file.endsWith('feed.json'))).toBe(true);
    const found = files.flatMap((file) =>
      findControlCharacters(readFileSync(file, 'utf8')).map(({ line, column, codePoint }) => `${relative(siteDir(), file)}:${line}:${column}: U+${codePoint.toString(16)}`),
    );
    expect(found).toEqual([]);
    // Nor a carriage return, which findControlCharacters allows before a line feed in an
    // editor's file: line ends are read as plain line feeds, so none is published.
    expect(files.filter((file) => readFileSync(file, 'utf8').includes('\r')).map((file) => relative(siteDir(), file))).toEqual([]);
  });
});

describe('links to other sites', () => {
  it('in an article body open safely and are marked, with a label for screen readers', () => {
    const $ = page(hostileArticle.url);
    const outside = $('.article-body a[href="https://example.com/story?a=1&b=2"]');
    expect(outside.attr('rel')).toBe('noopener noreferrer');
    expect(outside.find('.outside-mark').attr('aria-hidden')).toBe('true');
    expect(outside.find('.outside-mark').text()).toBe('↗');
    expect(textOf($, '.article-body a[href^="https://example.com"] .visually-hidden')).toBe('(another site)');

    const ours = $('.article-body a[href="/articles/jd-com-russian-chocolates/"]');
    expect(ours.attr('rel')).toBeUndefined();
    expect(ours.find('.outside-mark').length).toBe(0);
  });

  it("on an outside story's page open safely and are marked", () => {
    const $ = page('/read-more/china-condemns-olympic-boycott/');
    const link = $('.outside-link a');
    expect(link.attr('rel')).toBe('noopener noreferrer');
    expect(link.find('.outside-mark').text()).toBe('↗');
    expect(textOf($, '.outside-link a')).toBe('Read the full story at Asia Financial↗ (another site)');
  });
});

describe('security headers', () => {
  const rules = () => parseHeadersFile(builtFile('/_headers'));
  const headersFor = (path: string) =>
    Object.assign({}, ...rules().filter((rule: { pattern: RegExp }) => rule.pattern.test(path)).map((rule: { headers: object }) => rule.headers));

  it('every page carries a policy that allows our own origin only, and no inline code beyond hashed', () => {
    for (const file of htmlFiles()) {
      const policy = policyInPage(readFileSync(file, 'utf8'));
      const name = relative(siteDir(), file);
      expect(policy, name).toBeDefined();
      expect(policy!.get('default-src'), name).toEqual(["'none'"]);
      for (const [directive, sources] of policy!) {
        for (const source of sources) {
          expect(source, `${name}: ${directive}`).toMatch(/^'(self|none|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/);
        }
      }
    }
  });

  it('_headers sends the same policy, every page hash included, plus frame-ancestors', () => {
    const headers = headersFor('/articles/x/');
    const header = parsePolicy(headers['Content-Security-Policy']);
    for (const file of htmlFiles()) {
      for (const [directive, sources] of policyInPage(readFileSync(file, 'utf8'))!) {
        expect(header.get(directive), `${relative(siteDir(), file)}: ${directive}`).toEqual(expect.arrayContaining(sources));
      }
    }
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('script-src')).toContain("'wasm-unsafe-eval'");
    // Cloudflare Pages ignores longer lines.
    expect(`  Content-Security-Policy: ${headers['Content-Security-Policy']}`.length).toBeLessThan(2000);
  });

  it('allows each inline script and style a page carries by its hash, in the page and in _headers', () => {
    const header = parsePolicy(headersFor('/')['Content-Security-Policy']);
    let scripts = 0;
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      const $ = load(html);
      const policy = policyInPage(html)!;
      const name = relative(siteDir(), file);
      const runnable = $('script:not([src])').filter((_, s) => ['', 'module', 'text/javascript'].includes($(s).attr('type') ?? ''));
      runnable.each((_, script) => {
        const hash = `'${cspHash($(script).text())}'`;
        expect(policy.get('script-src'), `${name}: ${$(script).text().slice(0, 40)}`).toContain(hash);
        expect(header.get('script-src'), `_headers: ${$(script).text().slice(0, 40)}`).toContain(hash);
        scripts += 1;
      });
      $('style').each((_, style) => {
        const hash = `'${cspHash($(style).text())}'`;
        expect(policy.get('style-src'), `${name}: <style>`).toContain(hash);
        expect(header.get('style-src'), '_headers: <style>').toContain(hash);
      });
      expect($('[style]').length, `${name}: style attributes need 'unsafe-inline'`).toBe(0);
    }
    // The "/" shortcut on every page, the highlighter on articles, the search page's own script.
    expect(scripts).toBeGreaterThan(htmlFiles().length);
  });

  it('_headers sets the other safety headers everywhere and long caching for hashed assets only', () => {
    const page = headersFor('/');
    expect(page).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    });
    expect(page['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(page['Cache-Control']).toBeUndefined();
    expect(headersFor('/_astro/photo.abc123.webp')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  it('pages load nothing from other sites', () => {
    for (const file of htmlFiles()) {
      const $ = load(readFileSync(file, 'utf8'));
      const fetched = [
        ...$('[src]').map((_, el) => $(el).attr('src')).get(),
        ...$('link[href]:not([rel="canonical"]):not([rel="alternate"]):not([rel="prev"]):not([rel="next"])').map((_, el) => $(el).attr('href')).get(),
        ...$('[srcset]').map((_, el) => ($(el).attr('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0])).get(),
      ];
      for (const address of fetched) expect(address, relative(siteDir(), file)).toMatch(/^\/(?!\/)/);
    }
  });
});
