/**
 * The content half of `npm run check`: every file against the real content model, reporting
 * every problem at once with its line (a build stops at the first one).
 *
 * Nothing here restates a rule. The schemas are the ones in src/content.config.ts, called the
 * way Astro's content layer calls them; frontmatter is read by Astro's own parser; file names
 * go through the loader's slug function; the rules that span entries are newsroom.ts's
 * findContentProblems. Only the glue differs: the build throws on the first issue, this keeps
 * them all and finds the line of each field in the file.
 */
import { readFileSync, globSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { emitImageMetadata } from 'astro/assets/utils/node';
import { z } from 'astro/zod';
import { collections } from '../../src/content.config';
import { contentDir, duplicateSlugMessage, pictureExistsBeside, slugFromEntryPath } from '../../src/lib/content-paths';
import { readContentText } from '../../src/lib/control-characters';
import { findContentProblems, findUnpublishedLinks, type Article, type Author, type ReadMoreItem } from '../../src/lib/newsroom';
import { findUpdateTimeProblems } from '../../src/lib/developing-story';
import { compileArticleBody } from '../../src/lib/article-body';
import { site } from '../../src/site.config';
import { missingPolicyKinds, policyKindFromEntryPath } from '../../src/lib/policies';
import { policyUrl } from '../../src/lib/urls';
import { buildTime, publicationStatus, type PublicationStatus } from '../../src/lib/publishing';
import { escapedControlCharacterPlace, formatFieldPath, frontmatterLocator, parseFieldPath, yamlSyntaxError, type FieldPath, type Problem } from './problems';

type CollectionName = keyof typeof collections;

/** Where each collection's files live, as the loaders in content.config.ts are set up. */
const folders: Record<CollectionName, string> = { articles: 'articles', readMore: 'read-more', policies: 'policies', authors: 'authors', sources: 'sources' };

/** How each collection's loader names an entry from its path (the same functions). */
const entryIds: Record<CollectionName, (entryPath: string) => string> = {
  articles: slugFromEntryPath,
  readMore: slugFromEntryPath,
  policies: policyKindFromEntryPath,
  authors: slugFromEntryPath,
  sources: slugFromEntryPath,
};

/** What the rest of the check needs to know about an entry that passed. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  /** Articles only: whether a production build publishes it now. */
  status?: PublicationStatus;
}

export interface ContentReport {
  /** How many content files were read. */
  files: number;
  problems: Problem[];
  /** Not mistakes, but worth knowing: e.g. the policies the newsroom has not published. */
  notes: string[];
  entries: CheckedEntry[];
}

interface ParsedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  lineOf: (path: FieldPath) => number;
  /** What the body pipeline found, as the build's content store keeps it. */
  rendered: { metadata: Pick<ReturnType<typeof compileArticleBody>, 'contentLinks' | 'updates'> };
}

/** Astro's `image()` schema helper, resolved against the entry's own folder as the build does. */
function imageSchemaFor(file: string, root: string) {
  return () =>
    z.string().transform(async (imagePath, ctx) => {
      const resolved = imagePath.startsWith('/') ? resolve(root, imagePath.slice(1)) : resolve(file, '..', imagePath);
      let metadata;
      try {
        metadata = await emitImageMetadata(resolved);
      } catch {
        ctx.addIssue({ code: 'custom', message: `${imagePath} is not an image file Astro can read (use JPEG, PNG, WebP, AVIF, GIF or SVG)` });
        return z.NEVER;
      }
      if (!metadata) {
        ctx.addIssue({ code: 'custom', message: `Image ${imagePath} does not exist. Is the path correct?` });
        return z.NEVER;
      }
      return metadata;
    });
}

type AnySchema = z.ZodType & { shape?: Record<string, unknown> };

function schemaFor(collection: CollectionName, file: string, root: string): AnySchema {
  const { schema } = collections[collection] as { schema?: unknown };
  const resolved = typeof schema === 'function' ? schema({ image: imageSchemaFor(file, root) }) : schema;
  return resolved as AnySchema;
}

/** Zod's type names in an editor's words. */
const kinds: Record<string, string> = {
  boolean: 'true or false',
  string: 'text in quotes',
  number: 'a number',
  array: 'a list, e.g. [china, trade]',
  object: 'a group of indented fields',
};

/** Zod's issue as an editor reads it; the schema's own messages are already written for people. */
function issueProblems(
  issue: z.core.$ZodIssue,
  schema: AnySchema,
  frontmatter: Record<string, unknown>,
  file: string,
  source: string,
  lineOf: (path: FieldPath) => number,
): Problem[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const fields = Object.keys(schema.shape ?? {}).join(', ');
    return issue.keys.map((key) => ({
      file,
      line: lineOf([...path, key]),
      field: formatFieldPath([...path, key]),
      message: `is not a field here; check the spelling (fields: ${fields})`,
    }));
  }
  const written = path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], frontmatter);
  // A schema that words its own type error (an unquoted date: "put the date in quotes") knows
  // better than a generic "must be text in quotes"; Zod's default wording starts "Invalid input".
  const schemaWorded = !issue.message.startsWith('Invalid input');
  const kind = issue.code === 'invalid_type' && !schemaWorded ? kinds[issue.expected] : undefined;
  const message = kind ? (written === undefined ? `is required: ${kind}` : `must be ${kind}`) : issue.message;
  // A control character written as a YAML escape ("7\x1f2") is at one place in the line.
  const place = (/control character/.test(message) && escapedControlCharacterPlace(source, path)) || { line: lineOf(path) };
  return [{ file, ...place, field: formatFieldPath(path), message }];
}

/** Checks every content file under DATELINE_CONTENT_DIR (default src/content). */
export async function checkContent(root: string = process.cwd()): Promise<ContentReport> {
  const base = resolve(root, contentDir);
  const problems: Problem[] = [];
  const parsed: ParsedEntry[] = [];
  const failed: { collection: CollectionName; id: string }[] = [];
  let fileCount = 0;

  for (const collection of Object.keys(folders) as CollectionName[]) {
    const folder = join(base, folders[collection]);
    const files = globSync('**/*.mdx', { cwd: folder }).sort();
    fileCount += files.length;
    const bySlug = new Map<string, string[]>();

    for (const relativePath of files) {
      const file = join(folder, relativePath);
      const bytes = readFileSync(file);
      // Read as the build reads it: bytes that are not UTF-8 and control characters reported with
      // their column, then blanked out (same lines), and the file checked for every other mistake.
      const { text: source, problems: characterProblems } = readContentText(file, bytes.toString('utf8'), () => bytes);
      problems.push(...characterProblems);
      const lineOf = frontmatterLocator(source);

      let id: string;
      try {
        id = entryIds[collection](relativePath);
      } catch (error) {
        const message = (error as Error).message.replace(/^.*?: file name: /, '');
        problems.push({ file, line: 1, field: 'file name', message });
        continue;
      }
      bySlug.set(id, [...(bySlug.get(id) ?? []), file]);

      let frontmatter: Record<string, unknown>;
      try {
        frontmatter = parseFrontmatter(source).frontmatter as Record<string, unknown>;
      } catch (error) {
        const { line, message } = yamlSyntaxError(source, error as Error);
        problems.push({ file, line, field: 'frontmatter', message: `is not valid YAML: ${message}` });
        failed.push({ collection, id });
        continue;
      }

      // The body, compiled as the build compiles it: every mistake of every file at once.
      const body = compileArticleBody(source, { path: `${folders[collection]}/${relativePath}`, siteUrl: site.url, imageExists: pictureExistsBeside(file) });
      for (const { line, column, message } of body.problems) problems.push({ file, line, column, field: 'body', message });
      const rendered = { metadata: { contentLinks: body.contentLinks, updates: body.updates } };

      const schema = schemaFor(collection, file, root);
      const result = await schema.safeParseAsync(frontmatter);
      if (!result.success) {
        // A field whose character was blanked fails as a consequence ("tra de" is not a known
        // topic): its character problem says what to fix, as the build does.
        const withCharacterProblems = new Set(characterProblems.map((problem) => problem.field));
        for (const issue of result.error.issues) {
          if (!withCharacterProblems.has(String(issue.path[0]))) problems.push(...issueProblems(issue, schema, frontmatter, file, source, lineOf));
        }
        failed.push({ collection, id });
        continue;
      }
      parsed.push({ collection, id, file, data: result.data as Record<string, unknown>, lineOf, rendered });
    }

    for (const [slug, sameSlug] of bySlug) {
      if (sameSlug.length < 2) continue;
      for (const file of sameSlug) {
        const others = sameSlug.filter((other) => other !== file).map((other) => other.slice(folder.length + 1));
        problems.push({
          file,
          line: 1,
          field: 'file name',
          message: duplicateSlugMessage(slug, others),
        });
      }
    }
  }

  // Cross-entry rules, on entries that passed their schema. Entries that failed still exist,
  // so a "Read more" naming one is not reported as missing.
  const asEntry = (entry: { collection: CollectionName; id: string; file?: string; data?: Record<string, unknown>; rendered?: ParsedEntry['rendered'] }) =>
    ({ id: entry.id, collection: entry.collection, filePath: entry.file, data: entry.data ?? { readMore: [] }, rendered: entry.rendered }) as unknown;
  const articles = [...parsed.filter((e) => e.collection === 'articles'), ...failed.filter((e) => e.collection === 'articles')].map(asEntry) as Article[];
  const readMoreItems = [...parsed, ...failed].filter((e) => e.collection === 'readMore').map(asEntry) as ReadMoreItem[];
  const authors = [...parsed, ...failed].filter((e) => e.collection === 'authors').map(asEntry) as Author[];
  const byFile = new Map(parsed.map((entry) => [entry.file, entry]));
  const now = buildTime();
  const statusOf = (article: Article) => (article.data.pubDate ? publicationStatus(article.data, now) : 'published');
  const withDates = articles.filter((article) => article.data.pubDate);
  for (const problem of [...findContentProblems(articles, readMoreItems, authors), ...findUnpublishedLinks(articles, statusOf), ...findUpdateTimeProblems(withDates, statusOf, now)]) {
    const entry = byFile.get(problem.file);
    const file = entry?.file ?? problem.file;
    const place = problem.line === undefined ? { line: entry?.lineOf(parseFieldPath(problem.field)) ?? 1 } : { line: problem.line, ...(problem.column === undefined ? {} : { column: problem.column }) };
    problems.push({ file, ...place, field: problem.field, message: problem.message });
  }

  const entries = parsed.map(({ collection, id, file, data }) => ({
    collection,
    id,
    file,
    ...(collection === 'articles' ? { status: publicationStatus(data as Article['data'], now) } : {}),
  }));
  // The standards a newsroom has not written yet: not an error (the product ships none), but
  // each is a Trust Indicator readers and search engines look for.
  const missing = missingPolicyKinds([...parsed, ...failed].filter((e) => e.collection === 'policies').map((e) => e.id));
  const notes =
    missing.length === 0
      ? []
      : [`policies not published: ${missing.join(', ')} (each is a file ${join(contentDir, folders.policies)}/<kind>.mdx, published at ${policyUrl('<kind>')})`];
  return { files: fileCount, problems, notes, entries };
}
