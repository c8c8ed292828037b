/**
 * Links an editor writes in a body to our own site (`/topics/china/`, `/search/?q=x`,
 * `../../corrections/`, `./other-story.mdx`): which of them lead nowhere can only be known once
 * the site is built, so the content loader writes them down with their lines (SiteLinkList) and
 * the production build checks them against its output before publishing it (`deadSiteLinks`).
 * Links from articles to other articles are also checked earlier, against the archive, with
 * more to say (a draft, an embargo; src/lib/newsroom.ts).
 *
 * Loaded by scripts/build.mjs with Node's own type stripping: Node modules and `.ts` paths only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fieldName, stringsIn } from './frontmatter-strings.ts';

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
 * (`/topics/china/`; relative links resolve against the page, as a browser does, so a link
 * within the page, `#key-events`, leads to `pagePath`); undefined for other sites and other
 * schemes (`mailto:`).
 */
export function sitePathOf(href: string, pagePath: string, siteUrl: string): string | undefined {
  if (href.trim() === '') return undefined;
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

/**
 * The element a link points at within its page (`…#key-events` → `key-events`), decoded;
 * undefined when there is none, and for `#top`, which the HTML standard scrolls to the top of
 * any page ("scroll to the fragment").
 */
export function fragmentOf(href: string): string | undefined {
  const index = href.indexOf('#');
  if (index === -1) return undefined;
  const raw = href.slice(index + 1);
  let fragment = raw;
  try {
    fragment = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded after all: the id as written.
  }
  return fragment === '' || fragment.toLowerCase() === 'top' ? undefined : fragment;
}

/** Where the content loader writes the lists, in Astro's cache folder `cacheDir`. */
export const siteLinkListDir = (cacheDir: string) => join(cacheDir, 'site-links');

/**
 * Every string in frontmatter `data` that is an absolute URL on our own site (`origin`), with
 * the field that holds it (`canonicalUrl`, `links[1]`): those are links to our pages too.
 */
export function ownUrlsIn(data: unknown, origin: string): { field: string; url: string }[] {
  return [...stringsIn(data)].filter(({ value }) => value === origin || value.startsWith(`${origin}/`)).map(({ path, value }) => ({ field: fieldName(path), url: value }));
}

/** Where `text` is first written in `source`, 1-based; line 1, column 1 when it is not found as written. */
export function placeOf(source: string, text: string): { line: number; column: number } {
  const index = source.indexOf(text);
  if (index === -1) return { line: 1, column: 1 };
  const before = source.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** The file a static host serves at this URL path in `outDir` (folders through their index.html), or undefined. */
export function servedFile(outDir: string, pathname: string): string | undefined {
  const target = join(outDir, pathname);
  const candidates = pathname.endsWith('/') ? [join(target, 'index.html')] : [target, join(target, 'index.html')];
  return candidates.find(isFile);
}

/** Whether a static host serves something at this URL path in `outDir`. */
export const resolvesToFile = (outDir: string, pathname: string): boolean => servedFile(outDir, pathname) !== undefined;

/** The ids of a built page's elements, the places a link's fragment can lead to. */
function idsIn(file: string): Set<string> {
  const ids = [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!.replace(/&#x22;|&quot;/g, '"').replace(/&#x26;|&amp;/g, '&'));
  return new Set(ids);
}

/** The built file of a page's URL path: `/articles/x/` → `articles/x/index.html`. */
const pageFile = (outDir: string, page: string) => join(outDir, page, 'index.html');

/**
 * Every link of every list in `listDir` (`<collection>.json`, see SiteLinkList) that leads
 * nowhere in the built site `outDir` (no file at its path, or no element with its fragment's id
 * on the page), as `file:line:column: field: message` lines in file order.
 * Bodies whose own page was not built (drafts, embargoed stories) are skipped: their links are
 * not published. Empty when `listDir` does not exist.
 */
export function deadSiteLinks(listDir: string, outDir: string): string[] {
  if (!existsSync(listDir)) return [];
  const problems: { file: string; line: number; column: number; text: string }[] = [];
  const idsByFile = new Map<string, Set<string>>();
  for (const name of readdirSync(listDir).filter((file) => file.endsWith('.json')).sort()) {
    const list = JSON.parse(readFileSync(join(listDir, name), 'utf8')) as SiteLinkList;
    for (const { file, page, links } of list.entries) {
      if (!isFile(pageFile(outDir, page))) continue;
      for (const { href, path, line, column, field = 'body' } of links) {
        const at = `${file}:${line}:${column}: ${field}: "${href}"`;
        const target = servedFile(outDir, path);
        if (!target) {
          problems.push({ file, line, column, text: `${at} leads nowhere: there is no page or file at ${path} in the built site` });
          continue;
        }
        const fragment = fragmentOf(href);
        if (fragment === undefined || !target.endsWith('.html')) continue;
        if (!idsByFile.has(target)) idsByFile.set(target, idsIn(target));
        if (idsByFile.get(target)!.has(fragment)) continue;
        problems.push({ file, line, column, text: `${at} leads to no "#${fragment}" on ${path}: no heading or other element there has that id` });
      }
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return problems.map((problem) => problem.text);
}
