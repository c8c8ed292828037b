/**
 * The content model: what an article, an outside "read more" story, a policy, an author and
 * a source desk are made of.
 * Every rule an editor can break is here, so a mistake fails the build naming file and field.
 */
import { defineCollection, type SchemaContext } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { site, topicSlugs } from './site.config';
import { contentDir, slugFromEntryPath } from './lib/content-paths';
import { parsePartialDate, parsePublicationTime } from './lib/dates';
import { parseReadMoreRef } from './lib/read-more-ref';
import { slugify, unsluggableSourceMessage } from './lib/slugs';
import { mdxEntries } from './loaders/mdx-entries';
import { articleKindNames } from './lib/article-kinds';
import { describeControlCharacter, findControlCharacters } from './lib/control-characters';
import { policyKindFromEntryPath } from './lib/policies';
import { parseLanguageTag } from './lib/languages';
import { stringsIn } from './lib/frontmatter-strings';
import { articleUrl, authorUrl, policyUrl, readMoreUrl } from './lib/urls';

/** Editors read these messages: say what is wrong in plain words, not in Zod's. */
const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text, e.g. "Reuters"') })
  .trim()
  .min(1, 'must not be empty');

/** Dates arrive as quoted text; an unquoted YAML date has already lost its time zone. */
const quotedDate = z.string({
  error: (issue) =>
    issue.input === undefined
      ? 'is required: a quoted date such as "2022-03-03"'
      : issue.input instanceof Date
        ? 'put the date in quotes, e.g. "2022-03-03", so it is read on the newsroom clock'
        : 'must be a quoted date such as "2022-03-03"',
});

/** Runs a parser that returns an error message instead of throwing, reporting it on the field. */
function parsedWith<T>(parse: (text: string) => T | string) {
  return (value: string, ctx: { addIssue: (issue: { code: 'custom'; message: string }) => void }): T => {
    const parsed = parse(value);
    if (typeof parsed !== 'string') return parsed;
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  };
}

const publicationTime = quotedDate.transform(parsedWith((value) => parsePublicationTime(value, site.timeZone)));
const partialDate = quotedDate.transform(parsedWith(parsePartialDate));
const readMoreRef = z.string().transform(parsedWith(parseReadMoreRef));
/** A source names its desk page (/sources/<slug>/), so it needs letters a URL can carry. */
const sourceName = text.refine(
  (name) => slugify(name) !== '',
  {
    error: (issue) => unsluggableSourceMessage(String(issue.input)),
  },
);
/** A BCP 47 language tag, canonical case; absent means the site's language (site.locale). */
const languageTag = z.string().transform((value, ctx) => {
  const parsed = parseLanguageTag(value);
  if (typeof parsed === 'string') return parsed;
  ctx.addIssue({ code: 'custom', message: parsed.error });
  return z.NEVER;
});

/**
 * Refuses a control character in any string of an entry, in any field at any depth: a YAML
 * escape ("7\x1f2", "https://example.com/\u0085") reaches the value, while raw ones are refused
 * before the file is parsed (src/lib/control-characters.ts). One rule over the whole entry, so
 * no field (text, address, list, or one added later) can be left out. It runs even when another
 * field has failed, so every problem of a file is reported at once.
 */
function withoutControlCharacters<S extends z.ZodType>(schema: S): S {
  return schema.superRefine(
    (data, ctx) => {
      for (const { path, value } of stringsIn(data)) {
        const [found] = findControlCharacters(value);
        if (found) ctx.addIssue({ code: 'custom', path, message: `holds ${describeControlCharacter(found)}` });
      }
    },
    { when: () => true },
  );
}

/** Astro's defineCollection, with the rule above on the schema: every collection is defined through it. */
function collection<S extends z.ZodType>({ loader, schema }: { loader: Loader; schema: S | ((context: SchemaContext) => S) }) {
  return defineCollection({
    loader,
    schema: typeof schema === 'function' ? (context: SchemaContext) => withoutControlCharacters(schema(context)) : withoutControlCharacters(schema),
  });
}

/**
 * Bodies are rendered to HTML when content syncs (src/loaders/mdx-entries.ts), not bundled;
 * `pageUrl` is where a body is published, undefined for a collection whose bodies are not.
 */
const loaderFor = (folder: string, pageUrl: ((id: string) => string) | undefined, idOf: (entryPath: string, baseDir: string) => string = slugFromEntryPath) =>
  mdxEntries({
    base: `${contentDir}/${folder}`,
    contentRoot: contentDir,
    generateId: ({ entry }) => idOf(entry, `${contentDir}/${folder}`),
    pageUrl,
  });

const articles = collection({
  loader: loaderFor('articles', articleUrl),
  schema: ({ image }) =>
    z.strictObject({
      title: text,
      /** What kind of journalism it is (src/lib/article-kinds.ts); a report unless said. */
      kind: z
        .enum(articleKindNames, { error: (issue) => `"${String(issue.input)}" is not a kind of article; choose from ${articleKindNames.join(', ')}` })
        .default('report'),
      /** The standfirst (dek): one or two sentences under the headline. */
      standfirst: text.optional(),
      /**
       * The place the story was reported from, e.g. "Beijing": printed "BEIJING —" at the start
       * of the story. The place only: the capitals and the dash are the page's style.
       */
      dateline: text
        .max(60, 'is the place the story was reported from, e.g. "Beijing": at most 60 characters')
        .refine((place) => !/[—–-]$/.test(place), 'is the place only, e.g. "Beijing": leave out the dash, which is added when it is printed')
        .optional(),
      /** The language the story is written in, when not the site's: its page's lang and dir, its search index. */
      lang: languageTag.optional(),
      pubDate: publicationTime,
      updatedDate: publicationTime.optional(),
      /** The news organisation the story comes from, e.g. "Reuters". */
      source: sourceName.optional(),
      /** The byline: slugs of files in authors/, in the order they are printed. */
      authors: z.array(text).default([]),
      /** The credit line exactly as it is to be printed under the story. */
      attribution: text.optional(),
      editedBy: text.optional(),
      topics: z
        .array(z.enum(topicSlugs, { error: (issue) => `"${String(issue.input)}" is not a known topic; choose from ${topicSlugs.join(', ')} (see src/site.config.ts)` }))
        .min(1, 'needs at least one topic'),
      readMore: z.array(readMoreRef).default([]),
      image: z
        .strictObject({
          src: image(),
          alt: text,
          credit: text,
          caption: text.optional(),
        })
        .optional(),
      draft: z.boolean().default(false),
      /** Where the story first ran, when it ran elsewhere first. */
      originalUrl: z.url().optional(),
      /** Another page that search engines should treat as the original of this one. */
      canonicalUrl: z.url().optional(),
      /**
       * Wire copy we republish under licence: its page asks Google News not to index it.
       * Unset means "yes when `source` is another organisation than ours" (see lib/syndication.ts).
       */
      syndicated: z.boolean().optional(),
      /**
       * A developing story told in <Update> blocks is live while this is true: LIVE labels on
       * its page and in listings. Set it to false (or remove it) when the coverage ends.
       */
      live: z.boolean().optional(),
      /** Dated corrections, printed under the story and listed on /corrections/. */
      corrections: z.array(z.strictObject({ date: publicationTime, text })).default([]),
    }),
});

/** Outside stories that "Read more" lists point to; we hold their facts, not their text. */
const readMore = collection({
  loader: loaderFor('read-more', readMoreUrl),
  schema: z.strictObject({
    title: text,
    publisher: text,
    /** The language of the title and publisher's name, when not the site's. */
    lang: languageTag.optional(),
    url: z.url().optional(),
    date: partialDate.optional(),
    standfirst: text.optional(),
  }),
});

/** The people in bylines: one file per person, its name the slug of their page /authors/<slug>/. */
const authors = collection({
  loader: loaderFor('authors', authorUrl),
  schema: ({ image }) =>
    z.strictObject({
      name: text,
      /** What they do, e.g. "China correspondent". */
      role: text.optional(),
      /** Their pages elsewhere (a profile, a social account): schema.org `sameAs`. */
      links: z.array(z.url()).default([]),
      photo: z.strictObject({ src: image(), alt: text }).optional(),
    }),
});

/**
 * What we know of a source (news agency): optional, keyed by the slug its name gives (see
 * lib/slugs.ts), e.g. sources/reuters.mdx for `source: Reuters`. The body is not used.
 */
const sources = collection({
  loader: loaderFor('sources', undefined),
  schema: z.strictObject({
    /** The full name, e.g. "Agence France-Presse" for `source: AFP`. */
    name: text,
    /** Its own site. */
    url: z.url().optional(),
    description: text.optional(),
  }),
});


/**
 * The newsroom's standards, one file per kind of policy (src/lib/policies.ts lists the kinds):
 * `policies/ethics.mdx` is published at /about/ethics/. The text is the newsroom's own.
 */
const policies = collection({
  loader: loaderFor('policies', policyUrl, policyKindFromEntryPath),
  schema: z.strictObject({
    title: text,
    updatedDate: publicationTime,
  }),
});

export const collections = { articles, readMore, policies, authors, sources };
