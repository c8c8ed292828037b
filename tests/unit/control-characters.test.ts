import { describe, expect, it } from 'vitest';
import { compileArticleBody } from '../../src/lib/article-body';
import {
  controlCharacterHint,
  controlCharacterProblems,
  encodingProblems,
  findControlCharacters,
  formatControlCharacterProblems,
  hasControlCharacter,
  readContentText,
} from '../../src/lib/control-characters';

const file = 'src/content/articles/x.mdx';

describe('findControlCharacters', () => {
  it('finds C0, DEL and C1 characters with line, column and code point, showing them visibly', () => {
    const text = 'First line\nThe score was 7\u001f2 at half time.\n\u000cPage two\u0096 and \u0085';
    expect(findControlCharacters(text)).toEqual([
      { line: 2, column: 16, codePoint: 0x1f, context: 'The score was 7␟2 at half time.' },
      { line: 3, column: 1, codePoint: 0x0c, context: '␌Page two<U+0096> and <U+0085>' },
      { line: 3, column: 10, codePoint: 0x96, context: '␌Page two<U+0096> and <U+0085>' },
      { line: 3, column: 16, codePoint: 0x85, context: '␌Page two<U+0096> and <U+0085>' },
    ]);
    expect(findControlCharacters('a\u007fb\u0000c\u0008')).toMatchObject([{ codePoint: 0x7f }, { codePoint: 0 }, { codePoint: 8 }]);
  });

  it('allows tab, newline and a Windows line end, and every printable character', () => {
    const clean = 'Tab\there\r\nWindows line\nNo-break\u00a0space, soft\u00adhyphen, “quotes” – dash, 新闻, 🗞️\n';
    expect(findControlCharacters(clean)).toEqual([]);
    expect(hasControlCharacter(clean)).toBe(false);
  });

  it('shows whole words around a character in a long line', () => {
    const [found] = findControlCharacters('Prosecutors in Frankfurt said the share\u001ffund was frozen on Tuesday by order of the court.');
    expect(found!.context).toBe('said the share␟fund was frozen on');
    // A word up to 40 characters long, such as an address, is shown whole.
    expect(findControlCharacters('see https://example.com/politics/a\u001fb today')[0]!.context).toBe('https://example.com/politics/a␟b today');
  });

  it('refuses a carriage return that ends no line', () => {
    expect(findControlCharacters('old\rMac text')).toMatchObject([{ line: 1, column: 4, codePoint: 0x0d }]);
    expect(hasControlCharacter('old\rMac')).toBe(true);
    expect(hasControlCharacter('old\rMac')).toBe(true); // a global pattern must not remember where it stopped
  });
});

describe('controlCharacterHint', () => {
  it('says what the character most likely was', () => {
    expect(controlCharacterHint(0x1f)).toMatch(/^often a lost dash/);
    expect(controlCharacterHint(0x96)).toBe('often a lost “–” (Windows-1252 text read as Latin-1): type –');
    expect(controlCharacterHint(0x93)).toMatch(/type “$/);
    expect(controlCharacterHint(0x0c)).toMatch(/page break/);
    expect(controlCharacterHint(0x81)).toBe('delete it, or type the character that was meant');
  });
});

describe('controlCharacterProblems', () => {
  const source = [
    '---',
    'title: "Spurs win 7\u001f2"',
    'topics:',
    '  - sport\u0008',
    '---',
    '',
    'Spurs beat Villa 7\u001f2.',
  ].join('\n');

  it('names the frontmatter field or the body, with line, column, code point and hint', () => {
    const problems = controlCharacterProblems(file, source);
    expect(problems.map(({ line, column, field }) => [line, column, field])).toEqual([
      [2, 20, 'title'],
      [4, 10, 'topics'],
      [7, 19, 'body'],
    ]);
    expect(problems[2]!.message).toBe(
      'U+001F, an invisible control character, in "Spurs beat Villa 7␟2.": often a lost dash or hyphen (Word writes an optional hyphen this way): type the dash you mean, – or -',
    );
  });

  it('formats one file:line:column line per problem', () => {
    expect(formatControlCharacterProblems(controlCharacterProblems(file, source)).split('\n')).toEqual([
      expect.stringMatching(/^src\/content\/articles\/x\.mdx:2:20: title: U\+001F, an invisible control character, in "/),
      expect.stringMatching(/^src\/content\/articles\/x\.mdx:4:10: topics: U\+0008, an invisible control character, in "- sport␈": often a deleted character/),
      expect.stringMatching(/^src\/content\/articles\/x\.mdx:7:19: body: U\+001F/),
    ]);
    expect(controlCharacterProblems(file, 'clean\n')).toEqual([]);
  });

  it('reads a body without frontmatter as body', () => {
    expect(controlCharacterProblems(file, 'title: no frontmatter \u0007')[0]!.field).toBe('body');
  });
});

describe('readContentText', () => {
  const noBytes = () => {
    throw new Error('the bytes are read only when the text holds a U+FFFD');
  };

  it('turns Windows line ends into plain ones, which are no problem, keeping every line and column', () => {
    const { text, problems } = readContentText(file, '---\r\ntitle: "A"\r\n---\r\n\r\nFirst line of a paragraph\r\nsecond line\r\n', noBytes);
    expect(problems).toEqual([]);
    expect(text).toBe('---\ntitle: "A"\n---\n\nFirst line of a paragraph\nsecond line\n');
  });

  it('reports control characters and blanks them, a carriage return that ends no line included', () => {
    const { text, problems } = readContentText(file, 'Score 7\u001f2\r\r\nold\rMac\r\n', noBytes);
    expect(text).toBe('Score 7 2 \nold Mac\n');
    expect(problems.map(({ line, column, message }) => [line, column, message.slice(0, 6)])).toEqual([
      [1, 8, 'U+001F'],
      [1, 10, 'U+000D'],
      [2, 4, 'U+000D'],
    ]);
  });
});

describe('encodingProblems', () => {
  /** A file as Windows-1252 saves it: one byte per character. */
  const windows1252 = (text: string) => Buffer.from(text, 'latin1');

  it('finds each byte that is not UTF-8 at the column of the U+FFFD it became, with what it probably was', () => {
    const bytes = windows1252('---\ntitle: "Caf\xe9 says \x93hello\x94"\n---\n\nSpurs beat Villa 7\x962 on Saturday.\n');
    const decoded = bytes.toString('utf8');
    const problems = encodingProblems(file, decoded, () => bytes);
    expect(problems.map(({ line, column, field }) => [line, column, field])).toEqual([
      [2, 12, 'title'],
      [2, 19, 'title'],
      [2, 25, 'title'],
      [5, 19, 'body'],
    ]);
    for (const { line, column } of problems) expect(decoded.split('\n')[line - 1]![column - 1]).toBe('\uFFFD');
    expect(problems[0]!.message).toBe(
      'the file is not saved as UTF-8: byte 0xE9, in "title: "Caf� says �hello�"", was probably a Windows-1252 “é”. Save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and check that the character reads as meant',
    );
    expect(problems[1]!.message).toContain('byte 0x93');
    expect(problems[1]!.message).toContain('was probably a Windows-1252 opening quote (“)');
    expect(problems[3]!.message).toMatch(/^the file is not saved as UTF-8: byte 0x96, in "Spurs beat Villa 7�2 on Saturday\.", was probably a Windows-1252 en dash \(–\)\. Save it as UTF-8/);
  });

  it('counts columns as the decoded text does, after characters of two UTF-16 units and broken sequences', () => {
    const bytes = Buffer.concat([Buffer.from('🗞️ news '), Buffer.from([0xe2, 0x80]), Buffer.from(' and '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' end \x81', 'latin1')]);
    const decoded = bytes.toString('utf8');
    const problems = encodingProblems(file, decoded, () => bytes);
    // A cut-short character is one U+FFFD; an encoded surrogate is three, as the decoder has them.
    expect(problems.map(({ column }) => column)).toEqual([10, 16, 17, 18, 24]);
    expect(problems.map(({ column }) => column)).toEqual([...decoded.matchAll(/\uFFFD/g)].map((match) => match.index + 1));
    expect(problems[0]!.message).toContain('bytes 0xE2 0x80, in "🗞️ news � and ��� end �", are not UTF-8.');
    expect(problems[4]!.message).toContain('byte 0x81, in "news � and ��� end �", is not UTF-8.');
  });

  it('leaves a replacement character that is really in the file alone, and reads no bytes without one', () => {
    const bytes = Buffer.from('A \uFFFD typed on purpose.\n');
    expect(encodingProblems(file, bytes.toString('utf8'), () => bytes)).toEqual([]);
    expect(encodingProblems(file, 'Plain text.\n', () => {
      throw new Error('read');
    })).toEqual([]);
  });
});

describe('character references to control characters in a body', () => {
  const frontmatter = '---\ntitle: "A story"\npubDate: "2022-03-03"\ntopics: [sport]\n---\n';
  const compile = (body: string) => compileArticleBody(frontmatter + body, { path: 'articles/story.mdx', siteUrl: 'https://news.example' });
  const places = (body: string) => compile(body).problems.map(({ line, column, message }) => [line, column, message.split(',')[0]]);

  it('are refused in text at the line and column of the reference, with its code point and hint', () => {
    const body = 'Spurs beat Villa 7&#x1f;2 and &#31; and &#x85; and &#127; and &#13; and &#0; here.\n';
    expect(places(body)).toEqual([
      [6, 19, '&#x1f; stands for U+001F'],
      [6, 31, '&#31; stands for U+001F'],
      [6, 41, '&#x85; stands for U+0085'],
      [6, 52, '&#127; stands for U+007F'],
      [6, 63, '&#13; stands for U+000D'],
      [6, 73, '&#0; stands for U+0000'],
    ]);
    expect(compile(body).problems[0]!.message).toBe(
      '&#x1f; stands for U+001F, an invisible control character, in "Spurs beat Villa 7&#x1f;2 and &#31; and": often a lost dash or hyphen (Word writes an optional hyphen this way): type the dash you mean, – or -',
    );
  });

  it('are refused in attributes, component props, link addresses and alt text', () => {
    const body = [
      'The <abbr title="Euro&#x1f;pean Union">EU</abbr> said.',
      '',
      '<Factbox title="Fact&#x96;box">',
      '- A fact',
      '</Factbox>',
      '',
      '<PullQuote by="Name&#8;, role">',
      'Words.',
      '</PullQuote>',
      '',
      '[A link](https://example.com/a&#x1f;b "Ti&#X1F;tle") and ![A pic&#x9f;](./photo.jpg)',
    ].join('\n');
    expect(places(body)).toEqual([
      [6, 22, '&#x1f; stands for U+001F'],
      [8, 21, '&#x96; stands for U+0096'],
      [12, 20, '&#8; stands for U+0008'],
      [16, 31, '&#x1f; stands for U+001F'],
      [16, 42, '&#X1F; stands for U+001F'],
      [16, 65, '&#x9f; stands for U+009F'],
    ]);
  });

  it('are text, and allowed, in code, in comments and after a backslash; other references are fine', () => {
    const body = [
      'Write `&#x1f;` for it, or \\&#x1f; in text. {/* &#x1f; */}',
      '',
      '```',
      'code &#31;',
      '```',
      '',
      'A tab&#9;, a new&#10;line, an en dash 7&#x2013;2 and &amp; are characters.',
    ].join('\n');
    const { problems, html } = compile(body);
    expect(problems).toEqual([]);
    expect(html).toContain('<code>&#x26;#x1f;</code>');
    expect(html).toContain('7–2');
  });
});
