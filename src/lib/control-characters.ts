/**
 * Invisible control characters in editors' copy. Wire systems and word processors leave C0 and
 * C1 control characters in pasted text (Word writes an optional hyphen as U+001F, Windows-1252
 * dashes and quotes read as Latin-1 become U+0096, U+0093…). They are not allowed in HTML text
 * (HTML Living Standard, "Preprocessing the input stream": control-character-in-input-stream), make a news sitemap
 * or feed no longer XML (XML 1.0 §2.2 `Char` has no C0 other than tab, LF and CR), and draw as a
 * box on a share card. Removing them silently would turn "7␟2" into "72", so they are refused,
 * each named by where it is, its code point and what it most likely was.
 *
 * Allowed: tab, line feed, and a carriage return directly before a line feed (a Windows line end).
 */

/** One control character found in a text. Line and column count from 1; columns in UTF-16 units, as editors count. */
export interface ControlCharacter {
  line: number;
  column: number;
  /** The code point, e.g. 0x1f. */
  codePoint: number;
  /** The text around it, with the character shown as a visible symbol, e.g. `score 7␟2 at`. */
  context: string;
}

/** A control character in a content file, where it is and what to do about it. */
export interface ControlCharacterProblem {
  file: string;
  line: number;
  column: number;
  /** `body`, or the top-level frontmatter field the character sits in (`title`). */
  field: string;
  message: string;
}

/** C0 (U+0000–U+001F) other than tab and LF, DEL (U+007F) and C1 (U+0080–U+009F); CR only when no LF follows. */
const controlPattern = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/** A fresh global pattern matching each refused character, e.g. to blank them out once reported. */
export const controlCharacterPattern = () => new RegExp(controlPattern);

/** True when `text` holds a control character other than tab and newline. */
export function hasControlCharacter(text: string): boolean {
  controlPattern.lastIndex = 0;
  return controlPattern.test(text);
}

/** Every control character in `text` other than tab and newline, in order. */
export function findControlCharacters(text: string): ControlCharacter[] {
  const found: ControlCharacter[] = [];
  let line = 1;
  let lineStart = 0;
  let nextNewline = text.indexOf('\n');
  for (const match of text.matchAll(controlPattern)) {
    while (nextNewline !== -1 && nextNewline < match.index) {
      line += 1;
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    const lineEnd = nextNewline === -1 ? text.length : nextNewline;
    // Up to 20 characters each side, cut back to whole words, so the editor can search for it.
    const from = Math.max(lineStart, match.index - 20);
    const to = Math.min(lineEnd, match.index + 21);
    let before = text.slice(from, match.index);
    let after = text.slice(match.index + 1, to);
    if (from > lineStart && before.includes(' ')) before = before.slice(before.indexOf(' ') + 1);
    if (to < lineEnd && after.includes(' ')) after = after.slice(0, after.lastIndexOf(' '));
    const codePoint = match[0].charCodeAt(0);
    found.push({ line, column: match.index - lineStart + 1, codePoint, context: visible(`${before}${match[0]}${after}`).trim() });
  }
  return found;
}

/** U+001F as written in messages. */
export const codePointName = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** Shows control characters as Unicode's Control Pictures (␟, ␌) or `<U+0096>` where there is none. */
function visible(text: string): string {
  return text.replace(controlPattern, (char) => {
    const codePoint = char.charCodeAt(0);
    if (codePoint < 0x20) return String.fromCharCode(0x2400 + codePoint);
    if (codePoint === 0x7f) return '\u2421';
    return `<${codePointName(codePoint)}>`;
  });
}

/**
 * What a C1 character most often is: a Windows-1252 character read as Latin-1, whose byte
 * (0x80–0x9F) became the C1 code point of the same number (WHATWG Encoding, windows-1252 index).
 */
const windows1252: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/** What the character most likely was, and what to write instead. */
export function controlCharacterHint(codePoint: number): string {
  switch (codePoint) {
    case 0x1f:
      return 'often a lost dash or hyphen (Word writes an optional hyphen this way): type the dash you mean, – or -';
    case 0x1e:
      return 'often a lost hyphen (Word writes a non-breaking hyphen this way): type -';
    case 0x0b:
      return 'often a line break from a word processor: start a new line or paragraph';
    case 0x0c:
      return 'often a page break from a wire system: delete it';
    case 0x08:
      return 'often a deleted character the wire system kept: delete it and check the word around it';
    case 0x0d:
      return 'an old-style line break: start a new line';
    default: {
      const meant = windows1252[codePoint];
      return meant ? `often a lost “${meant}” (Windows-1252 text read as Latin-1): type ${meant}` : 'delete it, or type the character that was meant';
    }
  }
}

/**
 * Every control character in a content file's raw text (frontmatter and body), as problems
 * naming line, column, field, code point and a hint. Takes the file's path (for the report
 * only) and its whole text as read from disk, before any parsing: a YAML or MDX parser would
 * stop at the first one with a message about JSON characters, or pass it into the page.
 */
export function controlCharacterProblems(file: string, rawText: string): ControlCharacterProblem[] {
  const found = findControlCharacters(rawText);
  if (found.length === 0) return [];
  const lines = rawText.split('\n');
  const frontmatterEnd = lines[0]?.trimEnd() === '---' ? lines.findIndex((text, index) => index > 0 && text.trimEnd() === '---') + 1 : 0;
  return found.map(({ line, column, codePoint, context }) => ({
    file,
    line,
    column,
    field: line <= frontmatterEnd ? frontmatterField(lines, line) : 'body',
    message: describeControlCharacter({ codePoint, context }),
  }));
}

/** `U+001F, an invisible control character, in "7␟2": often a lost dash…`: what an editor reads. */
export function describeControlCharacter({ codePoint, context }: Pick<ControlCharacter, 'codePoint' | 'context'>): string {
  return `${codePointName(codePoint)}, an invisible control character, in "${context}": ${controlCharacterHint(codePoint)}`;
}

/** The top-level frontmatter key whose value holds line `line` (1-based), e.g. `title`. */
function frontmatterField(lines: string[], line: number): string {
  for (let index = line - 1; index > 0; index -= 1) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[index]!);
    if (key) return key[1]!;
  }
  return 'frontmatter';
}

/** `file:line:column: field: message`, one line per problem, as compilers print them. */
export function formatControlCharacterProblems(problems: readonly ControlCharacterProblem[]): string {
  return problems.map(({ file, line, column, field, message }) => `${file}:${line}:${column}: ${field}: ${message}`).join('\n');
}
