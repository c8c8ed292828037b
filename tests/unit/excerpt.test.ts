import { describe, expect, it } from 'vitest';
import { plainTextExcerpt } from '../../src/lib/excerpt';

describe('plainTextExcerpt', () => {
  it('keeps short text whole and strips Markdown and MDX syntax', () => {
    const mdx = "import Note from '../x.astro';\n\nA [linked](https://example.com) *word* and `code`.\n\n<Note />\n\n## Heading\n\nSecond paragraph.";
    expect(plainTextExcerpt(mdx)).toBe('A linked word and code. Second paragraph.');
  });

  it('leaves out MDX comments, such as the note `npm run new` puts in a new article', () => {
    expect(plainTextExcerpt('{/* Write the story here. */}\n\nThe story {/* check the figure */} begins.')).toBe('The story begins.');
    expect(plainTextExcerpt('{/* Write the story here. */}\n')).toBe('');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const excerpt = plainTextExcerpt('one two three four five six seven', 15);
    expect(excerpt).toBe('one two three…');
  });
});
