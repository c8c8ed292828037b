/**
 * Problems that `astro check` and `astro build` report in their own words, turned into
 * `npm run check` lines. Kept apart from the command so the parsing is unit-tested.
 */
import { resolve } from 'node:path';
import type { Problem } from './problems';

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
