import { describe, expect, it } from 'vitest';
import { editorTextAttributes, languageAttributes, parseLanguageTag, scriptPattern, textDirection } from '../../src/lib/languages';
import { indexesForQuery, otherIndexLanguages } from '../../src/lib/search-languages';

describe('parseLanguageTag', () => {
  it('takes BCP 47 tags in their canonical case', () => {
    expect(parseLanguageTag('zh-cn')).toBe('zh-CN');
    expect(parseLanguageTag('ar')).toBe('ar');
    expect(parseLanguageTag('zh-hant')).toBe('zh-Hant');
  });
  it('refuses names and malformed tags with a message an editor can act on', () => {
    for (const bad of ['Chinese', 'english', 'zh_CN', '', 'x']) {
      expect(parseLanguageTag(bad)).toEqual({ error: expect.stringContaining('is not a language tag') });
    }
  });
});

describe('textDirection', () => {
  it('is right to left for Arabic, Hebrew, Persian and Urdu, else left to right', () => {
    expect(['ar', 'he', 'fa', 'ur'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en-GB', 'zh-CN', 'ja', 'de'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });
});

describe('languageAttributes and editorTextAttributes', () => {
  it('mark text in another language with its lang and dir', () => {
    expect(languageAttributes('ar', 'en-GB')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(editorTextAttributes('zh-CN', 'en-GB')).toEqual({ lang: 'zh-CN', dir: 'ltr' });
  });
  it('leave the page language alone, and let untagged editors\' text find its direction', () => {
    expect(languageAttributes('en', 'en-GB')).toEqual({});
    expect(languageAttributes(undefined, 'en-GB')).toEqual({});
    expect(editorTextAttributes(undefined, 'en-GB')).toEqual({ dir: 'auto' });
    expect(editorTextAttributes('en-US', 'en-GB')).toEqual({ dir: 'auto' });
  });
});

describe('scriptPattern', () => {
  it('matches the characters of a non-Latin language, and is absent for Latin ones', () => {
    expect(new RegExp(scriptPattern('zh-CN')!, 'u').test('每個月都')).toBe(true);
    expect(new RegExp(scriptPattern('ja')!, 'u').test('ひらがな')).toBe(true);
    expect(new RegExp(scriptPattern('ar')!, 'u').test('بكين')).toBe(true);
    expect(new RegExp(scriptPattern('ar')!, 'u').test('Beijing')).toBe(false);
    expect(scriptPattern('de')).toBeUndefined();
  });
});

describe('search across languages', () => {
  const stories = (bundle: string, ...tags: (string | undefined)[]) => tags.map((lang) => ({ lang, bundle }));
  const languages = otherIndexLanguages([...stories('/pagefind/', 'zh-CN', undefined, 'ar', 'en-GB', 'zh-CN', 'de')], 'en-GB');
  const keys = (list: { bundle: string; language: string }[]) => list.map(({ bundle, language }) => `${bundle}${language}`);
  it('lists each other index once, by Pagefind\'s lowercased key, in a stable order', () => {
    expect(keys(languages)).toEqual(['/pagefind/ar', '/pagefind/de', '/pagefind/zh-cn']);
  });
  it('names only the languages each bundle holds (a missing one would merge the largest index again)', () => {
    const split = otherIndexLanguages([...stories('/pagefind/2026/', 'zh-CN'), ...stories('/pagefind/2025/', undefined, 'ar')], 'en-GB');
    expect(keys(split)).toEqual(['/pagefind/2025/ar', '/pagefind/2026/zh-cn']);
  });
  it('merges for a query only the indexes it could be in, and the Latin-script ones', () => {
    expect(keys(indexesForQuery('chocolate', languages))).toEqual(['/pagefind/de']);
    expect(keys(indexesForQuery('地铁', languages))).toEqual(['/pagefind/de', '/pagefind/zh-cn']);
    expect(keys(indexesForQuery('مترو', languages))).toEqual(['/pagefind/ar', '/pagefind/de']);
    expect(indexesForQuery('chocolate', otherIndexLanguages(stories('/pagefind/', 'zh-CN', 'ar'), 'en-GB'))).toEqual([]);
  });
});
