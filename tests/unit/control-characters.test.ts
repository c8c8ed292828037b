import { describe, expect, it } from 'vitest';
import {
  controlCharacterHint,
  controlCharacterProblems,
  findControlCharacters,
  formatControlCharacterProblems,
  hasControlCharacter,
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
