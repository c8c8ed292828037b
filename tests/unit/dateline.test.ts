import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { datelineText, withDateline } from '../../src/lib/dateline';

describe('datelineText', () => {
  it('prints the place in capitals by the language’s own rules, then a dash', () => {
    expect(datelineText('Beijing', 'en-GB')).toBe('BEIJING —');
    expect(datelineText('São Paulo', 'en-GB')).toBe('SÃO PAULO —');
    // Turkish capitalises the dotted i as İ; English rules give I.
    expect(datelineText('izmir', 'tr')).toBe('İZMİR —');
    expect(datelineText('izmir', 'en-GB')).toBe('IZMIR —');
  });
});

describe('withDateline', () => {
  it('opens the first paragraph with the dateline, leaving the rest of the story as it was', () => {
    const body = '<p>China’s JD.com said…</p>\n<p>Second paragraph.</p>';
    const html = withDateline(body, 'Beijing', 'en-GB');
    const $ = load(html);
    expect($('p').first().text()).toBe('BEIJING — China’s JD.com said…');
    expect($('p').first().children().first().is('span.dateline')).toBe(true);
    expect(html.endsWith('said…</p>\n<p>Second paragraph.</p>')).toBe(true);
  });

  it('keeps the opening paragraph’s attributes', () => {
    expect(withDateline('  <p class="lead" id="x">Text</p>', 'Kyiv', 'en-GB')).toBe(
      '  <p class="lead" id="x"><span class="dateline">KYIV —</span> Text</p>',
    );
  });

  it('stands alone, without a dash, before a story that does not open with a paragraph', () => {
    const html = withDateline('<h2>Heading</h2><p>Text</p>', 'Lagos', 'en-GB');
    const $ = load(html);
    expect($('body').children().first().is('p.dateline')).toBe(true);
    expect($('p.dateline').text()).toBe('LAGOS');
    expect(html).toContain('<h2>Heading</h2><p>Text</p>');
    // A <pre> or <picture> is not a paragraph, though its name starts with p.
    expect(load(withDateline('<pre>code</pre>', 'Lagos', 'en-GB'))('pre').text()).toBe('code');
    expect(withDateline('<pre>code</pre>', 'Lagos', 'en-GB')).toMatch(/^<p class="dateline">LAGOS<\/p>/);
  });

  it('escapes the place, which is frontmatter text', () => {
    const html = withDateline('<p>Text</p>', 'A & <b>B</b>', 'en-GB');
    expect(load(html)('span.dateline').text()).toBe('A & <B>B</B> —');
    expect(load(html)('b')).toHaveLength(0);
  });

  it('returns the body unchanged when the place is unknown', () => {
    expect(withDateline('<p>Text</p>', undefined, 'en-GB')).toBe('<p>Text</p>');
  });
});
