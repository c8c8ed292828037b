/** Reads the test site that tests/setup/build-site.ts built once for all build tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { load, type CheerioAPI } from 'cheerio';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export function siteDir(): string {
  return inject('siteDir');
}

/** Every file of the built site, as absolute paths. */
export function builtFiles(dir = siteDir()): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [path];
  });
}

/** The built file behind a URL path, as the static host would serve it. */
export function builtFile(urlPath: string): string {
  const path = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(join(siteDir(), path), 'utf8');
}

export function page(urlPath: string): CheerioAPI {
  return load(builtFile(urlPath));
}

/** Visible text with whitespace folded, as a reader would read it. */
export function textOf($: CheerioAPI, selector: string): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}
