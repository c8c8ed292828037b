/**
 * The XML sitemap (@astrojs/sitemap) with `lastmod` taken from what each built page says about
 * itself: an article's `article:modified_time`, and for the home page the newest of those.
 * Pages whose canonical URL points elsewhere are left out, as search engines ask; so are the
 * 404 page (by @astrojs/sitemap) and files that are not pages (images, XML, robots.txt).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { inBatches, readHead } from './built-pages';

export interface PageFacts {
  lastmod?: string | undefined;
  canonical?: string | undefined;
}

function attribute(tag: string | undefined, name: string): string | undefined {
  return tag?.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&');
}

/** Reads the modified time and canonical URL from a built page's head. */
export function pageFactsFromHtml(html: string): PageFacts {
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  const modified = head.match(/<meta\s[^>]*property="article:modified_time"[^>]*>/)?.[0];
  const canonical = head.match(/<link\s[^>]*rel="canonical"[^>]*>/)?.[0];
  return { lastmod: attribute(modified, 'content'), canonical: attribute(canonical, 'href') };
}

const isPage = (pathname: string) => pathname === '' || pathname.endsWith('/') || pathname.endsWith('.html');

/** The head of a page's built file: `a/b/` is a/b/index.html, except status pages written as `404.html`. */
async function readPageHead(root: string, pathname: string): Promise<string | undefined> {
  const candidates = pathname.endsWith('.html') ? [pathname] : [join(pathname, 'index.html'), `${pathname.replace(/\/$/, '')}.html`];
  for (const candidate of candidates) {
    const head = await readHead(join(root, candidate));
    if (head !== undefined) return head;
  }
  return undefined;
}

export function sitemapWithLastmod(): AstroIntegration[] {
  const facts = new Map<string, PageFacts>();
  let homeUrl = '';

  const collector: AstroIntegration = {
    name: 'dateline:sitemap-facts',
    hooks: {
      'astro:config:done': ({ config }) => {
        homeUrl = new URL(config.base, config.site).href;
      },
      // Runs before @astrojs/sitemap's own hook (integrations run in order).
      'astro:build:done': async ({ dir, pages }) => {
        const root = fileURLToPath(dir);
        let newest: string | undefined;
        const pathnames = pages.map((page) => page.pathname).filter(isPage);
        await inBatches(pathnames, 32, async (pathname) => {
          const head = await readPageHead(root, pathname);
          if (head === undefined) return;
          const pageFacts = pageFactsFromHtml(head);
          facts.set(new URL(pathname, homeUrl).href, pageFacts);
          if (pageFacts.lastmod && (!newest || Date.parse(pageFacts.lastmod) > Date.parse(newest))) newest = pageFacts.lastmod;
        });
        if (newest) facts.set(homeUrl, { ...facts.get(homeUrl), lastmod: newest });
      },
    },
  };

  return [
    collector,
    sitemap({
      filter: (url) => isPage(new URL(url).pathname),
      serialize(item) {
        const page = facts.get(item.url);
        if (page?.canonical && page.canonical !== item.url) return undefined;
        return page?.lastmod ? { ...item, lastmod: page.lastmod } : item;
      },
    }),
  ];
}
