/**
 * Checks the settings in src/site.config.ts before anything is built. Those that become
 * addresses: a topic key is the `/topics/<key>/` folder and every link to it, and SITE_URL is
 * the origin of every canonical URL, feed link and sitemap entry; a bad one would otherwise
 * publish percent-encoded folders (`/topics/c%23/`) and links that lead nowhere. And every
 * setting readers see (the site's name, topic labels…): no control character, which would make
 * the pages invalid HTML and the feeds no longer XML.
 */
import { describeControlCharacter, findControlCharacters } from './control-characters.ts';
import { isSlug, slugRule } from './slugs.ts';

/** One wrong setting: which one (`topics`, `SITE_URL`, `site.name`), the key at fault if any, and why. */
export interface SettingProblem {
  setting: string;
  key?: string;
  message: string;
}

/** The settings this checks, as src/site.config.ts exports them. */
export interface SiteSettings {
  /** `site`: the public origin (`url`, from SITE_URL) and every other setting, at any depth. */
  site: { readonly url: string };
  /** Topic key (its address) → label readers see. */
  topics: Readonly<Record<string, string>>;
}

/** Every problem with the settings; empty when all are good. */
export function siteSettingsProblems({ site, topics }: SiteSettings): SettingProblem[] {
  const problems: SettingProblem[] = [];
  problems.push(...siteUrlProblems(site.url));
  // Every string of `site`, whatever settings are added later. (The URL too: the URL parser
  // drops control characters at either end, so "https://news.example.com\x1f" passes above.)
  for (const [path, value] of settingStrings(site, 'site')) {
    problems.push(...controlCharacterProblems(path === 'site.url' ? 'SITE_URL' : path, undefined, value));
  }
  if (Object.keys(topics).length === 0) problems.push({ setting: 'topics', message: 'lists no topic; every article needs at least one' });
  for (const [key, label] of Object.entries(topics)) {
    if (!isSlug(key)) {
      problems.push({
        setting: 'topics',
        key,
        message: `"${key}" cannot be an address (/topics/${key}/); ${slugRule}, e.g. "${suggestedSlug(key)}". The label readers see ("${label}") may be written any way`,
      });
    }
    if (label.trim() === '') problems.push({ setting: 'topics', key, message: `"${key}" has no label for readers to see` });
    problems.push(...controlCharacterProblems('topics', key, label));
  }
  return problems;
}

/** A control character in a setting's value, as the content check words it. */
function controlCharacterProblems(setting: string, key: string | undefined, value: string): SettingProblem[] {
  const [found] = findControlCharacters(value);
  return found ? [{ setting, ...(key === undefined ? {} : { key }), message: `holds ${describeControlCharacter(found)}` }] : [];
}

/** Every string in a settings object, with its path (`site.themeColor.light`). */
function settingStrings(value: unknown, path: string): [path: string, value: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => settingStrings(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => settingStrings(item, `${path}.${key}`));
  return [];
}

/**
 * The slug an editor most likely meant, when the key differs only in case, accents, spaces or
 * underscores ("Middle East" → "middle-east"); otherwise a neutral example, since a symbol such
 * as "#" in "c#" carries meaning that no rule can spell out.
 */
function suggestedSlug(key: string): string {
  const plain = key.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (/[^a-z0-9\s_-]/.test(plain)) return 'ukraine-war';
  return plain.replace(/[\s_-]+/g, '-').replace(/^-|-$/g, '') || 'ukraine-war';
}

function siteUrlProblems(url: string): SettingProblem[] {
  const example = 'e.g. SITE_URL=https://news.example.com';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [{ setting: 'SITE_URL', message: `"${url}" is not an address; give the site's origin with https://, ${example}` }];
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return [{ setting: 'SITE_URL', message: `"${url}" must start with https:// (or http://), ${example}` }];
  }
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    // Every link is root-relative and absolute URLs are made against the origin: a path here
    // would be dropped from canonical URLs and feeds without a word.
    return [{ setting: 'SITE_URL', message: `"${url}" must be the site's origin alone, without a path (the site is served from the root), ${example}` }];
  }
  return [];
}

/** The problems as one message, one `setting: …` line each, for a build that must stop. */
export function formatSettingProblems(problems: readonly SettingProblem[], file = 'src/site.config.ts'): string {
  return problems
    .map(({ setting, key, message }) => `${setting === 'SITE_URL' ? '' : `${file}: `}${setting}${key === undefined ? '' : `["${key}"]`}: ${message}`)
    .join('\n');
}
