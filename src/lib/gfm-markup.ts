/**
 * What GitHub-flavoured Markdown writes that the site must change: table column alignment
 * (`| --: |`) arrives as `style="text-align: right"` on each cell, which the Content Security
 * Policy blocks (inline styles only by hash), so it becomes a class that global.css styles; a
 * task list's checkbox (`- [x] …`) arrives with no accessible name, so it is named after its item.
 * The body pipeline (src/lib/article-body.ts) calls these.
 */

const alignments = ['left', 'center', 'right'] as const;
export type ColumnAlignment = (typeof alignments)[number];

/** The class global.css defines for a column alignment, e.g. `align-right`. */
export function alignmentClass(alignment: ColumnAlignment): string {
  return `align-${alignment}`;
}

/**
 * Reads a cell's alignment from the `style` a Markdown processor gives it: the text
 * `"text-align: right"` (hast, Markdown) or the object `{ textAlign: 'right' }` (MDX's JSX
 * props). Returns undefined for no style or any other style, which is left alone.
 */
export function cellAlignment(style: unknown): ColumnAlignment | undefined {
  let value: unknown;
  if (typeof style === 'string') value = /^\s*text-align\s*:\s*([a-z]+)\s*;?\s*$/i.exec(style)?.[1]?.toLowerCase();
  else if (style && typeof style === 'object' && Object.keys(style).length === 1) value = (style as { textAlign?: unknown }).textAlign;
  return alignments.find((alignment) => alignment === value);
}

/**
 * The accessible name of a task-list checkbox: its item's own text (nested lists left out),
 * whitespace folded. Takes the item's text as read from its children.
 */
export function taskLabel(itemText: string): string {
  return itemText.replace(/\s+/g, ' ').trim();
}
