/**
 * Everything Markdown can write reaches the built article page as markup the site's Content
 * Security Policy and stylesheet allow: the fixture tests/fixtures/site-content/articles/
 * fixture-markdown.mdx holds each construct (the browser side is tests/browser/markdown-body.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { builtFiles, page } from '../support/site';
import { readFileSync } from 'node:fs';
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
