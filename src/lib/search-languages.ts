/**
 * Search across languages. Pagefind keeps an index per language (from each page's
 * `<html lang>`, lowercased) and a search page searches its own language's index only; the
 * search page merges the others (Pagefind's mergeIndex), but only those a query could be in, so
 * an English query still fetches the English index alone (the first-query budget).
 *
 * A limit of Pagefind 1.6: a merged index is searched with the page's own WebAssembly, so
 * with the English stemmer. Chinese and Japanese are unaffected (segmented, not stemmed);
 * in a stemmed language (Arabic, Russian…) a word whose stem differs from the word is missed.
 */
import { scriptPattern } from './languages';

/** One of the site's other search indexes, as the search page needs to know it. */
export interface IndexLanguage {
  /** The Pagefind bundle that holds it (`/pagefind/`). */
  bundle: string;
  /** Pagefind's key for the index: the page's `lang`, lowercased (`zh-cn`). */
  language: string;
  /**
   * A regular expression source matching one character of the language's script
   * (`\p{Script=Hani}`), or absent for a Latin-script language, whose words a query cannot
   * tell from the site's own: that index is merged for every query.
   */
  script?: string | undefined;
}

/** Where a published story's page is indexed: its language (absent: the site's) and its bundle. */
export interface IndexedStory {
  lang?: string | undefined;
  bundle: string;
}

/**
 * The indexes besides the site's own, from the published stories: one for each bundle and
 * language that bundle really holds, in a stable order (sorted), so the page is the same for
 * the same content. Only real pairs: Pagefind, asked to merge a language a bundle lacks, falls
 * back to the bundle's largest index and would list its results twice.
 */
export function otherIndexLanguages(stories: IndexedStory[], siteLanguage: string): IndexLanguage[] {
  const own = siteLanguage.toLowerCase();
  const found = new Map<string, IndexLanguage>();
  for (const { lang, bundle } of stories) {
    if (!lang || lang.toLowerCase() === own) continue;
    const language = lang.toLowerCase();
    const script = scriptPattern(lang);
    found.set(`${bundle} ${language}`, script ? { bundle, language, script } : { bundle, language });
  }
  return [...found.keys()].sort().map((key) => found.get(key)!);
}

/** The indexes a query needs besides the page's own: those whose script it uses, and the Latin ones. */
export function indexesForQuery(query: string, languages: IndexLanguage[]): IndexLanguage[] {
  return languages.filter(({ script }) => script === undefined || new RegExp(script, 'u').test(query));
}
