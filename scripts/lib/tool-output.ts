/**
 * Problems that `astro check` and `astro build` report in their own words, turned into
 * `npm run check` lines. Kept apart from the command so the parsing is unit-tested.
 */
import { resolve } from 'node:path';
import { escapedControlCharacterPlace, formatFieldPath, frontmatterLocator, type Problem } from './problems';

export const stripColours = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** `astro check` diagnostics: `src/x.ts:3:7 - error ts(2322): message`; warnings and hints are left out. */
export function typeCheckProblems(output: string, root: string): Problem[] {
  return [...stripColours(output).matchAll(/^(\S.*?):(\d+):\d+ - error (\S+?):? (.*)$/gm)].map((m) => ({
    file: resolve(root, m[1]!),
    line: Number(m[2]),
    field: 'type',
    message: `${m[4]!.trim()} [${m[3]}]`,
  }));
}

/**
 * Problems the build reports itself, one a line, as `file.mdx:line:column: field: message`
 * (links that lead nowhere, scripts/build.mjs); files relative to `root`.
 */
export function buildProblemLines(output: string, root: string): Problem[] {
  return [...stripColours(output).matchAll(/^(\S[^:\n]*\.mdx):(\d+):(\d+): (\w+): (.+)$/gm)].map((m) => ({
    file: resolve(root, m[1]!),
    line: Number(m[2]),
    column: Number(m[3]),
    field: m[4]!,
    message: m[5]!,
  }));
}

/**
 * A failed build's error at the place Astro names (`Location: /path/file.mdx:7:26`), with the
 * message line that follows Astro's `[ERROR]` line. Undefined when Astro named no place.
 */
export function buildFailureProblem(output: string): Problem | undefined {
  const lines = stripColours(output).split('\n');
  const locationIndex = lines.findIndex((line) => line.trim() === 'Location:');
  const location = /^\s*(.+?):(\d+)(?::\d+)?\s*$/.exec(lines[locationIndex + 1] ?? '');
  if (locationIndex === -1 || !location) return undefined;
  const errorIndex = lines.findIndex((line) => /\[ERROR\]|^\[\w+Error\]/.test(line));
  const candidates = lines.slice(errorIndex + 1, locationIndex).filter((line) => line.trim() !== '');
  const message = (candidates[0] ?? lines[errorIndex] ?? 'the build failed').trim().replace(/^\d+:\d+: /, '');
  return { file: location[1]!, line: Number(location[2]), field: 'body', message };
}

/**
 * A content schema error as Astro prints it (`[InvalidContentEntryDataError]`, one indented
 * `field.path: message` line per issue, `Location: /path/file.mdx:0:0`), with the line of each
 * field found in the file's frontmatter (and the column of a control character written as a
 * YAML escape): Astro names the file and field but no line.
 * `readSource` reads the named file. Empty when the output holds no such error.
 */
export function schemaErrorProblems(output: string, readSource: (file: string) => string): Problem[] {
  const lines = stripColours(output).split('\n');
  const start = lines.findIndex((line) => line.includes('[InvalidContentEntryDataError]'));
  if (start === -1) return [];
  const locationIndex = lines.findIndex((line, index) => index > start && line.trim() === 'Location:');
  const file = /^\s*(.+?):\d+:\d+\s*$/.exec(lines[locationIndex + 1] ?? '')?.[1];
  if (locationIndex === -1 || file === undefined) return [];
  const end = lines.findIndex((line, index) => index > start && /^\s*Hint:\s*$/.test(line));
  const issues = lines
    .slice(start + 1, end === -1 ? locationIndex : end)
    .map((line) => /^\s{2}(\S+?): (.+)$/.exec(line))
    .filter((match) => match !== null);
  let source = '';
  let lineOf: (path: readonly (string | number)[]) => number;
  try {
    source = readSource(file);
    lineOf = frontmatterLocator(source);
  } catch {
    lineOf = () => 1;
  }
  return issues.map(([, field, message]) => {
    const path = field!.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    // A control character written as a YAML escape ("7\x1f2") is at one place in the line.
    const place = (/control character/.test(message!) && escapedControlCharacterPlace(source, path)) || { line: lineOf(path) };
    return { file, ...place, field: formatFieldPath(path), message: message! };
  });
}
