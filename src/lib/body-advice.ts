/**
 * What an editor reads about a body mistake the MDX parser finds, and about the HTML an editor
 * may not write. The parser speaks its own grammar ("Expected a closing tag for `<br>` before
 * the end of `paragraph`"); these messages name what the editor wrote, at the place they wrote
 * it, and give the fix in their own text (`<br />`, `\{£1,000\}`, `{/* note *\/}`). Pure; read
 * by the body pipeline (src/lib/article-body.ts).
 */
import { editorialComponents } from '../editorial/registry';
import { cutAtWord } from './cut-text';

/** A place in the file: 1-based line and column (UTF-16 units, as the parser and editors count). */
interface Place {
  line: number;
  column: number;
}

/**
 * HTML an editor may not write: what replaces it, in the editor's words. Frames and scripts
 * would break the Content Security Policy or run someone else's code on our pages.
 */
const refusedElements: Record<string, string> = {
  iframe: 'embedded frames are blocked by the site\'s security policy; use <Embed url="…" title="…"> for a video or post',
  script: 'scripts are not allowed in an article',
  style: 'styles are not allowed in an article; the site\'s stylesheet styles every element',
  link: 'stylesheets and scripts are not allowed in an article',
  meta: 'a page\'s metadata comes from the frontmatter, not the body',
  base: 'not allowed in an article',
  object: 'embedded objects are not allowed; use <Embed url="…" title="…">',
  embed: 'embedded objects are not allowed; use <Embed url="…" title="…">',
  form: 'forms are not allowed in an article',
  input: 'form fields are not allowed in an article',
  button: 'buttons are not allowed in an article',
  textarea: 'form fields are not allowed in an article',
  select: 'form fields are not allowed in an article',
  svg: 'inline drawings are not allowed; add the picture as an image file beside the article',
  math: 'not allowed in an article',
};

/** Why the element `name` is refused, or undefined when an editor may write it. */
export function refusal(name: string): string | undefined {
  return editorialComponents.has(name) ? undefined : refusedElements[name.toLowerCase()];
}

/**
 * HTML's void elements (HTML Living Standard, "Elements: void elements"): they never have
 * content, so HTML writes them `<br>`; MDX reads tags as JSX, where every tag is closed: `<br />`.
 */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The parser's names for the blocks a tag must close within. */
const containers: Record<string, string> = { paragraph: 'its paragraph', blockQuote: 'the quote it is in', listItem: 'the list item it is in' };

/** Text as a message quotes it: on one line, cut at a word after `max` characters. */
function quoted(text: string, max = 60): string {
  return cutAtWord(text.replace(/\s+/g, ' ').trim(), max);
}

/** True when the character at `index` is escaped with a backslash (`\{`). */
function isEscaped(source: string, index: number): boolean {
  let backslashes = 0;
  while (source[index - backslashes - 1] === '\\') backslashes += 1;
  return backslashes % 2 === 1;
}

function offsetOf(source: string, { line, column }: Place): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = source.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, source.length);
}

function placeOf(source: string, offset: number): Place {
  const before = source.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * The message for a `{…}` expression, which MDX would run as code: the expression quoted whole
 * and the fix in the editor's own words, every brace escaped (`{£1,000}` → `\{£1,000\}`).
 * `evaluated`: the parser read it as code, so its result would replace the text.
 */
export function expressionAdvice(code: string, evaluated: boolean): string {
  const written = `{${code}}`.replace(/\s+/g, ' ');
  const why = evaluated ? 'curly braces mark code in MDX, and the text would be replaced by its result' : 'curly braces mark code in MDX';
  if (written.length > 60) return `"${quoted(written)}": ${why}. To print braces, write \\{ at its start and \\} at its end`;
  return `"${written}": ${why}. To print braces, write \\{${code.replace(/\s+/g, ' ').replace(/[{}]/g, '\\$&')}\\}`;
}

/** A brace the parser could not read: at its `{`, the expression quoted whole when it closes. */
function braceProblem(source: string, offset: number): Place & { message: string } {
  // The parser points inside the expression (at the word it tripped on): go back to its `{`,
  // the outermost one still open there, within the paragraph.
  let open: number | undefined;
  let depth = 0;
  const paragraphStart = Math.max(0, source.lastIndexOf('\n\n', offset));
  for (let index = source[offset] === '}' ? offset - 1 : offset; index >= paragraphStart; index -= 1) {
    const char = source[index];
    if ((char !== '{' && char !== '}') || isEscaped(source, index)) continue;
    if (char === '}') depth += 1;
    else if (depth > 0) depth -= 1;
    else open = index;
  }
  if (open === undefined) return { ...placeOf(source, offset), message: `"${quoted(source.slice(offset, offset + 30))}": curly braces mark code in MDX. To print a brace, write \\{ or \\}` };
  depth = 0;
  let close: number | undefined;
  for (let index = open + 1; index < source.length; index += 1) {
    const char = source[index];
    if ((char !== '{' && char !== '}') || isEscaped(source, index)) continue;
    if (char === '{') depth += 1;
    else if (depth > 0) depth -= 1;
    else {
      close = index;
      break;
    }
  }
  const place = placeOf(source, open);
  if (close !== undefined) return { ...place, message: expressionAdvice(source.slice(open + 1, close), false) };
  const lineEnd = source.indexOf('\n', open);
  const after = source.slice(open + 1, lineEnd === -1 ? undefined : lineEnd);
  const before = source.slice(source.lastIndexOf('\n', open) + 1, open);
  const example = `${/\S*\s*$/.exec(before)![0]}\\{${/^\s*\S*/.exec(after)![0]}`.trim();
  return {
    ...place,
    message: `"${quoted(`{${after}`, 30)}": a curly brace marks code in MDX, and this one is never closed. To print the brace, write \\{ (here: "${example}")`,
  };
}

/** The opening tag written at `offset` (`<img src="./a.jpg">`), when it reads as one. */
function openingTagAt(source: string, offset: number): string | undefined {
  const tag = /<[A-Za-z][\w.:-]*(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*\s*\/?>/y;
  tag.lastIndex = offset;
  return tag.exec(source)?.[0];
}

/** A tag MDX cannot read as JSX, or a `<` that is not a tag at all. */
function lessThanAdvice(source: string, offset: number): string {
  const lineEnd = source.indexOf('\n', offset);
  const rest = source.slice(offset, lineEnd === -1 ? undefined : lineEnd);
  const word = /^<\S{0,20}/.exec(rest)![0];
  const asText = `to print "<" as text, write \\${word}`;
  if (!/^<[A-Za-z$_]/.test(rest)) return `"${word}": "<" starts a tag in MDX. To print the character, write \\${word}`;
  // Up to the tag's ">" outside quotes, or the end of the line.
  let quote: string | undefined;
  let end = 1;
  for (; end < rest.length; end += 1) {
    const char = rest[end]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') break;
  }
  const tag = quoted(rest.slice(0, end + 1));
  const unquoted = /\s([\w:-]+)=([^\s"'{}>/]+)/.exec(rest.slice(0, end));
  if (unquoted) return `"${tag}": MDX needs attribute values in quotes: write ${unquoted[1]}="${unquoted[2]}"`;
  if (quote) return `"${tag}": a quoted value in this tag is not closed: end it with ${quote}`;
  if (end >= rest.length) return `"${tag}": this tag has no closing ">"; end it with > (or /> when it has no content), or, ${asText}`;
  return `"${tag}": MDX cannot read this tag: write each attribute as name="value", or, ${asText}`;
}

/** An opening tag (`tag`, as written, of element `name`) not closed where MDX needs it: in its block (`container`, e.g. `paragraph`) or at all. */
function unclosedAdvice(tag: string, name: string, container: string | undefined): string {
  const component = editorialComponents.get(name);
  const selfClosing = tag.replace(/\s*\/?>$/, ' />');
  const where = container && (containers[container] ?? `the ${container} it is in`);
  if (component?.children === 'none') return `"${tag}" is not closed: write it as ${selfClosing}, with the slash`;
  if (component && where) {
    return `"${tag}" is not closed before the end of ${where}: put ${tag} on a line of its own, its content below it, and </${name}> on a line of its own after the content`;
  }
  if (component) {
    const orEmpty = component.children === 'optional' ? `, or write ${selfClosing} if it has no content` : '';
    return `"${tag}" is never closed: write </${name}> on a line of its own after its content${orEmpty}`;
  }
  if (where) return `"${tag}" is not closed before the end of ${where}: write </${name}> in the same paragraph, or, to print "<" as text, write \\<${name}`;
  return `"${tag}" is never closed: write </${name}> where it ends, or, to print "<" as text, write \\<${name}`;
}

/**
 * The mistake behind an MDX parser error (`7:26: Unexpected end of file in expression, …
 * (mdx-jsx:unexpected-character)`), in an editor's words, at the place to fix: the `{` of an
 * expression, the tag that is not closed. `source` is the text the parser read, where lines and
 * columns are the file's.
 */
export function explainSyntaxError(raw: string, source: string): Place & { message: string } {
  const [, line = '1', column = '1', rest = raw] = /^(\d+):(\d+): ([\s\S]*)$/.exec(raw) ?? [];
  const detail = rest.replace(/ \([\w:-]+\)$/, '');
  const place = { line: Number(line), column: Number(column) };
  const offset = offsetOf(source, place);
  const at = source.slice(offset);
  const problem = (message: string, where: Place = place) => ({ ...where, message });

  if (at.startsWith('<!--')) {
    const end = source.indexOf('-->', offset + 4);
    const note = quoted(source.slice(offset + 4, end === -1 ? undefined : end), 40);
    const comment = quoted(end === -1 ? at : source.slice(offset, end + 3));
    const fix = note === '' || note.endsWith('…') ? 'the note between {/* and */}' : `{/* ${note} */}`;
    return problem(`"${comment}": HTML comments are not allowed in MDX. For a note that is never published, write ${fix}`);
  }

  // Markdown's autolinks (`<https://…>`, `<news@example.com>`) are not MDX: the editor meant a link.
  const email = /^<(?:mailto:)?([^\s<>@"]+@[^\s<>@"]+\.[^\s<>@"]+)>/i.exec(at);
  if (email) {
    const address = email[1]!;
    return problem(`"${email[0]}": MDX does not read an address in <…> as a link. Write [${address}](mailto:${address}), or the bare address ${address}`);
  }
  const url = /^<((?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>]*)>/i.exec(at);
  if (url) {
    const address = url[1]!;
    const href = address.toLowerCase().startsWith('www.') ? `https://${address}` : address;
    return problem(`"${url[0]}": MDX does not read an address in <…> as a link. Write [the words to link](${href}), or the bare address ${address}`);
  }

  const unclosed = /^Expected a closing tag for `<([^`>]+)>` \((\d+):(\d+)\)(?: before the end of `(\w+)`)?/.exec(detail);
  const misclosed = /^Unexpected closing tag `<\/([^`>]*)>`, expected corresponding closing tag for `<([^`>]+)>` \((\d+):(\d+)\)/.exec(detail);
  const opened = unclosed
    ? { name: unclosed[1]!, place: { line: Number(unclosed[2]), column: Number(unclosed[3]) } }
    : misclosed
      ? { name: misclosed[2]!, place: { line: Number(misclosed[3]), column: Number(misclosed[4]) } }
      : undefined;
  if (opened) {
    const { name } = opened;
    // Quoted whole, as the fix repeats it; a long one by its name.
    const written = openingTagAt(source, offsetOf(source, opened.place))?.replace(/\s+/g, ' ');
    const tag = written === undefined ? `<${name}>` : written.length > 60 ? `<${name} …>` : written;
    const refused = refusal(name);
    if (refused) return problem(`<${name}>: ${refused}`, opened.place);
    if (voidElements.has(name.toLowerCase())) {
      return problem(`"${tag}": MDX needs a slash in a tag that has no content: write ${tag.replace(/\s*\/?>$/, ' />')}`, opened.place);
    }
    if (unclosed) return problem(unclosedAdvice(tag, name, unclosed[4]), opened.place);
    return problem(`"</${misclosed![1]}>" comes while ${tag} (line ${opened.place.line}) is still open: close that one first with </${name}>, or correct the tag's name`);
  }
  const stray = /^Unexpected closing tag `<\/([^`>]*)>`, expected an open tag first/.exec(detail);
  if (stray) {
    const name = stray[1]!;
    return problem(`"</${name}>" closes a tag that is not open here: delete it, or write <${name}> where it starts (a tag opened in a paragraph closes in that paragraph)`);
  }
  if (/\bexpression\b/.test(detail)) return braceProblem(source, offset);
  if (at.startsWith('<')) return problem(lessThanAdvice(source, offset));
  return problem(`the body cannot be read as MDX: ${detail.replace(/ \(note: [^)]*\)$/, '')}`);
}
