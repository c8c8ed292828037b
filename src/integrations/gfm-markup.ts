/**
 * A Sätteri HTML-tree plugin for article bodies, registered beside outsideLinks in
 * astro.config.mjs: GFM table alignment becomes a class instead of a style attribute the
 * Content Security Policy blocks, and task-list checkboxes get their item's text as a name
 * (rules in src/lib/gfm-markup.ts).
 */
import type { Element } from 'hast';
import { alignmentClass, cellAlignment, taskLabel } from '../lib/gfm-markup';
import type { HastPlugin } from './outside-links';

export function gfmMarkup(): HastPlugin {
  return {
    name: 'dateline:gfm-markup',
    element: {
      filter: ['th', 'td', 'input'],
      visit(node, ctx) {
        if (node.tagName === 'input') {
          const item = ctx.parent(node);
          const itemClasses = item.type === 'element' ? item.properties?.['className'] : undefined;
          if (node.properties?.['type'] !== 'checkbox' || !Array.isArray(itemClasses) || !itemClasses.includes('task-list-item')) return;
          const ownText = (item as Element).children
            .filter((child) => !(child.type === 'element' && ['ul', 'ol'].includes((child as Element).tagName)))
            .map((child) => (child.type === 'text' ? child.value : ctx.textContent(child)))
            .join('');
          ctx.setProperty(node, 'ariaLabel', taskLabel(ownText));
          return;
        }
        const alignment = cellAlignment(node.properties?.['style']);
        if (!alignment) return;
        const classes = node.properties?.['className'];
        ctx.setProperty(node, 'style', undefined);
        ctx.setProperty(node, 'className', [...(Array.isArray(classes) ? classes : []), alignmentClass(alignment)]);
      },
    },
  };
}
