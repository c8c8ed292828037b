/**
 * Checks the settings in src/site.config.ts that become addresses, before anything is built:
 * a topic key is the `/topics/<key>/` folder and every link to it, and SITE_URL is the origin
 * of every canonical URL, feed link and sitemap entry. A bad one would otherwise publish
 * percent-encoded folders (`/topics/c%23/`) and links that lead nowhere.
 */
import { isSlug, slugRule } from './slugs.ts';

/** One wrong setting: which one (`topics`, `SITE_URL`), the key at fault if any, and why. */
export interface SettingProblem {
  setting: string;
  key?: string;
  message: string;
}

/** The settings this checks, as src/site.config.ts exports them. */
export interface AddressSettings {
  /** The public origin (SITE_URL). */
  url: string;
  /** Topic key (its address) → label readers see. */
  topics: Readonly<Record<string, string>>;
}

/** Every problem with the settings that become addresses; empty when all are good. */
export function siteSettingsProblems({ url, topics }: AddressSettings): SettingProblem[] {
  const problems: SettingProblem[] = [];
  problems.push(...siteUrlProblems(url));
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
  }
  return problems;
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
