/**
 * What `npm run check` reports: one line per problem, `file:line: field: what is wrong`, with the
 * line of the frontmatter field found in the file, so an editor's tools can jump to it.
 */
import { isAbsolute, relative } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { extractFrontmatter } from 'astro/markdown';

export interface Problem {
  /** Absolute path of the file to fix. */
  file: string;
  line: number;
  /** Where in the line, counting from 1, when the problem is one character (a control character). */
  column?: number;
  /** The frontmatter field (`topics[1]`, `image.alt`), `body`, or what was checked (`href`, `type`). */
  field: string;
  message: string;
}

export type FieldPath = readonly (string | number)[];

/** `["topics", 1, "x"]` → `topics[1].x`, the way editors and Astro's messages name fields. */
export function formatFieldPath(path: FieldPath): string {
  if (path.length === 0) return 'frontmatter';
  return path.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment),
    '',
  );
}

/** The reverse of formatFieldPath: `readMore[0]` → `["readMore", 0]`. */
export function parseFieldPath(field: string): FieldPath {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/**
 * Finds where frontmatter fields are written in an MDX file: the line of the field's key (or of
 * the list item), falling back to the nearest enclosing field, or the opening `---` when the
 * field is missing altogether.
 */
export function frontmatterLocator(source: string): (path: FieldPath) => number {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return () => 1;
  const start = source.indexOf(raw);
  const lineAt = (offset: number) => source.slice(0, start + offset).split('\n').length;
  const document = parseDocument(raw);

  return (path) => {
    let node: unknown = document.contents;
    let offset = 0;
    for (const segment of path) {
      let next: Node | undefined;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (pair && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
        next = (pair?.value ?? undefined) as Node | undefined;
        if (!pair) break;
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment] as Node | undefined;
        if (next?.range) offset = next.range[0];
        if (!next) break;
      } else {
        break;
      }
      node = next;
    }
    return lineAt(offset);
  };
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
