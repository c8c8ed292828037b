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

/** Directives that only work in a header: no one may frame our pages. */
const headerOnly: [string, string[]][] = [['frame-ancestors', ["'none'"]]];

/** Cloudflare Pages ignores a `_headers` line longer than this. */
const maxLineLength = 2000;

export function securityHeaders(): AstroIntegration {
  return {
    name: 'dateline:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies: Policy[] = [];
        for (const file of globSync('**/*.html', { cwd: outDir })) {
          const policy = policyInPage(readFileSync(join(outDir, file), 'utf8'));
          if (!policy) throw new Error(`${file} has no Content-Security-Policy meta tag; is security.csp still set in astro.config.mjs?`);
          policies.push(policy);
        }
        const policy = mergePolicies([...policies, new Map(headerOnly)]);
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
        logger.info(`Content-Security-Policy from ${policies.length} pages written to _headers`);
      },
    },
  };
}
