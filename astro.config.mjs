// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import { buildCacheDir } from './src/lib/content-paths.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';
import { sitemapWithLastmod } from './src/integrations/sitemap.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  cacheDir: buildCacheDir(),
  // Two content files with one slug, or two routes with one URL, must stop the build
  // (Astro only warns by default and one page silently replaces the other).
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), publishingMode(), ...sitemapWithLastmod()],
  devToolbar: { enabled: false },
  // Readers usually arrive on one article from a link: inlining the small stylesheet saves a
  // render-blocking request on exactly that first view.
  build: { inlineStylesheets: 'always' },
  // AVIF at sharp's default effort (4) costs about a second per rendition on these machines;
  // effort 2 is several times faster for a file a few per cent larger.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
});
