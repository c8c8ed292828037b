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
  const languages = otherIndexLanguages(['zh-CN', undefined, 'ar', 'en-GB', 'zh-CN', 'de'], 'en-GB');
  it('lists each other index once, by Pagefind\'s lowercased key, in a stable order', () => {
    expect(languages.map(({ language }) => language)).toEqual(['ar', 'de', 'zh-cn']);
  });
  it('merges for a query only the indexes it could be in, and the Latin-script ones', () => {
    expect(indexesForQuery('chocolate', languages)).toEqual(['de']);
    expect(indexesForQuery('地铁', languages)).toEqual(['de', 'zh-cn']);
    expect(indexesForQuery('مترو', languages)).toEqual(['ar', 'de']);
    expect(indexesForQuery('chocolate', otherIndexLanguages(['zh-CN', 'ar'], 'en-GB'))).toEqual([]);
  });
});
