/**
 * The language a story is written in, and what follows from it: the `lang` and `dir` its page
 * or its line in a list carries, and the writing system search uses to tell whether a query
 * could be in that language. Tags are BCP 47 (RFC 5646), read with the platform's Intl.Locale.
 */

/**
 * Reads an editor's `lang` field: a BCP 47 tag with a two- or three-letter language
 * (`zh`, `zh-Hant`, `ar`, `pt-BR`), returned in its canonical case (`zh-CN`). Returns an error
 * message for anything else ("Chinese", "english", "zh_CN").
 */
export function parseLanguageTag(text: string): string | { error: string } {
  const problem = { error: `"${text}" is not a language tag; write a BCP 47 tag such as "zh", "ar" or "pt-BR"` };
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(text.trim())[0];
  } catch {
    return problem;
  }
  if (!canonical || !/^[a-z]{2,3}(-|$)/.test(canonical)) return problem;
  return canonical;
}

/** The direction text in `tag` runs: "rtl" for Arabic, Hebrew, Persian, Urdu…, else "ltr". */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** Whether two tags name the same language for a reader (`en-GB` and `en` do; `zh` and `en` do not). */
export function sameLanguage(a: string, b: string): boolean {
  return new Intl.Locale(a).language === new Intl.Locale(b).language;
}

/**
 * The `lang` and `dir` attributes for text in `tag` shown inside a page in `pageTag`: none
 * when the languages are the same (the page's own apply), both otherwise.
 */
export function languageAttributes(tag: string | undefined, pageTag: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (tag === undefined || sameLanguage(tag, pageTag)) return {};
  return { lang: tag, dir: textDirection(tag) };
}

/**
 * The attributes for editors' text (a headline, a standfirst, a publisher's name) in a list on
 * a page in `pageTag`: its language and direction when the editor gave a language other than
 * the page's, else `dir="auto"`, so a headline in Arabic or Hebrew that nobody tagged still
 * reads right to left (HTML's dir=auto takes the direction of the first strong character).
 */
export function editorTextAttributes(tag: string | undefined, pageTag: string): { lang?: string; dir: 'ltr' | 'rtl' | 'auto' } {
  const { lang, dir } = languageAttributes(tag, pageTag);
  return lang && dir ? { lang, dir } : { dir: 'auto' };
}

/**
 * The Unicode scripts a language is written in, as a regular expression source for one
 * character of them (`\p{Script=Hani}` for Chinese), or undefined for a Latin-script language
 * (its words look like the site's own, so a query cannot tell them apart). From the likely
 * script of the tag (Intl.Locale.maximize, CLDR's likely subtags).
 */
export function scriptPattern(tag: string): string | undefined {
  const script = new Intl.Locale(tag).maximize().script ?? 'Latn';
  if (script === 'Latn') return undefined;
  // ISO 15924 codes that name several Unicode scripts (CJK writing systems).
  const unicodeScripts: Record<string, string[]> = { Hans: ['Hani'], Hant: ['Hani'], Jpan: ['Hani', 'Hira', 'Kana'], Kore: ['Hang', 'Hani'] };
  return (unicodeScripts[script] ?? [script]).map((code) => `\\p{Script=${code}}`).join('|');
}
