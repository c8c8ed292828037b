// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site, topics } from './src/site.config.ts';
import { formatSettingProblems, siteSettingsProblems } from './src/lib/site-settings.ts';
import { buildCacheDir } from './src/lib/content-paths.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';
import { sitemapWithLastmod } from './src/integrations/sitemap.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { inlineScripts } from './src/lib/inline-scripts.ts';
import { cspHash } from './src/lib/csp.ts';

// Settings that become addresses (topic keys, SITE_URL), and every setting readers see, are
// checked before Astro reads them, so every command (build, dev, check) stops at its start with
// a message naming the setting (Astro itself would say only "Invalid URL", take "c#" as a folder
// name, and print a control character in a topic label into its feed).
const settingProblems = siteSettingsProblems({ site, topics });
if (settingProblems.length > 0) throw new Error(`The site settings would publish broken pages or addresses:\n${formatSettingProblems(settingProblems)}`);

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  cacheDir: buildCacheDir(),
  // Two content files with one slug, or two routes with one URL, must stop the build
  // (Astro only warns by default and one page silently replaces the other).
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), publishingMode(), ...sitemapWithLastmod(), socialCards(), searchIndex(), securityHeaders()],
  devToolbar: { enabled: false },
  // Readers usually arrive on one article from a link: inlining the small stylesheet saves a
  // render-blocking request on exactly that first view.
  build: { inlineStylesheets: 'always' },
  // AVIF at sharp's default effort (4) costs about a second per rendition on these machines;
  // effort 2 is several times faster for a file a few per cent larger.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
  // A rebuild copies every page whose props (src/lib/cache-key.ts) and template are unchanged
  // from the cache in cacheDir instead of rendering it again.
  experimental: { incrementalBuild: true },
  markdown: {
    // Highlighted code would need inline styles, which the Content Security Policy forbids.
    syntaxHighlight: false,
  },
  // Content Security Policy: Astro hashes the inline styles and scripts it writes and puts the
  // policy in each page's <meta>; src/integrations/security-headers.ts copies it into
  // dist/_headers. Astro does not hash `is:inline` scripts: ours (the "/" search shortcut and
  // the search-term highlighter) are static texts in src/lib/inline-scripts.ts, hashed here.
  // Everything else comes from our own origin only; Pagefind's WebAssembly search engine
  // needs 'wasm-unsafe-eval' (compiling WebAssembly, not JavaScript eval).
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScripts.map(cspHash) },
    },
  },
});
