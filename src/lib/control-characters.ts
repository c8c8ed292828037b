/**
 * Invisible control characters in editors' copy. Wire systems and word processors leave C0 and
 * C1 control characters in pasted text (Word writes an optional hyphen as U+001F, Windows-1252
 * dashes and quotes read as Latin-1 become U+0096, U+0093…). They are not allowed in HTML text
 * (HTML Living Standard, "Preprocessing the input stream": control-character-in-input-stream), make a news sitemap
 * or feed no longer XML (XML 1.0 §2.2 `Char` has no C0 other than tab, LF and CR), and draw as a
 * box on a share card. Removing them silently would turn "7␟2" into "72", so they are refused,
 * each named by where it is, its code point and what it most likely was.
 *
 * Allowed: tab, line feed, and a carriage return directly before a line feed (a Windows line end,
 * turned into a plain line feed before the file is read: see readContentText).
 *
 * The same characters written as character references in a body (`&#x1f;`, `&#13;`) are refused
 * too (controlCharacterReferences), and so is a file whose bytes are not UTF-8: read as UTF-8,
 * a Windows-1252 dash becomes U+FFFD and is published as "7�2" (encodingProblems).
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

/** A character in a content file that cannot be published (a control character, a byte that is not UTF-8), where it is and what to do about it. */
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

/** True when `text` holds a control character other than tab and newline. */
export function hasControlCharacter(text: string): boolean {
  controlPattern.lastIndex = 0;
  return controlPattern.test(text);
}

/** Every control character in `text` other than tab and newline, in order. */
export function findControlCharacters(text: string): ControlCharacter[] {
  const placeOf = placesIn(text);
  return [...text.matchAll(controlPattern)].map((match) => ({
    ...placeOf(match.index),
    codePoint: match[0].charCodeAt(0),
    context: contextAround(text, match.index, match[0].length),
  }));
}

/** Line and column (from 1; columns in UTF-16 units) of places in `text`, asked for in order. */
function placesIn(text: string): (index: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  return (index) => {
    for (let at = text.indexOf('\n', lineStart); at !== -1 && at < index; at = text.indexOf('\n', lineStart)) {
      line += 1;
      lineStart = at + 1;
    }
    return { line, column: index - lineStart + 1 };
  };
}

/**
 * The text around `length` characters at `index` on their line, up to 20 characters each side
 * cut back to whole words so the editor can search for it (a word up to 40 characters long, such
 * as an address, is kept whole), control characters shown visibly.
 */
function contextAround(text: string, index: number, length: number): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  const lineEnd = newline === -1 ? text.length : newline;
  const wordStart = Math.max(lineStart, text.lastIndexOf(' ', index - 1) + 1);
  const from = index - wordStart <= 40 ? Math.min(wordStart, index - 20) : index - 20;
  const to = Math.min(lineEnd, index + length + 20);
  let before = text.slice(Math.max(lineStart, from), index);
  let after = text.slice(index + length, to);
  if (from > lineStart && before.includes(' ')) before = before.slice(before.indexOf(' ') + 1);
  if (to < lineEnd && after.includes(' ')) after = after.slice(0, after.lastIndexOf(' '));
  return visible(`${before}${text.slice(index, index + length)}${after}`).trim();
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
 * A content file's text as the rest of the pipeline reads it, and the problems of its characters:
 * bytes that are not UTF-8 and control characters, each at its line and column, in order. The
 * loader and `npm run check` both read every file through this, before any parsing: a YAML or
 * MDX parser would stop at the first control character with a message about JSON characters,
 * or pass it into the page.
 *
 * `decoded` is the whole file as read from disk as UTF-8; `bytes` reads it again as bytes, only
 * when needed (see encodingProblems). In the text returned, refused characters are blanked to
 * spaces, so every line and column stays where it was and the rest of the file can still be
 * checked, and Windows line ends (CRLF) are plain line feeds, so no carriage return reaches a
 * page or feed.
 */
export function readContentText(file: string, decoded: string, bytes: () => Uint8Array): { text: string; problems: ControlCharacterProblem[] } {
  const problems = [...encodingProblems(file, decoded, bytes), ...controlCharacterProblems(file, decoded)];
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  // Blanked first: in "\r\r\n" the first CR ends no line and is refused, the second ends one.
  const blanked = problems.length > 0 ? decoded.replace(controlPattern, ' ') : decoded;
  return { text: blanked.includes('\r') ? blanked.replace(/\r\n/g, '\n') : blanked, problems };
}

/**
 * Every control character in a content file's raw text (frontmatter and body), as problems
 * naming line, column, field, code point and a hint. Takes the file's path (for the report
 * only) and its whole text as read from disk.
 */
export function controlCharacterProblems(file: string, rawText: string): ControlCharacterProblem[] {
  const found = findControlCharacters(rawText);
  if (found.length === 0) return [];
  const fieldAt = fieldsOf(rawText);
  return found.map(({ line, column, codePoint, context }) => ({ file, line, column, field: fieldAt(line), message: describeControlCharacter({ codePoint, context }) }));
}

/**
 * Bytes of a content file that are not UTF-8, as problems at the place of the U+FFFD each became
 * when the file was read. Decoders put U+FFFD where a byte is not UTF-8, and the page would
 * publish "7�2": a file saved as Windows-1252 (Word, older Windows tools) has its dashes and
 * quotes as single bytes 0x80–0x9F, and its accented letters as 0xA0–0xFF.
 *
 * Found in the bytes rather than by looking for U+FFFD in `decoded` (which is only the quick
 * test for whether to look): the byte says what the character most likely was (0x96 is a
 * Windows-1252 "–"), and a U+FFFD that is really in the file, valid UTF-8, is not blamed on
 * its encoding.
 */
export function encodingProblems(file: string, decoded: string, bytes: () => Uint8Array): ControlCharacterProblem[] {
  if (!decoded.includes('\uFFFD')) return [];
  const placeOf = placesIn(decoded);
  const fieldAt = fieldsOf(decoded);
  return invalidUtf8(bytes()).map(({ index, bytes: invalid }) => {
    const { line, column } = placeOf(index);
    const written = invalid.map((byte) => `0x${byte.toString(16).toUpperCase()}`).join(' ');
    const context = contextAround(decoded, index, 1);
    const meant = invalid.length === 1 ? windows1252Character(invalid[0]!) : undefined;
    const what = meant
      ? `byte ${written}, in "${context}", was probably a Windows-1252 ${meant}`
      : `${invalid.length === 1 ? 'byte' : 'bytes'} ${written}, in "${context}", ${invalid.length === 1 ? 'is' : 'are'} not UTF-8`;
    return {
      file,
      line,
      column,
      field: fieldAt(line),
      message: `the file is not saved as UTF-8: ${what}. Save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and check that the character reads as meant`,
    };
  });
}

/** The punctuation Word writes most, by its Windows-1252 byte, named: a quote mark in quotes reads badly. */
const punctuationNames: Record<number, string> = {
  0x85: 'ellipsis (…)', 0x91: 'opening single quote (‘)', 0x92: 'apostrophe (’)', 0x93: 'opening quote (“)', 0x94: 'closing quote (”)',
  0x96: 'en dash (–)', 0x97: 'em dash (—)', 0xa0: 'no-break space',
};

/** The character a single byte is in Windows-1252, as a message names it: `en dash (–)`, `“é”`. */
function windows1252Character(byte: number): string | undefined {
  const character = byte > 0xa0 ? String.fromCharCode(byte) : windows1252[byte];
  return punctuationNames[byte] ?? (character && `“${character}”`);
}

/**
 * Where a UTF-8 decoder meets bytes that are not UTF-8, as the WHATWG Encoding Standard's decoder
 * does (each maximal invalid subsequence becomes one U+FFFD): `index` is that U+FFFD's place in
 * the decoded text (UTF-16 units), `bytes` what was written there.
 */
function invalidUtf8(bytes: Uint8Array): { index: number; bytes: number[] }[] {
  const found: { index: number; bytes: number[] }[] = [];
  let index = 0;
  for (let at = 0; at < bytes.length; ) {
    const lead = bytes[at]!;
    // How many continuation bytes the lead byte needs, and the range of the first (the others
    // are 0x80–0xBF): this is what refuses overlong forms, surrogates and code points past U+10FFFF.
    const [needed, lower, upper] =
      lead < 0x80 ? [0, 0, 0]
      : lead >= 0xc2 && lead <= 0xdf ? [1, 0x80, 0xbf]
      : lead >= 0xe0 && lead <= 0xef ? [2, lead === 0xe0 ? 0xa0 : 0x80, lead === 0xed ? 0x9f : 0xbf]
      : lead >= 0xf0 && lead <= 0xf4 ? [3, lead === 0xf0 ? 0x90 : 0x80, lead === 0xf4 ? 0x8f : 0xbf]
      : [-1, 0, 0];
    let length = 1;
    while (length <= needed && at + length < bytes.length) {
      const next = bytes[at + length]!;
      if (next < (length === 1 ? lower : 0x80) || next > (length === 1 ? upper : 0xbf)) break;
      length += 1;
    }
    if (length !== needed + 1) found.push({ index, bytes: [...bytes.subarray(at, at + length)] });
    index += needed === 3 && length === 4 ? 2 : 1;
    at += length;
  }
  return found;
}

/** A numeric character reference as CommonMark and MDX read one: `&#x1f;`, `&#31;` (up to 6 hex or 7 decimal digits). */
const referencePattern = /&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g;

/** Code points refused however they are written: C0 other than tab and LF, DEL and C1 (a reference to CR ends no line). */
const isRefusedCodePoint = (codePoint: number) => (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a) || (codePoint >= 0x7f && codePoint <= 0x9f);

/**
 * Character references to control characters that a body's parser decodes, such as `7&#x1f;2`
 * in text or `title="Euro&#x1f;pean Union"` on a tag or component, each at the reference's line
 * and column with its code point and hint. The parsed tree cannot say what was written: the
 * parser puts U+FFFD in their place, or for `&#13;` a carriage return.
 *
 * A reference in code, in a `{/* comment *\/}` or after a backslash is text, not a character,
 * and is left alone. Which references the parser decodes is asked of the parser itself, not
 * guessed from its rules: `text` is parsed again with each suspect reference swapped for one to
 * a private-use character, and the ones found in the tree were decoded. `parse` parses text as
 * the body is parsed; it is called only when the text holds such a reference.
 */
export function controlCharacterReferences(text: string, parse: (text: string) => unknown): { line: number; column: number; message: string }[] {
  const suspects = [...text.matchAll(referencePattern)]
    .map((match) => ({ index: match.index, reference: match[0], codePoint: match[1] ? parseInt(match[1], 16) : Number(match[2]) }))
    .filter(({ codePoint }) => isRefusedCodePoint(codePoint));
  if (suspects.length === 0) return [];

  let marked = '';
  let copied = 0;
  let marker = 0xf0000;
  const markers = suspects.map(({ index, reference }) => {
    while (text.includes(String.fromCodePoint(marker))) marker += 1;
    marked += `${text.slice(copied, index)}&#x${marker.toString(16)};`;
    copied = index + reference.length;
    return String.fromCodePoint(marker++);
  });
  marked += text.slice(copied);
  let tree: string | undefined;
  try {
    tree = JSON.stringify(parse(marked));
  } catch {
    // Cannot happen for text that parsed once, as only references changed; refuse them all if it does.
  }
  // A link's address holds the character percent-encoded.
  const addresses = tree?.toUpperCase();
  const decoded = (character: string) => tree === undefined || tree.includes(character) || addresses!.includes(encodeURI(character));

  const placeOf = placesIn(text);
  return suspects.flatMap(({ index, reference, codePoint }, at) =>
    decoded(markers[at]!)
      ? [{ ...placeOf(index), message: `${reference} stands for ${describeControlCharacter({ codePoint, context: contextAround(text, index, reference.length) })}` }]
      : [],
  );
}

/** `U+001F, an invisible control character, in "7␟2": often a lost dash…`: what an editor reads. */
export function describeControlCharacter({ codePoint, context }: Pick<ControlCharacter, 'codePoint' | 'context'>): string {
  return `${codePointName(codePoint)}, an invisible control character, in "${context}": ${controlCharacterHint(codePoint)}`;
}

/** For a line of `text` (1-based): `body`, or the top-level frontmatter field it belongs to (`title`). */
function fieldsOf(text: string): (line: number) => string {
  const lines = text.split('\n');
  const frontmatterEnd = lines[0]?.trimEnd() === '---' ? lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---') + 1 : 0;
  return (line) => {
    if (line > frontmatterEnd) return 'body';
    for (let index = line - 1; index > 0; index -= 1) {
      const key = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[index]!);
      if (key) return key[1]!;
    }
    return 'frontmatter';
  };
}

/** `file:line:column: field: message`, one line per problem, as compilers print them. */
export function formatControlCharacterProblems(problems: readonly ControlCharacterProblem[]): string {
  return problems.map(({ file, line, column, field, message }) => `${file}:${line}:${column}: ${field}: ${message}`).join('\n');
}
