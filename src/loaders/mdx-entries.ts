/**
 * The content loader for editors' MDX files: Astro's own `glob()` loader (file discovery, ids,
 * duplicate-slug errors, the dev server's file watching, skipping unchanged files), with each
 * body rendered to HTML when content syncs by src/lib/article-body.ts instead of compiled into a
 * JavaScript module of the bundle. `render(entry)` then prints the stored HTML, as it does for
 * Markdown, so the bundle holds no per-article code and its cost no longer grows with the archive.
 *
 * The stored HTML is kept in Astro's data store between builds and reused while the file is
 * unchanged: the digest that decides it covers the file's text and the pipeline's own code.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { site } from '../site.config';
import { formatControlCharacterProblems, readContentText, type ControlCharacterProblem } from '../lib/control-characters';
import { compileArticleBody, formatBodyProblems, type BodyMetadata, type BodyProblem } from '../lib/article-body';
import { ownUrlsIn, placeOf, sitePathOf, siteLinkListDir, type SiteLinkList } from '../lib/site-links';
import { duplicateSlugMessage, pictureExistsBeside } from '../lib/content-paths';

/** What glob() passes a render function; see Astro's ContentEntryType.getRenderFunction. */
interface RenderInput {
  id: string;
  filePath?: string;
}
interface EntryInput {
  fileUrl: URL;
  contents: string;
}
interface EntryType {
  getRenderFunction?: unknown;
  [key: string]: unknown;
}

/**
 * A fingerprint of every source file that shapes a body's HTML (the pipeline, the editorial
 * components, settings, package versions): part of each file's digest, so changing the code
 * renders every body again and a cached body can never differ from a cold build's.
 */
function pipelineFingerprint(root: string): string {
  const hash = createHash('sha256');
  const files = ['package-lock.json', 'src/site.config.ts', 'src/loaders/mdx-entries.ts'];
  for (const folder of ['src/editorial', 'src/lib']) {
    if (!existsSync(join(root, folder))) continue;
    for (const file of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).sort()) {
      if (/\.(ts|mjs|js)$/.test(file)) files.push(`${folder}/${file}`);
    }
  }
  for (const file of files) hash.update(`${file}\0${existsSync(join(root, file)) ? readFileSync(join(root, file)) : ''}\0`);
  return hash.digest('hex');
}

/**
 * Loads `**\/*.mdx` under `base` (a folder of the content root `contentRoot`), each file's id
 * from `generateId`, each body published on the page `pageUrl(id)` (none when absent). Throws once every file has
 * been read when any body has a mistake, listing each as `file:line:column: body: message`.
 * Writes the collection's links to other pages of the site into the cache folder, for the
 * build to check against its output (src/lib/site-links.ts).
 */
export function mdxEntries(options: {
  base: string;
  contentRoot: string;
  generateId: (options: { entry: string }) => string;
  pageUrl: ((id: string) => string) | undefined;
}): Loader {
  // Files by id, filled as glob() names each file: glob() itself misses two files with one id
  // when their text is the same (it skips an unchanged digest before comparing paths).
  const filesById = new Map<string, string[]>();
  const generateId = ({ entry }: { entry: string }) => {
    const id = options.generateId({ entry });
    filesById.set(id, [...(filesById.get(id) ?? []), entry]);
    return id;
  };
  // retainBody: false: the MDX source would be 40% of the content store, which Astro bundles
  // into every build as one module; only the rendered HTML is read after content syncs.
  const inner = glob({ pattern: '**/*.mdx', base: options.base, generateId, retainBody: false });
  return {
    name: 'dateline:mdx-entries',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const fingerprint = pipelineFingerprint(root);
      // resolve, not join: DATELINE_CONTENT_DIR may be an absolute path.
      const contentRoot = resolve(root, options.contentRoot);
      filesById.clear();
      const failed = new Map<string, { file: string; problems: BodyProblem[] }>();
      let rendered = 0;
      /** Each file's text as readEntry read it, until its body is rendered: by absolute path. */
      const texts = new Map<string, string>();

      const render = async ({ id, filePath }: RenderInput) => {
        const text = filePath === undefined ? undefined : texts.get(filePath);
        if (!filePath || text === undefined) throw new Error(`${id}: no file read to render`);
        texts.delete(filePath);
        const compiled = compileArticleBody(text, {
          path: relative(contentRoot, filePath).split('\\').join('/'),
          siteUrl: site.url,
          imageExists: pictureExistsBeside(filePath),
        });
        rendered += 1;
        if (compiled.problems.length > 0) failed.set(id, { file: relative(root, filePath), problems: compiled.problems });
        else failed.delete(id);
        const { imagePaths, headings, contentLinks, siteLinks, updates } = compiled;
        const metadata: BodyMetadata = { imagePaths, headings, contentLinks, siteLinks, updates };
        return { html: compiled.html, metadata };
      };

      // glob() renders with its entry type's render function; MDX's own defers to a bundled module.
      const entryTypes = (context as unknown as { entryTypes: Map<string, EntryType> }).entryTypes;
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('dateline:mdx-entries needs the @astrojs/mdx integration for .mdx frontmatter');
      const { contentModuleTypes: _deferred, getEntryInfo, ...mdxType } = mdx as EntryType & { getEntryInfo: (input: EntryInput) => Promise<unknown> };
      // Every file is read through readContentText, before YAML or MDX read it: bytes that are not
      // UTF-8 and control characters are reported, blanked so the rest of the file can be read
      // (every file's problems at once), and Windows line ends become plain ones. The body is
      // rendered from that same text, never from the file on disk again.
      const controlProblems: ControlCharacterProblem[] = [];
      const withControlProblems = new Set<string>();
      const readEntry = (input: EntryInput) => {
        const path = fileURLToPath(input.fileUrl);
        const { text, problems } = readContentText(relative(root, path), input.contents, () => readFileSync(path));
        if (problems.length > 0) {
          controlProblems.push(...problems);
          withControlProblems.add(path);
        }
        texts.set(path, text);
        return getEntryInfo({ ...input, contents: text });
      };
      // While the collection loads, a file with such characters is not held to its schema: its
      // blanked values fail it as a consequence ("tra de" is not a known topic) and would stop the
      // build before the characters themselves are shown. It is not kept (below).
      let loading = true;
      const parseData: LoaderContext['parseData'] = async (entry) => {
        try {
          return await context.parseData(entry);
        } catch (error) {
          if (loading && entry.filePath !== undefined && withControlProblems.has(entry.filePath)) return entry.data;
          throw error;
        }
      };
      let loadError: unknown;
      try {
        await inner.load({
          ...context,
          parseData,
          generateDigest: (data) => context.generateDigest(typeof data === 'string' ? `${fingerprint}\0${data}` : { fingerprint, data }),
          entryTypes: new Map([...entryTypes, ['.mdx', { ...mdxType, getEntryInfo: readEntry, getRenderFunction: async () => render }]]),
        } as LoaderContext);
      } catch (error) {
        // Another file's error (its schema, a slug taken twice): shown, unless the characters of
        // the files read so far come first. (Files still being read may yet render: their texts are kept.)
        loadError = error;
      } finally {
        loading = false;
      }
      // The texts of unchanged files, which were read but not rendered.
      if (loadError === undefined) texts.clear();
      // A file with such characters is never kept, whatever else is wrong: the next build reads it again.
      const withCharacterProblems = new Set(controlProblems.map((problem) => problem.file));
      for (const [id, entry] of context.store.entries()) if (entry.filePath && withCharacterProblems.has(entry.filePath)) context.store.delete(id);

      if (controlProblems.length > 0) {
        const error = new Error(`Characters in the copy that cannot be published:\n${formatControlCharacterProblems(controlProblems)}`);
        error.stack = error.message;
        throw error;
      }
      if (loadError !== undefined) throw loadError;

      const sameSlug = [...filesById].filter(([, files]) => new Set(files).size > 1);
      if (sameSlug.length > 0) {
        const lines = sameSlug.flatMap(([id, files]) =>
          files.map((file) => `${relative(root, resolve(root, options.base, file))}:1: file name: ${duplicateSlugMessage(id, files.filter((other) => other !== file))}`),
        );
        const error = new Error(`Two files would publish at one address:\n${lines.join('\n')}`);
        error.stack = error.message;
        throw error;
      }
      if (failed.size > 0) {
        // Not kept: the next build must read these files again, not reuse an empty body.
        for (const id of failed.keys()) context.store.delete(id);
        const error = new Error(formatBodyProblems([...failed.values()]));
        // The editor's lines are the whole story: no stack trace into our loader under them.
        error.stack = error.message;
        throw error;
      }
      writeSiteLinkList(context, root, options.pageUrl);
      context.logger.info(`${rendered} of ${context.store.keys().length} bodies rendered, the rest unchanged since the last build`);
    },
  };
}

/**
 * Writes the links to our own pages of every body and frontmatter in the collection (a
 * `canonicalUrl` on our site, say), unchanged entries included, to
 * `<cacheDir>/site-links/<collection>.json`; whole, under another name first, so a killed build
 * never leaves half a list.
 */
function writeSiteLinkList(context: LoaderContext, root: string, pageUrl: ((id: string) => string) | undefined): void {
  const list: SiteLinkList = { entries: [] };
  const origin = new URL(site.url).origin;
  // A collection whose bodies are not published (pageUrl undefined) links nowhere.
  if (pageUrl) {
    for (const [id, entry] of context.store.entries()) {
      const inBody = (entry.rendered?.metadata as Partial<BodyMetadata> | undefined)?.siteLinks ?? [];
      const inFrontmatter = ownUrlsIn(entry.data, origin);
      if ((inBody.length === 0 && inFrontmatter.length === 0) || !entry.filePath) continue;
      const page = pageUrl(id);
      // The file is read only for the rare entry that names our own site in its frontmatter.
      const source = inFrontmatter.length > 0 ? readFileSync(resolve(root, entry.filePath), 'utf8') : '';
      const links = [...inFrontmatter.map(({ field, url }) => ({ href: url, field, ...placeOf(source, url) })), ...inBody];
      list.entries.push({
        file: entry.filePath,
        page,
        links: links.flatMap((link) => {
          const path = ('address' in link && link.address) || sitePathOf(link.href, page, site.url);
          return path === undefined ? [] : [{ ...link, path }];
        }),
      });
    }
  }
  const dir = siteLinkListDir(fileURLToPath(context.config.cacheDir));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${context.collection}.json`);
  writeFileSync(`${file}.${process.pid}`, JSON.stringify(list));
  renameSync(`${file}.${process.pid}`, file);
}
