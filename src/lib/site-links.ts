/**
 * Links an editor writes in a body to our own site (`/topics/china/`, `/search/?q=x`,
 * `../../corrections/`, `./other-story.mdx`): which of them lead nowhere can only be known once
 * the site is built, so the content loader writes them down with their lines (SiteLinkList) and
 * the production build checks them against its output before publishing it (`deadSiteLinks`).
 * Links from articles to other articles are also checked earlier, against the archive, with
 * more to say (a draft, an embargo; src/lib/newsroom.ts).
 *
 * Loaded by scripts/build.mjs with Node's own type stripping: Node modules only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A link as written in a body or frontmatter: its place in the file (1-based) and the site path it leads to. */
export interface SiteLink {
  href: string;
  /** The frontmatter field that holds it (`canonicalUrl`, `links[1]`); absent in the body. */
  field?: string;
  /** Decoded URL path on our site, e.g. `/topics/nope/`. */
  path: string;
  line: number;
  column: number;
}

/** One collection's bodies that hold such links, as the content loader writes them down. */
export interface SiteLinkList {
  entries: {
    /** The MDX file, relative to the project root. */
    file: string;
    /** The URL path of the page the body is published on, e.g. `/articles/x/`. */
    page: string;
    links: SiteLink[];
  }[];
}

/**
 * The path on our own site that `href`, written in a body published at `pagePath`, leads to
 * (`/topics/china/`; relative links resolve against the page, as a browser does); undefined
 * for other sites, other schemes (`mailto:`) and links within the page (`#key-events`).
 */
export function sitePathOf(href: string, pagePath: string, siteUrl: string): string | undefined {
  if (href.trim() === '' || href.startsWith('#')) return undefined;
  const origin = new URL(siteUrl).origin;
  let url: URL;
  try {
    url = new URL(href, `${origin}${pagePath}`);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return undefined;
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** Where the content loader writes the lists, in Astro's cache folder `cacheDir`. */
export const siteLinkListDir = (cacheDir: string) => join(cacheDir, 'site-links');

/**
 * Every string in frontmatter `data` that is an absolute URL on our own site (`origin`), with
 * the field that holds it (`canonicalUrl`, `links[1]`): those are links to our pages too.
 */
export function ownUrlsIn(data: unknown, origin: string, field = ''): { field: string; url: string }[] {
  if (typeof data === 'string') {
    return data.startsWith(`${origin}/`) || data === origin ? [{ field, url: data }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => ownUrlsIn(item, origin, `${field}[${index}]`));
  if (data && typeof data === 'object' && Object.getPrototypeOf(data) === Object.prototype) {
    return Object.entries(data).flatMap(([key, value]) => ownUrlsIn(value, origin, field ? `${field}.${key}` : key));
  }
  return [];
}

/** Where `text` is first written in `source`, 1-based; line 1, column 1 when it is not found as written. */
export function placeOf(source: string, text: string): { line: number; column: number } {
  const index = source.indexOf(text);
  if (index === -1) return { line: 1, column: 1 };
  const before = source.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** Whether a static host serves something at this URL path in `outDir` (folders through their index.html). */
export function resolvesToFile(outDir: string, pathname: string): boolean {
  const target = join(outDir, pathname);
  if (pathname.endsWith('/')) return isFile(join(target, 'index.html'));
  return isFile(target) || isFile(join(target, 'index.html'));
}

/** The built file of a page's URL path: `/articles/x/` → `articles/x/index.html`. */
const pageFile = (outDir: string, page: string) => join(outDir, page, 'index.html');

/**
 * Every link of every list in `listDir` (`<collection>.json`, see SiteLinkList) that leads
 * nowhere in the built site `outDir`, as `file:line:column: body: message` lines in file order.
 * Bodies whose own page was not built (drafts, embargoed stories) are skipped: their links are
 * not published. Empty when `listDir` does not exist.
 */
export function deadSiteLinks(listDir: string, outDir: string): string[] {
  if (!existsSync(listDir)) return [];
  const problems: { file: string; line: number; column: number; text: string }[] = [];
  for (const name of readdirSync(listDir).filter((file) => file.endsWith('.json')).sort()) {
    const list = JSON.parse(readFileSync(join(listDir, name), 'utf8')) as SiteLinkList;
    for (const { file, page, links } of list.entries) {
      if (!isFile(pageFile(outDir, page))) continue;
      for (const { href, path, line, column, field = 'body' } of links) {
        if (resolvesToFile(outDir, path)) continue;
        problems.push({ file, line, column, text: `${file}:${line}:${column}: ${field}: "${href}" leads nowhere: there is no page or file at ${path} in the built site` });
      }
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return problems.map((problem) => problem.text);
}
