/**
 * The last part of `npm run check`: after a build, every link, image and asset address in the
 * built pages that points at our own site must be a file in the output, the way a static host
 * would look it up. A broken link is reported where the editor wrote it when it is in an
 * article or outside story (its MDX file and line), else in the built page.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { PublicationStatus } from '../../src/lib/publishing';
import { resolvesToFile } from '../../src/lib/site-links';
import type { Problem } from './problems';

export interface LinkCheckOptions {
  /** The built site. */
  outDir: string;
  /** The public origin (site.url); absolute URLs on it are ours too. */
  origin: string;
  /** The MDX file behind each content page, by URL path (`/articles/x/`). */
  sources: Map<string, string>;
  /** Articles that exist but are not published, by URL path, for a clearer message. */
  unpublished: Map<string, PublicationStatus>;
}

/** Attributes that hold addresses the browser fetches or follows. */
const addressAttributes = ['href', 'src', 'srcset', 'poster', 'action', 'data'];
/** Plus `<meta content>` holding one of our absolute URLs (og:image, og:url and the like). */
const selector = [...addressAttributes.map((attribute) => `[${attribute}]`), 'meta[content]'].join(', ');

/** The URL path a built file is served at: `articles/x/index.html` → `/articles/x/`. */
export function urlPathOf(relativeFile: string): string {
  return `/${relativeFile.replace(/(^|\/)index\.html$/, '$1')}`;
}

function addressesIn(attribute: string, value: string): string[] {
  if (attribute !== 'srcset') return [value.trim()];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The frontmatter field written on `line`, or `body` below the frontmatter. */
function fieldAtLine(source: string, line: number): string {
  const lines = source.split('\n');
  const closing = lines.findIndex((text, index) => index > 0 && text.trim() === '---');
  if (!lines[0]?.startsWith('---') || closing === -1 || line > closing + 1) return 'body';
  for (let index = line - 1; index > 0; index--) {
    const key = /^([A-Za-z][\w-]*):/.exec(lines[index] ?? '');
    if (key) return key[1]!;
  }
  return 'frontmatter';
}

function lineOfText(source: string, text: string): number | undefined {
  const index = source.indexOf(text);
  return index === -1 ? undefined : source.slice(0, index).split('\n').length;
}

export function checkLinks({ outDir, origin, sources, unpublished }: LinkCheckOptions): Problem[] {
  const siteOrigin = new URL(origin).origin;
  const problems: Problem[] = [];
  const seen = new Set<string>();

  for (const relativeFile of globSync('**/*.html', { cwd: outDir }).sort()) {
    const builtFile = join(outDir, relativeFile);
    const pagePath = urlPathOf(relativeFile);
    const $ = load(readFileSync(builtFile, 'utf8'), { sourceCodeLocationInfo: true });
    const sourceFile = sources.get(pagePath);
    const source = sourceFile ? readFileSync(sourceFile, 'utf8') : undefined;

    for (const element of $(selector).toArray()) {
      if (!('attribs' in element)) continue;
      for (const attribute of [...addressAttributes, 'content']) {
        const value = element.attribs[attribute];
        if (value === undefined) continue;
        if (attribute === 'content' && (element.tagName !== 'meta' || !value.startsWith(`${siteOrigin}/`))) continue;
        for (const address of addressesIn(attribute, value)) {
          if (address === '' || address.startsWith('#')) continue;
          let url: URL;
          try {
            url = new URL(address, `${siteOrigin}${pagePath}`);
          } catch {
            continue;
          }
          if (url.origin !== siteOrigin || !/^https?:$/.test(url.protocol)) continue;
          let pathname: string;
          try {
            pathname = decodeURIComponent(url.pathname);
          } catch {
            pathname = url.pathname;
          }
          if (resolvesToFile(outDir, pathname)) continue;

          const status = unpublished.get(url.pathname);
          const why = status
            ? `that article is ${status === 'draft' ? 'a draft' : 'embargoed'}, so it is not published`
            : `there is no page or file at ${pathname} in the built site`;
          const message = `"${address}" leads nowhere: ${why}`;
          const lineInSource = source && (lineOfText(source, `(${address}`) ?? lineOfText(source, address));
          const problem: Problem =
            sourceFile && source && lineInSource
              ? { file: sourceFile, line: lineInSource, field: fieldAtLine(source, lineInSource), message }
              : { file: builtFile, line: element.sourceCodeLocation?.startLine ?? 1, field: attribute, message };
          const key = `${problem.file}:${problem.line}:${message}`;
          if (!seen.has(key)) problems.push(problem);
          seen.add(key);
        }
      }
    }
  }
  return problems;
}
