/**
 * What "published" means for `npm run bench -- --publish`: after the build, the story is on its
 * own page, the home page, its topics' pages, the site and topic feeds, the JSON Feed, both
 * sitemaps and in a search index shard. Returns the places where it is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** True when any record of the search index (every shard) is the page at `url`. */
function searchFinds(outDir, url) {
  const root = join(outDir, 'pagefind');
  if (!existsSync(root)) return false;
  for (const shard of readdirSync(root)) {
    const fragments = join(root, shard, 'fragment');
    if (!existsSync(fragments)) continue;
    for (const name of readdirSync(fragments)) {
      const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
      if (text.includes(`"url":"${url}"`)) return true;
    }
  }
  return false;
}

/** @returns {string[]} the places (files) that do not show the story yet */
export function missingPlaces(outDir, { slug, topics }) {
  const url = `/articles/${slug}/`;
  const read = (file) => (existsSync(join(outDir, file)) ? readFileSync(join(outDir, file), 'utf8') : '');
  const places = {
    'its page': existsSync(join(outDir, 'articles', slug, 'index.html')),
    'home page': read('index.html').includes(`href="${url}"`),
    ...Object.fromEntries(topics.map((topic) => [`topic page ${topic}`, read(`topics/${topic}/index.html`).includes(`href="${url}"`)])),
    'rss.xml': read('rss.xml').includes(url),
    ...Object.fromEntries(topics.map((topic) => [`topic feed ${topic}`, read(`topics/${topic}/rss.xml`).includes(url)])),
    'feed.json': read('feed.json').includes(url),
    sitemap: readdirSync(outDir).filter((file) => /^sitemap-\d+\.xml$/.test(file)).some((file) => read(file).includes(url)),
    'news sitemap': read('news-sitemap.xml').includes(url),
    'search index': searchFinds(outDir, url),
  };
  return Object.entries(places).filter(([, found]) => !found).map(([place]) => place);
}
