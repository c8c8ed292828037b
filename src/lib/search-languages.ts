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
  /** Pagefind's key for the index: the page's `lang`, lowercased (`zh-cn`). */
  language: string;
  /**
   * A regular expression source matching one character of the language's script
   * (`\p{Script=Hani}`), or absent for a Latin-script language, whose words a query cannot
   * tell from the site's own: that index is merged for every query.
   */
  script?: string | undefined;
}

/**
 * The indexes besides the site's own, from the languages of the published stories (`undefined`
 * for the site's language), each once, in a stable order (sorted), so the page is the same
 * for the same content.
 */
export function otherIndexLanguages(storyLanguages: (string | undefined)[], siteLanguage: string): IndexLanguage[] {
  const own = siteLanguage.toLowerCase();
  const tags = new Map<string, string>();
  for (const tag of storyLanguages) if (tag && tag.toLowerCase() !== own) tags.set(tag.toLowerCase(), tag);
  return [...tags.keys()].sort().map((language) => {
    const script = scriptPattern(tags.get(language)!);
    return script ? { language, script } : { language };
  });
}

/** The indexes a query needs besides the page's own: those whose script it uses, and the Latin ones. */
export function indexesForQuery(query: string, languages: IndexLanguage[]): string[] {
  return languages.filter(({ script }) => script === undefined || new RegExp(script, 'u').test(query)).map(({ language }) => language);
}
