/**
 * Keeps each article's compiled MDX in the build cache folder (`<cacheDir>/mdx/`), so a rebuild
 * after one article changed compiles that one file instead of the whole archive.
 *
 * An entry is keyed by a hash of the file's path and text plus a fingerprint of everything else
 * that shapes the compiled module: astro.config.mjs, package-lock.json (every package version)
 * and our own code the configuration may load (src/integrations/, src/lib/, src/site.config.ts:
 * Markdown plugins live there). Files that use interactive components or
 * scripts are always compiled afresh; only plain articles are cached. After a successful build,
 * entries that build did not use are removed, so the folder holds one archive's worth.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const MDX_PLUGIN = '@mdx-js/rolldown';
const wrapped = new WeakSet<object>();

interface TransformResult {
  code: string;
  map?: unknown;
  meta?: { astro?: Record<string, unknown> };
}
type TransformHandler = (this: unknown, code: string, id: string) => Promise<TransformResult | null | undefined>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** True when the compiled module is plain content, safe to reuse as text. */
function isPlainContent(result: TransformResult): boolean {
  const astro = result.meta?.astro;
  if (!astro || result.map) return false;
  const empty = (key: string) => Array.isArray(astro[key]) && (astro[key] as unknown[]).length === 0;
  return empty('hydratedComponents') && empty('clientOnlyComponents') && empty('serverComponents') && empty('scripts');
}

/** Source files under a folder of the project, sorted, as paths relative to the root. */
function codeFiles(root: string, folder: string): string[] {
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mjs|js)$/.test(file))
    .map((file) => `${folder}/${file}`)
    .sort();
}

function readIfPresent(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

export function mdxCompileCache(): AstroIntegration {
  let directory = '';
  let fingerprint = '';
  const used = new Set<string>();
  return {
    name: 'dateline:mdx-compile-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        const root = fileURLToPath(config.root);
        directory = fileURLToPath(new URL('mdx/', config.cacheDir));
        const sources = ['astro.config.mjs', 'package-lock.json', 'src/site.config.ts', ...codeFiles(root, 'src/integrations'), ...codeFiles(root, 'src/lib')];
        fingerprint = sha256(sources.map((file) => `${file}\0${readIfPresent(join(root, file))}`).join('\0'));
      },
      'astro:build:setup': ({ vite }) => {
        const plugins = (vite.plugins ?? []).flat(Infinity as 1) as unknown[];
        for (const plugin of plugins) {
          const candidate = plugin as { name?: string; transform?: { handler?: TransformHandler } };
          const transform = candidate?.transform;
          if (candidate?.name !== MDX_PLUGIN || !transform?.handler || wrapped.has(transform)) continue;
          wrapped.add(transform);
          const compile = transform.handler;
          mkdirSync(directory, { recursive: true });
          transform.handler = async function (code: string, id: string) {
            const name = `${sha256(`${fingerprint}\0${id}\0${code}`)}.json`;
            const file = join(directory, name);
            used.add(name);
            if (existsSync(file)) {
              try {
                return JSON.parse(readFileSync(file, 'utf8')) as TransformResult;
              } catch {
                // A damaged entry: compile again and overwrite it.
              }
            }
            const result = await compile.call(this, code, id);
            if (result && isPlainContent(result)) {
              // Write then rename, so a build stopped halfway never leaves half an entry.
              const partial = `${file}.${process.pid}.tmp`;
              writeFileSync(partial, JSON.stringify(result));
              renameSync(partial, file);
            }
            return result;
          };
        }
      },
      'astro:build:done': () => {
        if (used.size === 0 || !existsSync(directory)) return;
        for (const name of readdirSync(directory)) {
          if (!used.has(name)) rmSync(join(directory, name), { force: true });
        }
      },
    },
  };
}
