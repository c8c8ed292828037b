#!/usr/bin/env node
/**
 * `npm run new -- "Headline" --topic <topic> [--source <name>] [--slug <slug>]`: scaffolds a
 * draft article in the content folder (DATELINE_CONTENT_DIR, default src/content) and prints
 * where it is and where `npm run dev` shows it. Never overwrites an existing article.
 */
import { globSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { importTs, projectRoot } from './lib/import-ts.mjs';

const { parseNewArticleArgs, renderNewArticle } = await importTs('scripts/lib/new-article.ts');
const { contentDir } = await importTs('src/lib/content-paths.ts');
const { articleUrl } = await importTs('src/lib/urls.ts');

const request = parseNewArticleArgs(process.argv.slice(2));
if (typeof request === 'string') {
  console.error(`npm run new: ${request}`);
  process.exit(1);
}

const articlesDir = resolve(projectRoot, contentDir, 'articles');
const shown = (path) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));
// The slug is the file name wherever it sits under articles/, so look in sub-folders too.
const existing = globSync(`**/${request.slug}.mdx`, { cwd: articlesDir }).map((path) => join(articlesDir, path));
if (existing.length > 0) {
  console.error(`npm run new: ${shown(existing[0])} already exists; nothing was written. Choose another address with --slug.`);
  process.exit(1);
}

const file = join(articlesDir, `${request.slug}.mdx`);
mkdirSync(articlesDir, { recursive: true });
writeFileSync(file, renderNewArticle(request, new Date()), { flag: 'wx' });
console.log(`Created ${shown(file)} (a draft: only npm run dev shows it)`);
console.log(`Preview: http://localhost:4321${articleUrl(request.slug)} (while npm run dev is running)`);
