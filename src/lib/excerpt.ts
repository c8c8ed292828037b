/**
 * Plain-text excerpts of an article body, for meta descriptions and feeds when the editor
 * wrote no standfirst. Works on the MDX source, so it costs no render.
 */
import type { Article } from './newsroom';

/** The first paragraphs of an MDX body as plain text, cut at a word boundary. */
export function plainTextExcerpt(mdx: string, maxLength = 200): string {
  const paragraphs = mdx
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^(import|export)\s/.test(block) && !/^[<#>`|{-]/.test(block))
    .map(toPlainText)
    .filter((block) => block !== '');
  const text = paragraphs.join(' ');
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > maxLength / 2 ? lastSpace : maxLength).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function toPlainText(block: string): string {
  return block
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A page's meta description: the standfirst, or the opening of the story. */
export function describeArticle(article: Article): string {
  return article.data.standfirst ?? plainTextExcerpt(article.body ?? '', 160);
}
