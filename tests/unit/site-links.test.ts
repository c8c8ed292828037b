import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deadSiteLinks, ownUrlsIn, placeOf, resolvesToFile, sitePathOf, type SiteLinkList } from '../../src/lib/site-links';

const site = 'https://news.example';

describe('sitePathOf: where a link in a body leads on our site', () => {
  it('resolves addresses and relative links against the page the body is published on', () => {
    expect(sitePathOf('/topics/china/', '/articles/a/', site)).toBe('/topics/china/');
    expect(sitePathOf('../../corrections/', '/articles/a/', site)).toBe('/corrections/');
    expect(sitePathOf('../b/#top', '/articles/a/', site)).toBe('/articles/b/');
    expect(sitePathOf('https://news.example/search/?q=x', '/articles/a/', site)).toBe('/search/');
    expect(sitePathOf('/topics/caf%C3%A9/', '/articles/a/', site)).toBe('/topics/café/');
  });

  it('leaves out other sites and other schemes; a link within the page leads to the page', () => {
    for (const href of ['https://www.reuters.com/x', '//cdn.example/x', 'mailto:desk@news.example', 'tel:+44', '']) {
      expect(sitePathOf(href, '/articles/a/', site), href).toBeUndefined();
    }
    expect(sitePathOf('#key-events', '/articles/a/', site)).toBe('/articles/a/');
  });
});

describe('deadSiteLinks: links the build did not make a page for', () => {
  const root = mkdtempSync(join(tmpdir(), 'site-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const out = join(root, 'dist');
  const lists = join(root, 'lists');
  for (const file of ['articles/a/index.html', 'topics/china/index.html', 'files/report.pdf']) {
    mkdirSync(join(out, file, '..'), { recursive: true });
    writeFileSync(join(out, file), file === 'articles/a/index.html' ? '<h1>A</h1><h2 id="what-happened">What happened</h2><p id="x&#x26;y">' : '');
  }
  const link = (href: string, path: string, line: number) => ({ href, path, line, column: 3 });
  const list: SiteLinkList = {
    entries: [
      {
        file: 'src/content/articles/a.mdx',
        page: '/articles/a/',
        links: [
          link('/topics/nope/', '/topics/nope/', 9),
          link('/topics/china/', '/topics/china/', 7),
          link('/files/report.pdf', '/files/report.pdf', 8),
          link('/files/gone.pdf', '/files/gone.pdf', 8),
          link('#what-happened', '/articles/a/', 10),
          link('#x%26y', '/articles/a/', 10),
          link('#top', '/articles/a/', 10),
          link('/articles/a/#what-hapened', '/articles/a/', 11),
        ],
      },
      // A draft: its page was not built, so its links are not published.
      { file: 'src/content/articles/draft.mdx', page: '/articles/draft/', links: [link('/topics/nope/', '/topics/nope/', 7)] },
    ],
  };
  mkdirSync(lists);
  writeFileSync(join(lists, 'articles.json'), JSON.stringify(list));

  it('names the file, line and column of each link of a published body that leads nowhere, in file order', () => {
    expect(deadSiteLinks(lists, out)).toEqual([
      'src/content/articles/a.mdx:8:3: body: "/files/gone.pdf" leads nowhere: there is no page or file at /files/gone.pdf in the built site',
      'src/content/articles/a.mdx:9:3: body: "/topics/nope/" leads nowhere: there is no page or file at /topics/nope/ in the built site',
      'src/content/articles/a.mdx:11:3: body: "/articles/a/#what-hapened" leads to no "#what-hapened" on /articles/a/: no heading or other element there has that id',
    ]);
  });

  it('finds nothing to check before the content has ever synced', () => {
    expect(deadSiteLinks(join(root, 'none'), out)).toEqual([]);
  });

  it('serves folders through their index.html, as a static host does', () => {
    expect(resolvesToFile(out, '/topics/china/')).toBe(true);
    expect(resolvesToFile(out, '/topics/china')).toBe(true);
    expect(resolvesToFile(out, '/topics/')).toBe(false);
  });
});

describe('ownUrlsIn and placeOf: links to our site in frontmatter', () => {
  it('finds every string that is one of our absolute URLs, with the field holding it', () => {
    const data = { title: 'x', canonicalUrl: 'https://news.example/articles/a/', links: ['https://elsewhere.example/', 'https://news.example/authors/b/'], nested: { url: 'https://news.example' }, when: new Date(0) };
    expect(ownUrlsIn(data, site)).toEqual([
      { field: 'canonicalUrl', url: 'https://news.example/articles/a/' },
      { field: 'links[1]', url: 'https://news.example/authors/b/' },
      { field: 'nested.url', url: 'https://news.example' },
    ]);
    expect(ownUrlsIn({ url: 'https://news.example.evil/x' }, site)).toEqual([]);
  });

  it('places a text at its first line and column in the file', () => {
    expect(placeOf('---\ntitle: x\ncanonicalUrl: "https://news.example/a/"\n---\n', 'https://news.example/a/')).toEqual({ line: 3, column: 16 });
    expect(placeOf('---\n---\n', 'missing')).toEqual({ line: 1, column: 1 });
  });
});
