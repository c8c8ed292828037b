/** The share card of every page that is not an article. */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { socialCardCacheDir } from '../../lib/content-paths';
import { siteSocialCard } from '../../lib/page-meta';
import { cachedSocialCards } from '../../lib/social-card';

export const GET: APIRoute = async () => {
  const path = cachedSocialCards([{ id: 'site', card: siteSocialCard() }], { cacheDir: socialCardCacheDir() }).get('site')!;
  return new Response(new Uint8Array(await readFile(await path)), { headers: { 'Content-Type': 'image/png' } });
};
