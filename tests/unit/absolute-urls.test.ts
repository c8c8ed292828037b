import { describe, expect, it } from 'vitest';
import { absoluteSrcset, absoluteUrlFrom, absolutizeHtml } from '../../src/lib/absolute-urls';

const page = 'https://news.example.com/articles/a-story/';

describe('absoluteUrlFrom', () => {
  it('resolves root-, page- and fragment-relative URLs against the page they were written for', () => {
    expect(absoluteUrlFrom('/topics/china/', page)).toBe('https://news.example.com/topics/china/');
    expect(absoluteUrlFrom('../other-story/', page)).toBe('https://news.example.com/articles/other-story/');
    expect(absoluteUrlFrom('./photo.png', page)).toBe('https://news.example.com/articles/a-story/photo.png');
    expect(absoluteUrlFrom('#pictures', page)).toBe('https://news.example.com/articles/a-story/#pictures');
    expect(absoluteUrlFrom('//cdn.example.net/x.png', page)).toBe('https://cdn.example.net/x.png');
  });

  it('keeps URLs that already have a scheme exactly as written', () => {
    for (const url of ['HTTPS://Example.com/A', 'mailto:desk@example.com', 'tel:+441234', 'data:image/png;base64,AAAA', 'https://example.com/a?b=1&c=2']) {
      expect(absoluteUrlFrom(url, page)).toBe(url);
    }
  });
});

describe('absoluteSrcset', () => {
  it('makes each candidate absolute and keeps its descriptor', () => {
    expect(absoluteSrcset('/_astro/a.webp 400w, /_astro/b.webp 800w', page)).toBe(
      'https://news.example.com/_astro/a.webp 400w, https://news.example.com/_astro/b.webp 800w',
    );
  });
});

describe('absolutizeHtml', () => {
  it('rewrites links, images, srcset and media URLs and nothing else', () => {
    const html =
      '<p title="a > b" class="x"><a href="/topics/china/">China</a> <img src="/_astro/p.webp" srcset="/_astro/p1.webp 1x, /_astro/p2.webp 2x" alt="A photo"></p>' +
      '<video poster="/_astro/v.jpg"><source src="/clip.mp4"></video><blockquote cite="/source/">q</blockquote>';
    expect(absolutizeHtml(html, page)).toBe(
      '<p title="a > b" class="x"><a href="https://news.example.com/topics/china/">China</a> <img src="https://news.example.com/_astro/p.webp" srcset="https://news.example.com/_astro/p1.webp 1x, https://news.example.com/_astro/p2.webp 2x" alt="A photo"></p>' +
        '<video poster="https://news.example.com/_astro/v.jpg"><source src="https://news.example.com/clip.mp4"></video><blockquote cite="https://news.example.com/source/">q</blockquote>',
    );
  });

  it('handles single-quoted, unquoted and upper-case attributes and keeps the tag intact', () => {
    expect(absolutizeHtml("<a HREF='../b/' class=k>x</a><a href=/c>y</a>", page)).toBe(
      '<a HREF="https://news.example.com/articles/b/" class=k>x</a><a href="https://news.example.com/c">y</a>',
    );
  });

  it('re-escapes characters in rewritten values', () => {
    expect(absolutizeHtml('<a href="/search/?q=a&amp;b=&quot;c&quot;">s</a>', page)).toBe(
      '<a href="https://news.example.com/search/?q=a&amp;b=%22c%22">s</a>',
    );
  });

  it('leaves text, comments and script contents alone, even when they look like links', () => {
    const html = '<p>write href="/x" like this</p><!-- <a href="/y"> --><script>"<a href=\'/z\'>"</script>';
    expect(absolutizeHtml(html, page)).toBe(html);
  });

  it('returns HTML without relative URLs unchanged', () => {
    const html = '<p>Plain <a href="https://example.com/">link</a> and “quotes”.</p>\n<p>Two &amp; three</p>';
    expect(absolutizeHtml(html, page)).toBe(html);
  });
});
