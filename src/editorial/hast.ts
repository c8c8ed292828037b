/**
 * Small builders for the HTML trees editorial components return, so each component reads like
 * the markup it makes.
 */
import type { Element, ElementContent, Properties } from 'hast';

/** An element: `el('aside', { className: ['factbox'] }, [text('…')])`. */
export function el(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

export function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** Children without the blank text between block elements, which MDX keeps from the source. */
export function withoutBlankText(children: ElementContent[]): ElementContent[] {
  return children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
}

/**
 * Inline content set on its own by a single paragraph (`<Event>…</Event>` over several lines)
 * is unwrapped, so the component decides the block around it.
 */
export function inlineContent(children: ElementContent[]): ElementContent[] {
  const content = withoutBlankText(children);
  const only = content[0];
  if (content.length === 1 && only?.type === 'element' && only.tagName === 'p') return only.children;
  return children;
}
