/**
 * Share cards in a build (why they are not routes: src/lib/social-card-orders.ts). When the
 * article route orders the cards, the ones missing from the cache folder are drawn in a child
 * process (social-card-worker.ts) while pages render; at the end of the build every card is
 * linked from the cache into the output, so a card drawn once costs nothing on later builds.
 * `astro dev` has no build: there a route draws each card when it is asked for.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { socialCardCacheDir } from '../lib/content-paths.ts';
import { siteSocialCardUrl, socialCardUrl } from '../lib/urls.ts';
import { receiveSocialCardOrders, type SocialCardOrder } from '../lib/social-card-orders.ts';
import { placeSocialCards, socialCardCachePath } from '../lib/social-card.ts';
import type { DrawRequest } from './social-card-worker.ts';

interface Batch {
  orders: readonly SocialCardOrder[];
  drawn: number;
  done: Promise<void>;
}

/** Draws the cards missing from `cacheDir` in a child process; resolves when all are there. */
function drawMissing(orders: readonly SocialCardOrder[], cacheDir: string): Batch {
  const missing = orders.filter((order) => !existsSync(socialCardCachePath(cacheDir, order.card)));
  if (missing.length === 0) return { orders, drawn: 0, done: Promise.resolve() };
  const done = new Promise<void>((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./social-card-worker.ts', import.meta.url)), { stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    // Below the page renderer: the cards take the core it leaves free, never its time.
    if (child.pid !== undefined) setPriority(child.pid, 19);
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Share cards could not be drawn (exit ${code}):\n${errors.trim()}`))));
    const request: DrawRequest = { cacheDir, jobs: missing.map((order) => ({ id: order.path, card: order.card })) };
    child.send(request);
  });
  // Reported at the end of the build, not as an unhandled rejection in the middle of it.
  done.catch(() => undefined);
  return { orders, drawn: missing.length, done };
}

export function socialCards(): AstroIntegration {
  const cacheDir = socialCardCacheDir();
  let batch: Batch | undefined;
  let stopReceiving = () => {};
  return {
    name: 'dateline:social-cards',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        const entrypoint = new URL('./social-card-route.ts', import.meta.url);
        // Drawn on request: the dev server has no list of paths to ask for in advance.
        injectRoute({ pattern: siteSocialCardUrl(), entrypoint, prerender: false });
        injectRoute({ pattern: socialCardUrl('[slug]'), entrypoint, prerender: false });
      },
      'astro:build:start': () => {
        stopReceiving = receiveSocialCardOrders((orders) => {
          batch = drawMissing(orders, cacheDir);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        stopReceiving();
        if (!batch) throw new Error('No share cards were ordered: the article route did not run orderSocialCards().');
        const started = performance.now();
        await batch.done;
        await placeSocialCards(fileURLToPath(dir), batch.orders, { cacheDir });
        const ms = Math.round(performance.now() - started);
        logger.info(`${batch.orders.length} share cards (${batch.drawn} drawn, the rest from ${cacheDir}) placed in ${ms} ms after rendering.`);
      },
    },
  };
}
