import { describe, expect, it } from 'vitest';
import { plainTextExcerpt } from '../../src/lib/excerpt';

describe('plainTextExcerpt', () => {
  it('keeps short text whole and strips Markdown and MDX syntax', () => {
    const mdx = "import Note from '../x.astro';\n\nA [linked](https://example.com) *word* and `code`.\n\n<Note />\n\n## Heading\n\nSecond paragraph.";
    expect(plainTextExcerpt(mdx)).toBe('A linked word and code. Second paragraph.');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const excerpt = plainTextExcerpt('one two three four five six seven', 15);
    expect(excerpt).toBe('one two three…');
  });
});
