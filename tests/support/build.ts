/** Runs the real `npm run build` path (scripts/build.mjs) on chosen content, for build tests. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, colours stripped: what the editor reads. */
  output: string;
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Astro's caches for this content; defaults to a folder beside outDir. */
  cacheDir?: string;
  env?: Record<string, string>;
  /** The project to build: this one, or a copy made by copyProject. */
  root?: string;
}

export function runBuild({ contentDir, outDir, cacheDir = `${outDir}.cache`, env = {}, root = projectRoot }: BuildOptions): Promise<BuildResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/build.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        DATELINE_CONTENT_DIR: contentDir,
        DATELINE_OUT_DIR: outDir,
        DATELINE_CACHE_DIR: cacheDir,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

/** A fresh temporary folder for one test's content or output. */
/**
 * Regenerates the project's .astro/ modules from the real content (`astro sync`). Builds of
 * fixture content leave them pointing into folders their tests have since removed, and a test
 * that imports a route (Container API) reads them. Throws when the sync fails.
 */
export function syncRealContent(): void {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['DATELINE_CONTENT_DIR'];
  delete env['DATELINE_CACHE_DIR'];
  const sync = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: projectRoot, env, encoding: 'utf8' });
  if (sync.status !== 0) throw new Error(`astro sync failed:\n${sync.stdout}${sync.stderr}`);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dateline-${prefix}-`));
}

/** Copies several content trees into one (later trees add to earlier ones). */
export function mergeContent(target: string, ...sources: string[]): string {
  mkdirSync(target, { recursive: true });
  for (const source of sources) cpSync(source, target, { recursive: true });
  return target;
}

/**
 * A copy of the project's code (not its content, caches or output) in `target`, sharing this
 * project's node_modules, for tests that must build with settings the real project never has.
 */
export function copyProject(target: string): string {
  mkdirSync(target, { recursive: true });
  const content = join(projectRoot, 'src/content/');
  for (const path of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public']) {
    cpSync(join(projectRoot, path), join(target, path), { recursive: true, filter: (source) => !`${source}/`.startsWith(content) });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
  return target;
}
