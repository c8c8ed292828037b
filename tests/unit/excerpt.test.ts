import { describe, expect, it } from 'vitest';
import { renderedTextExcerpt } from '../../src/lib/excerpt';

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
});
