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

export function runCheck(args: string[], env: Record<string, string>): Promise<CheckResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(projectRoot, 'scripts/check.mjs'), ...args], {
      cwd: projectRoot,
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
