/** The publisher logo that structured data names: the wordmark, 600x60. */
import type { APIRoute } from 'astro';
import { site } from '../site.config';
import { renderPublisherLogo, resolveCardFonts } from '../lib/social-card';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderPublisherLogo(site.name, resolveCardFonts())), { headers: { 'Content-Type': 'image/png' } });
