/**
 * Everything Markdown can write reaches the built article page as markup the site's Content
 * Security Policy and stylesheet allow: the fixture tests/fixtures/site-content/articles/
 * fixture-markdown.mdx holds each construct (the browser side is tests/browser/markdown-body.test.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { builtFiles, page } from '../support/site';
import { projectRoot, runBuild, tempDir } from '../support/build';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'cheerio';

const path = '/articles/fixture-markdown/';

describe('the Markdown fixture article', () => {
  it('keeps every construct: table, footnotes, strikethrough, task list, code, nested lists, quotes, titled image, rule', () => {
    const $ = page(path);
    const body = $('.article-body');
    expect(body.find('table thead th')).toHaveLength(4);
    expect(body.find('table tbody tr')).toHaveLength(3);
    expect(body.find('sup a[data-footnote-ref]').attr('href')).toBe('#user-content-fn-revised');
    expect(body.find('section.footnotes h2.sr-only').text()).toBe('Footnotes');
    expect(body.find('del').text()).toBe('old');
    expect(body.find('li.task-list-item input[type=checkbox]')).toHaveLength(2);
    expect(body.find('pre code').text()).toContain('quarters.map');
    expect(body.find('ol > li > ul > li > ol > li').text()).toBe('deeper still');
    expect(body.find('blockquote blockquote')).toHaveLength(1);
    expect(body.find('img[title="Blue rectangle, with a title"]')).toHaveLength(1);
    expect(body.find('hr')).toHaveLength(1);
  });

  it('writes table column alignment as classes, never as a style attribute', () => {
    const $ = page(path);
    const columns = $('.article-body table tr')
      .toArray()
      .map((row) => $(row).children().toArray().map((cell) => $(cell).attr('class')));
    for (const row of columns) expect(row).toEqual(['align-left', 'align-center', 'align-right', 'align-right']);
    expect($('.article-body [style]')).toHaveLength(0);
  });

  it('names each task-list checkbox after its item', () => {
    const $ = page(path);
    const labels = $('li.task-list-item input').toArray().map((input) => $(input).attr('aria-label'));
    expect(labels).toEqual(['Figures checked against the filing', 'Second source called']);
  });

  it('no built page has a style attribute, which the Content Security Policy would block', () => {
    const offenders = builtFiles()
      .filter((file) => file.endsWith('.html'))
      .filter((file) => load(readFileSync(file, 'utf8'))('[style]').length > 0);
    expect(offenders).toEqual([]);
  });
});

describe('an article saved with Windows line endings (CR LF)', () => {
  // tests/fixtures/line-endings is committed with its CR LF line ends (.gitattributes: -text).
  const fixture = join(projectRoot, 'tests/fixtures/line-endings/articles/windows-line-endings.mdx');
  const workDir = tempDir('line-endings');
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('builds with no carriage return in any page, feed or other text file, and reads as written', async () => {
    expect(readFileSync(fixture, 'utf8').split('\r\n').length, 'the fixture lost its CR LF line ends').toBeGreaterThan(20);
    const outDir = join(workDir, 'dist');
    const { code, output } = await runBuild({ contentDir: join(projectRoot, 'tests/fixtures/line-endings'), outDir });
    expect(code, output).toBe(0);

    // Images and Pagefind's compressed index are bytes, where 0x0D is no line end.
    const textFiles = builtFiles(outDir).filter((file) => !/\.(png|jpe?g|webp|avif|gif|ico|woff2?|pagefind|pf_\w+)$/.test(file));
    expect(textFiles.map((file) => relative(outDir, file))).toEqual(expect.arrayContaining(['articles/windows-line-endings/index.html', 'rss.xml', 'topics/sport/rss.xml', 'feed.json']));
    expect(textFiles.filter((file) => readFileSync(file).includes(0x0d)).map((file) => relative(outDir, file))).toEqual([]);

    const $ = load(readFileSync(join(outDir, 'articles/windows-line-endings/index.html'), 'utf8'));
    const body = $('.article-body');
    expect(body.find('p').first().text()).toBe('First line of a paragraph\nsecond line of the same paragraph.');
    expect(body.find('blockquote p').text()).toBe('A quotation that runs\nover two lines.');
    expect(body.find('li').map((_, li) => $(li).text()).get()).toEqual(['One fact', 'Another fact']);
    expect(body.find('pre code').text()).toBe('code that keeps\nits line breaks\n');
    expect($('meta[name="description"]').attr('content')).toBe('A standfirst folded over two lines');
    const rss = readFileSync(join(outDir, 'rss.xml'), 'utf8');
    expect(rss).toContain('First line of a paragraph\nsecond line of the same paragraph.');
  });
});
