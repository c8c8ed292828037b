import { describe, expect, it } from 'vitest';
import { compileArticleBody } from '../../src/lib/article-body';
import { cutAtWord } from '../../src/lib/cut-text';
import { describeArticle, renderedTextExcerpt } from '../../src/lib/excerpt';
import { toFeedItem } from '../../src/lib/feed-items';
import { articleHead, articleShareImage, articleStructuredData } from '../../src/lib/page-meta';
import { clampHeadline } from '../../src/lib/social-card';
import { fakeArticle } from '../support/entries';

/** An article with no standfirst whose body is `mdx`, rendered by the real body pipeline. */
function articleWithBody(mdx: string) {
  const { html, problems } = compileArticleBody(`---\ntitle: "A story"\n---\n${mdx}`, { path: 'articles/x.mdx', siteUrl: 'https://news.example' });
  expect(problems).toEqual([]);
  const article = fakeArticle('x', { corrections: [] });
  return { ...article, rendered: { html } };
}

/** The description each place shows: the meta description, the JSON-LD, the JSON Feed summary. */
function descriptions(article: ReturnType<typeof articleWithBody>) {
  const image = articleShareImage(article, undefined);
  return [
    describeArticle(article),
    articleHead(article, image).description,
    articleStructuredData(article, image, [])[0]!['description'],
    toFeedItem(article, { bodyHtml: article.rendered.html }, 'https://news.example').summary,
  ];
}

describe('renderedTextExcerpt', () => {
  // What Astro's Markdown renders for the issue's inputs: `Turnout was \<40% and support
  // &lt;=25% according to the poll[^1], down from ~~£200bn~~ £150bn.` plus its footnote.
  const body = [
    '<p>Turnout was &lt;40% and support &lt;=25% according to the poll<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="true" aria-describedby="footnote-label">1</a></sup>, down from <del>£200bn</del> £150bn &amp; more.</p>',
    '<p>A second paragraph with <em>emphasis</em>, <code>a &amp;lt; b</code>, a <a href="https://example.com" rel="noopener noreferrer">link<span class="outside-mark" aria-hidden="true">↗</span><span class="visually-hidden"> (another site)</span></a> and “quotes”.</p>',
    '<h2 id="a-heading">A heading</h2>',
    '<ul>\n<li>a list item</li>\n</ul>',
    '<blockquote>\n<p>A quote.</p>\n</blockquote>',
    '<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>',
    '<ol>\n<li id="user-content-fn-1">\n<p>The poll was by YouGov, 1,000 adults. <a href="#user-content-fnref-1" data-footnote-backref aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>\n</li>\n</ol>\n</section>',
  ].join('\n');

  it('reads the story as the page shows it: entities decoded once, no footnote marker, note or struck-out text', () => {
    expect(renderedTextExcerpt(body, 1000)).toBe(
      'Turnout was <40% and support <=25% according to the poll, down from £150bn & more. ' +
        'A second paragraph with emphasis, a &lt; b, a link and “quotes”.',
    );
  });

  it('never shows the source syntax the issue found in listings and feeds', () => {
    const text = renderedTextExcerpt(body, 1000);
    for (const syntax of ['\\<', '&lt;=', '&amp;', '[^1]', '~~', '£200bn', 'YouGov', '↩', '↗', '(another site)', 'A quote', 'A heading']) {
      expect(text).not.toContain(syntax);
    }
  });

  it('leaves no gap before punctuation where struck-out words were, and reads line breaks as spaces', () => {
    expect(renderedTextExcerpt('<p>The deal, once valued at <del>£200bn</del>, collapsed.<br>It ended.</p>')).toBe(
      'The deal, once valued at, collapsed. It ended.',
    );
  });

  it('leaves out paragraphs in figures and asides, and cuts long text at a word boundary', () => {
    expect(renderedTextExcerpt('<figure><img alt="x"><figcaption><p>Caption</p></figcaption></figure><aside><p>Pull quote</p></aside><p>one two three four five six seven</p>', 15)).toBe(
      'one two three…',
    );
    expect(renderedTextExcerpt('')).toBe('');
  });

  it('falls back to the text of list items and quotes when the story has no paragraph of its own', () => {
    expect(renderedTextExcerpt('<ul>\n<li>First <em>point</em></li>\n<li>Second<ul><li>nested</li></ul></li>\n</ul>\n<blockquote>\n<p>A quote.</p>\n</blockquote>')).toBe(
      'First point Second nested A quote.',
    );
    // With a paragraph, lists and quotes stay out; figures, asides and tables stay out always.
    expect(renderedTextExcerpt('<ul><li>A point</li></ul><p>The story.</p><blockquote><p>A quote.</p></blockquote>')).toBe('The story.');
    expect(renderedTextExcerpt('<aside><ul><li>Box fact</li></ul></aside><table><tr><td>Cell</td></tr></table>')).toBe('');
  });
});

describe('excerpts readers see', () => {
  it('never cut an emoji or a letter with its accents in half', () => {
    const text = `${'中国'.repeat(79)}a😀😀😀😀`;
    expect(cutAtWord(text, 160)).toBe(`${'中国'.repeat(79)}a…`);
    expect(cutAtWord(`${'中国'.repeat(79)}👩‍👩‍👧‍👦 and more`, 160)).toBe(`${'中国'.repeat(79)}…`);
    expect(cutAtWord(`${'x'.repeat(159)}e\u0301\u0301tc`, 160)).toBe(`${'x'.repeat(159)}…`);
    expect(clampHeadline(`${'中国'.repeat(40)}😀😀`, 81)).toBe(`${'中国'.repeat(40)}…`);
    const article = articleWithBody(`${text}\n`);
    for (const description of descriptions(article)) {
      expect(description).toBe(`${'中国'.repeat(79)}a…`);
      expect(description).not.toMatch(/\p{Surrogate}|\uFFFD/u);
    }
  });

  it('describe a story told as a list and a quote by their words, everywhere it is described', () => {
    const article = articleWithBody('- Polls closed at 22:00.\n- Counting has begun.\n\n> "It is close," an official said.\n');
    expect(descriptions(article)).toEqual(Array(4).fill('Polls closed at 22:00. Counting has begun. “It is close,” an official said.'));
  });
});

