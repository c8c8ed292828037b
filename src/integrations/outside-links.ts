/**
 * A Sätteri HTML-tree plugin for article bodies (Markdown links in MDX): a link to another site
 * gets rel="noopener noreferrer" and the outside-link marker, the same markup as the
 * OutsideLink component. Astro 7's Sätteri pipeline takes it through
 * `markdown.processor: satteri({ hastPlugins })`, which @astrojs/mdx inherits.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { isOutsideUrl, outsideLink } from '../lib/outside-links';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];
/** One plugin object of Sätteri's `hastPlugins` option (our body plugins are all of this shape). */
export type HastPlugin = Exclude<HastPluginEntry, ((...args: never[]) => unknown) | readonly unknown[] | null | undefined | false>;

export function outsideLinks(siteUrl: string): HastPlugin {
  return {
    name: 'dateline:outside-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string' || !isOutsideUrl(href, siteUrl)) return;
        ctx.setProperty(node, 'rel', outsideLink.rel.split(' '));
        ctx.appendChild(node, [
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['outside-mark'], ariaHidden: 'true' },
            children: [{ type: 'text', value: outsideLink.marker }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['visually-hidden'] },
            children: [{ type: 'text', value: ` ${outsideLink.label}` }],
          },
        ]);
      },
    },
  };
}
