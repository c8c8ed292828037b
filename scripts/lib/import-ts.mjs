/**
 * Loads the site's own TypeScript (src/lib, src/content.config.ts) into a Node script, so editor
 * commands reuse the real content model and helpers instead of keeping copies of them.
 * Vite's module runner does what Node's type stripping cannot: extensionless imports and
 * TypeScript-only syntax. `astro:content` is Astro's virtual module; outside a build it is the
 * same `defineCollection` that `astro/content/config` exports.
 */
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** Imports a TypeScript module by its path from the project root. */
export async function importTs(path) {
  const { module } = await runnerImport(resolve(projectRoot, path), {
    configFile: false,
    logLevel: 'error',
    root: projectRoot,
    resolve: { alias: { 'astro:content': 'astro/content/config' } },
  });
  return module;
}
