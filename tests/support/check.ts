/** Runs `npm run check` (scripts/check.mjs) the way an editor does, on chosen content. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './build';

export interface CheckResult {
  code: number | null;
  /** The problem lines (stdout), one per problem. */
  lines: string[];
  /** Progress and summary (stderr). */
  log: string;
}

/** `root`: this project, or a copy made by copyProject. */
export function runCheck(args: string[], env: Record<string, string>, root = projectRoot): Promise<CheckResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/check.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, lines: stdout.split('\n').filter(Boolean), log: stderr }));
  });
}
