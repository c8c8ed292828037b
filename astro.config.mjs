// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import { buildCacheDir } from './src/lib/content-paths.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  cacheDir: buildCacheDir(),
  // Two content files with one slug, or two routes with one URL, must stop the build
  // (Astro only warns by default and one page silently replaces the other).
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), publishingMode(), searchIndex()],
  devToolbar: { enabled: false },
  // Readers usually arrive on one article from a link: inlining the small stylesheet saves a
  // render-blocking request on exactly that first view.
  build: { inlineStylesheets: 'always' },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's own MDX modules carry a "use astro:head-inject" directive that the bundler
        // warns about for every content file; the noise buries editors' real errors.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
