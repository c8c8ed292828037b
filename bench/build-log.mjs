/**
 * Reads an `npm run build` log, each line stamped with the milliseconds since the build
 * started, into phase timings. Astro's own log gives most of them; the related pass logs its
 * own line. A phase whose log lines are missing is reported as absent (null), never guessed.
 */

/** Milliseconds in Astro's "1.23s" / "456ms" notation. */
export function parseDuration(text) {
  const match = /([\d.]+)\s*(ms|s|m)\b/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  return Math.round(match[2] === 'ms' ? value : match[2] === 's' ? value * 1000 : value * 60_000);
}

const routeLine = /[├└]─\s+(\S+)\s+\(\+([\d.]+)(ms|s)\)/;
const isFeedRoute = (path) => /(^|\/)(rss|atom|feed)[^/]*\.(xml|json)$/.test(path);
const isSitemapRoute = (path) => /sitemap[^/]*\.xml$/.test(path);
const isSocialImageRoute = (path) => /^\/social\/.*\.(png|jpe?g|webp)$/.test(path);

/**
 * @param {{ at: number, text: string }[]} lines the build's output, colours stripped
 * @returns phase name -> { ms, how } or null when the build shows no such phase
 */
export function phasesFromLog(lines) {
  const find = (pattern, from = 0) => {
    for (let i = from; i < lines.length; i++) if (pattern.test(lines[i].text)) return i;
    return -1;
  };
  /** @type {Record<string, { ms: number | null, how: string } | null>} */
  const phases = {
    contentSync: null,
    bundling: null,
    pageRendering: null,
    feeds: null,
    relatedPass: null,
    imageOptimisation: null,
    searchIndexing: null,
    sitemaps: null,
    socialImages: null,
    afterRendering: null,
  };

  const syncStart = find(/\[content\] Syncing content/);
  const syncEnd = find(/\[content\] Synced content/, Math.max(syncStart, 0));
  if (syncStart >= 0 && syncEnd >= 0) {
    phases.contentSync = { ms: lines[syncEnd].at - lines[syncStart].at, how: 'between Astro\'s "Syncing content" and "Synced content" lines' };
  }

  const viteBuilds = lines.filter((line) => /\[vite\] ✓ built in/.test(line.text)).map((line) => parseDuration(line.text.split('built in')[1]));
  if (viteBuilds.length > 0) phases.bundling = { ms: viteBuilds.reduce((a, b) => a + b, 0), how: 'Vite bundles (MDX compiled to modules), from its "built in" lines' };

  const renderStart = find(/generating static routes/);
  const renderEnd = renderStart >= 0 ? find(/^(?:\S+ )?✓ Completed in/, renderStart) : -1;
  if (renderEnd >= 0) phases.pageRendering = { ms: parseDuration(lines[renderEnd].text.split('Completed in')[1]), how: 'Astro\'s "generating static routes … Completed in"' };

  const routes = lines.map((line) => routeLine.exec(line.text)).filter(Boolean);
  const routeMs = (match) => Math.round(Number(match[2]) * (match[3] === 's' ? 1000 : 1));
  const feedRoutes = routes.filter((match) => isFeedRoute(match[1]));
  if (feedRoutes.length > 0) {
    phases.feeds = { ms: feedRoutes.reduce((sum, match) => sum + routeMs(match), 0), how: `${feedRoutes.length} feed routes, sum of their render times` };
  }
  const socialRoutes = routes.filter((match) => isSocialImageRoute(match[1]));
  if (socialRoutes.length > 0) {
    phases.socialImages = { ms: socialRoutes.reduce((sum, match) => sum + routeMs(match), 0), how: `${socialRoutes.length} social image routes` };
  }
  const sitemapRoutes = routes.filter((match) => isSitemapRoute(match[1]));
  if (sitemapRoutes.length > 0) {
    phases.sitemaps = { ms: sitemapRoutes.reduce((sum, match) => sum + routeMs(match), 0), how: `${sitemapRoutes.length} sitemap routes` };
  }

  const related = lines.find((line) => /^\[related\] .* in [\d.]+ms/.test(line.text));
  if (related) phases.relatedPass = { ms: parseDuration(related.text.split(' in ').at(-1)), how: 'the [related] line of src/lib/content.ts' };

  const imagesStart = find(/generating optimized images/);
  const imagesEnd = imagesStart >= 0 ? find(/✓ Completed in/, imagesStart) : -1;
  if (imagesEnd >= 0) phases.imageOptimisation = { ms: parseDuration(lines[imagesEnd].text.split('Completed in')[1]), how: 'Astro\'s "generating optimized images"' };

  // Integrations that time themselves: a line naming the job and a duration.
  const timed = (pattern) =>
    lines.find((line) => pattern.test(line.text) && !routeLine.test(line.text) && /\b[\d.]+\s*(ms|s)\b/.test(line.text));
  const search = timed(/pagefind|search[- ]index|pages for search/i);
  if (search) phases.searchIndexing = { ms: parseDuration(search.text.replace(/^.*?(?:in|took)\s+/i, '')), how: `log: ${search.text.trim()}` };
  const social = timed(/social image|share card|og image|open graph image/i);
  if (social && !phases.socialImages) phases.socialImages = { ms: parseDuration(social.text.replace(/^.*?(?:in|took)\s+/i, '')), how: `log: ${social.text.trim()}` };

  // From the end of rendering (and images) to Astro's total: the astro:build:done hooks,
  // where integrations write search indexes, sitemaps and the like.
  const lastPhaseEnd = Math.max(renderEnd, imagesEnd);
  const total = find(/page\(s\) built in/);
  if (lastPhaseEnd >= 0 && total > lastPhaseEnd) {
    phases.afterRendering = { ms: lines[total].at - lines[lastPhaseEnd].at, how: 'from the end of rendering to Astro\'s total (build:done hooks: search index, sitemaps)' };
  }
  return phases;
}

/** Astro's own total, e.g. "1254 page(s) built in 23.55s", and its page count. */
export function astroTotals(lines) {
  const line = lines.find((l) => /page\(s\) built in/.test(l.text));
  if (!line) return { pages: null, astroMs: null };
  const match = /(\d+) page\(s\) built in (.*)$/.exec(line.text);
  return { pages: Number(match[1]), astroMs: parseDuration(match[2]) };
}
