/**
 * The child process that draws a build's missing share cards (see social-cards.ts). A process of
 * its own, so the drawing gets the second core and its own libuv threads while the parent
 * renders pages. It takes one message, { cacheDir, jobs }, draws every card not yet in the cache
 * folder, and exits: 0 when every card is there, 1 after printing each card that failed.
 */
import { cachedSocialCards, type CardJob } from '../lib/social-card.ts';

export interface DrawRequest {
  cacheDir: string;
  jobs: CardJob[];
}

process.once('message', async ({ cacheDir, jobs }: DrawRequest) => {
  const failures: string[] = [];
  for (const [id, path] of cachedSocialCards(jobs, { cacheDir })) {
    await path.catch((error: unknown) => failures.push(`${id}: ${error instanceof Error ? error.message : String(error)}`));
  }
  for (const failure of failures) console.error(`Share card ${failure}`);
  process.exitCode = failures.length > 0 ? 1 : 0;
  process.disconnect();
});
