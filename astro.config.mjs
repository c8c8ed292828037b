// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import { buildCacheDir } from './src/lib/content-paths.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';
import { mdxCompileCache } from './src/integrations/mdx-compile-cache.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  cacheDir: buildCacheDir(),
  // Two content files with one slug, or two routes with one URL, must stop the build
  // (Astro only warns by default and one page silently replaces the other).
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), publishingMode(), mdxCompileCache()],
  devToolbar: { enabled: false },
  // Readers usually arrive on one article from a link: inlining the small stylesheet saves a
  // render-blocking request on exactly that first view.
  build: { inlineStylesheets: 'always' },
  // A rebuild copies every page whose props (src/lib/cache-key.ts) and template are unchanged
  // from the cache in cacheDir instead of rendering it again.
  experimental: { incrementalBuild: true },
  vite: {
    // Every article's compiled MDX in one chunk: with a chunk per article, bundling 1,000
    // articles spent most of its time on per-chunk bookkeeping (measured by npm run bench).
    build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'content', test: /\.mdx$/ }] } } } },
  },
});
