#!/usr/bin/env node
/**
 * `npm run screenshots`: photographs the built site as readers see it, at small and ordinary phone and desktop
 * widths (320, 390, 1280 px) in light and dark schemes, into screenshots/ (ignored by git), for a human look.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/articles/jd-com-russian-chocolates/', '/topics/', '/read-more/china-condemns-olympic-boycott/', '/404.html'];
const outDir = resolve('screenshots');
mkdirSync(outDir, { recursive: true });

const server = await startStaticServer({ root: resolve(process.env.DATELINE_OUT_DIR ?? 'dist') });
const browser = await launchBrowser();
try {
  for (const width of [320, 390, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      for (const path of paths) {
        // networkidle: pages that render after fetching (search results) are photographed finished.
        // A feed drawn by XSLT never reports network idle in Chromium; its load is enough.
        await tab.goto(new URL(path, server.url).href, { waitUntil: path.endsWith('.xml') ? 'load' : 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await tab.screenshot({ path: resolve(outDir, name), fullPage: true });
        console.log(resolve(outDir, name));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
