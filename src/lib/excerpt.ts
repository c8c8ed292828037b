/**
 * Plain-text excerpts of an article body, for listings, meta descriptions, JSON-LD and feeds when
 * the editor wrote no standfirst. They are taken from the rendered body HTML (stored when
 * content syncs, src/loaders/mdx-entries.ts), so they say what the page says.
 */
import { Parser } from 'htmlparser2';
import type { Article } from './newsroom';
import { cutAtWord } from './cut-text';

/**
 * The opening of the story as plain text, from its rendered body HTML (`entry.rendered.html`):
 * the text of its paragraphs, in order, as a reader sees them, cut at a word boundary after
 * `maxLength` characters. Entities are decoded once (`&lt;=25%` on the page reads "<=25%").
 * Left out, as an excerpt cannot show them for what they are:
 * - footnote markers (GFM's `<sup><a data-footnote-ref>`) and the footnotes section;
 * - struck-out text (`<del>`, `<s>`): what the story retracts must not read as what it says;
 * - text hidden from sight (`aria-hidden`, the visually-hidden "(another site)" of outside links);
 * - paragraphs in quotes, figures, asides, tables and code: the story's own words come first.
 * A story told without a paragraph of its own (only a list, a quote) is described by the text
 * of its list items and quotes instead, in order; figures, asides, tables and code still not.
 */
export function renderedTextExcerpt(html: string, maxLength = 200): string {
  const { paragraphs, listsAndQuotes } = renderedBlocks(html);
  return cutAtWord((paragraphs.length > 0 ? paragraphs : listsAndQuotes).join(' '), maxLength);
}

/** Elements whose text is not the story's running text. */
const asideElements = new Set(['aside', 'figure', 'table', 'pre', 'nav', 'details']);
/** Elements whose text never reads as part of a sentence. */
const hiddenElements = new Set(['del', 's', 'script', 'style', 'template', 'svg', 'math']);

/**
 * The text of the body's blocks as a reader sees them: its own paragraphs, and, apart, the text
 * of its list items and of the paragraphs in its quotes (one entry per item or paragraph).
 */
function renderedBlocks(html: string): { paragraphs: string[]; listsAndQuotes: string[] } {
  const paragraphs: string[] = [];
  const listsAndQuotes: string[] = [];
  // One entry per open element: whether its text is left out.
  const skipped: boolean[] = [];
  // The blocks being read, innermost last; a block inside another (a paragraph in a list item)
  // ends the text its parent had so far, so the order stays the page's.
  const blocks: { text: string; own: boolean }[] = [];
  let quotes = 0;
  let items = 0;
  let afterRemoval = false;
  const flush = (block: { text: string; own: boolean }) => {
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (text !== '') (block.own ? paragraphs : listsAndQuotes).push(text);
    block.text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const classes = (attributes['class'] ?? '').split(/\s+/);
        const skip =
          skipped.at(-1) === true ||
          hiddenElements.has(name) ||
          asideElements.has(name) ||
          'data-footnotes' in attributes ||
          'data-footnote-ref' in attributes ||
          attributes['aria-hidden'] === 'true' ||
          classes.includes('visually-hidden') ||
          classes.includes('sr-only');
        skipped.push(skip);
        if (skip) return;
        if (name === 'blockquote') quotes += 1;
        if (name === 'p' || name === 'li') {
          const parent = blocks.at(-1);
          if (parent) flush(parent);
          blocks.push({ text: '', own: name === 'p' && quotes === 0 && items === 0 });
        }
        if (name === 'li') items += 1;
        if (name === 'br' && blocks.length > 0) blocks.at(-1)!.text += ' ';
      },
      ontext(text) {
        const block = blocks.at(-1);
        if (!block || skipped.at(-1) === true) return;
        // Struck-out words leave a gap; no space is left before the punctuation that follows.
        if (afterRemoval && /^[,.;:!?)]/.test(text)) block.text = block.text.trimEnd();
        afterRemoval = false;
        block.text += text;
      },
      onclosetag(name) {
        const wasSkipped = skipped.pop() === true;
        if (wasSkipped && skipped.at(-1) !== true) afterRemoval = true;
        if (wasSkipped) return;
        if (name === 'blockquote') quotes -= 1;
        if (name === 'li') items -= 1;
        if (name === 'p' || name === 'li') flush(blocks.pop()!);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { paragraphs, listsAndQuotes };
}

/** A page's meta description: the standfirst, or the opening of the story as the page shows it. */
export function describeArticle(article: Article): string {
  return article.data.standfirst ?? renderedTextExcerpt(article.rendered?.html ?? '', 160);
}
