import { describe, expect, it } from 'vitest';
import { slugFromEntryPath } from '../../src/lib/content-paths';
import { formatReadMoreRef, parseReadMoreRef } from '../../src/lib/read-more-ref';

describe('slugFromEntryPath', () => {
  it('uses the file name, whatever folder it is filed in', () => {
    expect(slugFromEntryPath('jd-com-russian-chocolates.mdx')).toBe('jd-com-russian-chocolates');
    expect(slugFromEntryPath('2022/03/jd-com-russian-chocolates.mdx')).toBe('jd-com-russian-chocolates');
  });

  it('refuses names that would not be clean URLs, naming the file', () => {
    expect(() => slugFromEntryPath('2022/Russian Chocolates.mdx')).toThrow(
      /^2022\/Russian Chocolates\.mdx: file name: "Russian Chocolates\.mdx" cannot be a URL/,
    );
    expect(() => slugFromEntryPath('double--hyphen.mdx')).toThrow(/cannot be a URL/);
  });
});

describe('read-more references', () => {
  it('reads folder/slug into a collection reference and back', () => {
    expect(parseReadMoreRef('read-more/china-condemns-olympic-boycott')).toEqual({
      collection: 'readMore',
      id: 'china-condemns-olympic-boycott',
    });
    expect(parseReadMoreRef('articles/foo')).toEqual({ collection: 'articles', id: 'foo' });
    expect(formatReadMoreRef({ collection: 'readMore', id: 'x' })).toBe('read-more/x');
  });

  it('explains the expected form', () => {
    expect(parseReadMoreRef('china-condemns-olympic-boycott')).toMatch(/write "articles\/<slug>" or "read-more\/<slug>"/);
    expect(parseReadMoreRef('read-more/Foo.mdx')).toMatch(/is not a reference/);
  });
});
