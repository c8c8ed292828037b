/**
 * Writes the Content-Security-Policy into dist/_headers after the build. Astro's `security.csp`
 * puts a policy with hashes of the page's own inline styles and scripts into each page's
 * `<meta>`; hosts that read `_headers` (Netlify, Cloudflare Pages, scripts/static-server.mjs)
 * send it as a header too, with the directives a meta tag cannot carry (`frame-ancestors`).
 * Generated rather than copied by hand, so the header never falls behind the hashes.
 * The other headers are written by hand in public/_headers.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatPolicy, mergePolicies, policyInPage, withHeader, type Policy } from '../lib/csp';
import { inBatches, readHead } from './built-pages';

/** Directives that only work in a header: no one may frame our pages. */
const headerOnly: [string, string[]][] = [['frame-ancestors', ["'none'"]]];

/** Cloudflare Pages ignores a `_headers` line longer than this. */
const maxLineLength = 2000;

export function securityHeaders(): AstroIntegration {
  return {
    name: 'dateline:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = globSync('**/*.html', { cwd: outDir });
        // Merged page by page, so no page is held longer than it takes to read its head.
        let policy: Policy = new Map(headerOnly);
        await inBatches(pages, 32, async (file) => {
          const pagePolicy = policyInPage((await readHead(join(outDir, file))) ?? '');
          if (!pagePolicy) throw new Error(`${file} has no Content-Security-Policy meta tag; is security.csp still set in astro.config.mjs?`);
          policy = mergePolicies([policy, pagePolicy]);
        });
        const value = formatPolicy(policy);
        const headersPath = join(outDir, '_headers');
        let headers = '';
        try {
          headers = readFileSync(headersPath, 'utf8');
        } catch {
          logger.warn('public/_headers is missing; writing the Content-Security-Policy alone');
        }
        writeFileSync(headersPath, withHeader(headers, '/*', 'Content-Security-Policy', value));
        if (value.length + 28 > maxLineLength) {
          logger.warn(`the Content-Security-Policy header is ${value.length} characters; Cloudflare Pages ignores _headers lines over ${maxLineLength}`);
        }
        logger.info(`Content-Security-Policy from ${pages.length} pages written to _headers`);
      },
    },
  };
}
