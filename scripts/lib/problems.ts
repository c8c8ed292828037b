/**
 * What `npm run check` reports: one line per problem, `file:line: field: what is wrong` (or
 * `file:line:column:` where the problem is at one place in the line), with the line of the
 * frontmatter field found in the file, so an editor's tools can jump to it.
 */
import { isAbsolute, relative } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { fieldName } from '../../src/lib/frontmatter-strings';
import { extractFrontmatter } from 'astro/markdown';
import { hasControlCharacter } from '../../src/lib/control-characters';

export interface Problem {
  /** Absolute path of the file to fix. */
  file: string;
  line: number;
  /** Where in the line, counting from 1, when the problem is at one place in it (a control character, a body mistake). */
  column?: number;
  /** The frontmatter field (`topics[1]`, `image.alt`), `body`, or what was checked (`href`, `type`). */
  field: string;
  message: string;
}

export type FieldPath = readonly (string | number)[];

/** `["topics", 1, "x"]` → `topics[1].x`, the way editors and Astro's messages name fields; the empty path is `frontmatter`. */
export function formatFieldPath(path: FieldPath): string {
  return path.length === 0 ? 'frontmatter' : fieldName(path);
}

/** The reverse of formatFieldPath: `readMore[0]` → `["readMore", 0]`. */
export function parseFieldPath(field: string): FieldPath {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/** The frontmatter's YAML, parsed with its place in the file; undefined when there is none. */
function parsedFrontmatter(source: string): { start: number; document: ReturnType<typeof parseDocument> } | undefined {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return undefined;
  return { start: source.indexOf(raw), document: parseDocument(raw) };
}

/**
 * The node written for `path` (undefined when it is missing) and the offset of the nearest
 * enclosing key or list item that is written, in the frontmatter's text.
 */
function nodeAt(document: ReturnType<typeof parseDocument>, path: FieldPath): { node: unknown; offset: number } {
  let node: unknown = document.contents;
  let offset = 0;
  for (const segment of path) {
    let next: Node | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
      next = (pair?.value ?? undefined) as Node | undefined;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment] as Node | undefined;
      if (next?.range) offset = next.range[0];
    }
    if (!next) return { node: undefined, offset };
    node = next;
  }
  return { node, offset };
}

/**
 * Finds where frontmatter fields are written in an MDX file: the line of the field's key (or of
 * the list item), falling back to the nearest enclosing field, or the opening `---` when the
 * field is missing altogether.
 */
export function frontmatterLocator(source: string): (path: FieldPath) => number {
  const parsed = parsedFrontmatter(source);
  if (parsed === undefined) return () => 1;
  const lineAt = (offset: number) => source.slice(0, parsed.start + offset).split('\n').length;
  return (path) => lineAt(nodeAt(parsed.document, path).offset);
}

/** What YAML's one-letter escapes in double quotes stand for (YAML 1.2, 5.7 "Escaped Characters"). */
const yamlEscapes: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };

/**
 * Where a control character written as a YAML escape (`standfirst: "7\x1f2"`) is in the file:
 * the line and column of the escape in the field's double-quoted value, or undefined when the
 * value holds none. (A control character typed as itself is found in the raw text instead.)
 */
export function escapedControlCharacterPlace(source: string, path: FieldPath): { line: number; column: number } | undefined {
  const parsed = parsedFrontmatter(source);
  const { node } = parsed ? nodeAt(parsed.document, path) : { node: undefined };
  if (!parsed || !isScalar(node) || node.type !== 'QUOTE_DOUBLE' || !node.range) return undefined;
  const from = parsed.start + node.range[0];
  const written = source.slice(from, parsed.start + node.range[1]);
  for (const escape of written.matchAll(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([\s\S]))/g)) {
    const hex = escape[1] ?? escape[2] ?? escape[3];
    const decoded = hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : (yamlEscapes[escape[4]!] ?? '');
    // "\r\n" is a Windows line end, which is allowed.
    const lineEnd = decoded === '\r' && written.startsWith('\\n', escape.index + escape[0].length);
    if (hasControlCharacter(decoded) && !lineEnd) {
      const before = source.slice(0, from + escape.index);
      return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
    }
  }
  return undefined;
}

/**
 * Where a YAML syntax error is, once Astro's parser (js-yaml) has refused the frontmatter: the
 * `yaml` library names the place an editor made the mistake more often (an unclosed quote at
 * its line, not where the parser gave up), so its position and words are preferred.
 */
export function yamlSyntaxError(source: string, fallback: { reason?: string; mark?: { line: number }; message: string }): { line: number; message: string } {
  const raw = extractFrontmatter(source) ?? '';
  const firstLine = source.slice(0, source.indexOf(raw)).split('\n').length;
  const error = parseDocument(raw).errors[0];
  if (error?.linePos) {
    return { line: firstLine + error.linePos[0].line - 1, message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') };
  }
  return { line: firstLine + (fallback.mark?.line ?? 0), message: fallback.reason ?? fallback.message };
}

/** Paths inside the project are shown relative to it (clickable in editors); others in full. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

export function formatProblem(problem: Problem, cwd?: string): string {
  const column = problem.column === undefined ? '' : `:${problem.column}`;
  return `${displayPath(problem.file, cwd)}:${problem.line}${column}: ${problem.field}: ${problem.message}`;
}

/** Files in order, then lines, so the report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.field.localeCompare(b.field),
  );
}
