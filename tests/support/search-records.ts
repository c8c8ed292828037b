/** The search index as Pagefind's browser code reads it: every page record of every shard. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface SearchRecord {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** The shards of the built site's index (folders of /pagefind/ that hold a bundle). */
export function searchShardsOf(siteDir: string): string[] {
  const root = join(siteDir, 'pagefind');
  return readdirSync(root).filter((name) => existsSync(join(root, name, 'pagefind-entry.json'))).sort();
}

/** Every page record in the index (fragments are gzipped JSON behind a "pagefind_dcd" tag). */
export function searchRecords(siteDir: string): SearchRecord[] {
  return searchShardsOf(siteDir).flatMap((shard) => {
    const dir = join(siteDir, 'pagefind', shard, 'fragment');
    return readdirSync(dir).map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      if (!text.startsWith('pagefind_dcd')) throw new Error(`${shard}/fragment/${name} is not a Pagefind record`);
      return { ...(JSON.parse(text.slice('pagefind_dcd'.length)) as SearchRecord), shard };
    });
  });
}
