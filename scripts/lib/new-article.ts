/**
 * `npm run new`: what a new article file says. Pure, so the rules (slug, topics, the date on
 * the newsroom clock, YAML that survives any headline) are unit-tested; the command itself
 * (scripts/new-article.mjs) only reads the clock and writes the file.
 */
import { parseArgs } from 'node:util';
import { site, topicSlugs } from '../../src/site.config';
import { slugFromEntryPath } from '../../src/lib/content-paths';
import { parsePublicationTime, toZonedIso } from '../../src/lib/dates';
import { slugify, unsluggableSourceMessage } from '../../src/lib/slugs';
import { describeControlCharacter, findControlCharacters } from '../../src/lib/control-characters';

export interface NewArticleRequest {
  headline: string;
  topics: string[];
  source?: string | undefined;
  slug: string;
}

export const usage = 'npm run new -- "Headline" --topic <topic> [--topic <topic>...] [--source <name>] [--slug <slug>]';

const knownTopics = () => `known topics: ${topicSlugs.join(', ')} (see src/site.config.ts)`;

/** Reads the command line; returns the request or a message saying what to fix. */
export function parseNewArticleArgs(argv: string[]): NewArticleRequest | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        topic: { type: 'string', multiple: true },
        source: { type: 'string' },
        slug: { type: 'string' },
      },
    });
  } catch (error) {
    return `${(error as Error).message}\nusage: ${usage}`;
  }
  const { positionals, values } = parsed;
  const headline = positionals.join(' ').trim();
  if (headline === '') return `give the headline in quotes\nusage: ${usage}`;

  const topics = [...new Set(values.topic ?? [])];
  if (topics.length === 0) return `give at least one --topic; ${knownTopics()}`;
  const unknown = topics.filter((topic) => !(topicSlugs as readonly string[]).includes(topic));
  if (unknown.length > 0) {
    return `${unknown.map((t) => `"${t}"`).join(', ')} ${unknown.length === 1 ? 'is not a known topic' : 'are not known topics'}; ${knownTopics()}`;
  }

  const source = values.source?.trim() || undefined;
  // Refused here as the check would refuse them, before a file is written.
  for (const [name, value] of [['headline', headline], ['--source', source ?? '']] as const) {
    const [found] = findControlCharacters(value);
    if (found) return `the ${name} holds ${describeControlCharacter(found)}; type it again without it`;
  }
  if (source !== undefined && slugify(source) === '') return `--source ${unsluggableSourceMessage(source)}`;
  const slug = values.slug?.trim() ?? slugify(headline);
  if (slug === '') return `the headline gives no usable address; choose one with --slug, e.g. --slug trade-talks-resume`;
  try {
    slugFromEntryPath(`${slug}.mdx`);
  } catch {
    return `--slug "${slug}" cannot be a URL; use lowercase letters, digits and single hyphens, e.g. trade-talks-resume`;
  }
  return { headline, topics, source, slug };
}

/**
 * "Now" as the frontmatter writes it: a quoted wall time on the newsroom clock, to the minute.
 * In the hour the clocks go back, that wall time happens twice and the check would refuse it,
 * so the offset is written too ("2026-10-25T01:30+01:00").
 */
export function newsroomNow(now: Date, timeZone: string = site.timeZone): string {
  const iso = toZonedIso(now, timeZone);
  const wallTime = iso.slice(0, 16);
  return typeof parsePublicationTime(wallTime, timeZone) === 'string' ? `${wallTime}${iso.slice(19)}` : wallTime;
}

/** A YAML double-quoted string; JSON's escapes are all valid YAML. */
const yamlString = (text: string) => JSON.stringify(text);

/** The new file: valid frontmatter, a draft, and commented hints for the optional fields. */
export function renderNewArticle(request: NewArticleRequest, now: Date): string {
  const lines = [
    '---',
    `title: ${yamlString(request.headline)}`,
    '# standfirst: "One or two sentences under the headline."',
    '# dateline: Beijing   (where it was reported from, when the copy says; printed "BEIJING —")',
    `pubDate: ${yamlString(newsroomNow(now))}`,
    request.source ? `source: ${yamlString(request.source)}` : '# source: Reuters',
    '# attribution: "Reuters, with additional editing by …"',
    '# editedBy: Your Name',
    `topics: [${request.topics.join(', ')}]`,
    '# readMore:',
    '#   - read-more/<slug>',
    '# originalUrl: "https://…"',
    '# Set draft to false (or delete the line) to publish with the next build.',
    'draft: true',
    '---',
    '',
    '{/* Write the story here, one paragraph per block of text. This note is not published. */}',
    '',
  ];
  return lines.join('\n');
}
