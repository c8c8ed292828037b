import type { EditorialComponent } from './registry';
import { el, text } from './hast';

/** The text a rich link shows until its card is filled in (src/lib/rich-links.ts). */
export const richLinkPlaceholder = 'Earlier coverage';

/**
 * A card for an earlier story of ours. The body is rendered without knowing other articles, so
 * it holds the link (checked like any link to an article: unknown or unpublished fails the
 * build) and a `data-rich-link` marker; the page and the feeds fill in kicker, headline and date
 * from the newsroom when they render (src/lib/rich-links.ts).
 */
export const richLink: EditorialComponent = {
  name: 'RichLink',
  summary: 'A card linking to an earlier story of ours, with its kicker, headline and date.',
  example: '<RichLink to="articles/jd-com-russian-chocolates" />',
  props: { to: { required: true, description: 'the article, e.g. to="articles/jd-com-russian-chocolates"' } },
  children: 'none',
  render: ({ props }) => {
    const match = /^articles\/([a-z0-9][a-z0-9-]*)$/.exec(props['to']!.trim());
    if (!match) return `to: "${props['to']}" must name one of our articles as articles/<slug>, e.g. to="articles/jd-com-russian-chocolates"`;
    const slug = match[1]!;
    // Another story's headline: not this page's text for search, like the "Read more" lists.
    return el('aside', { className: ['rich-link'], dataPagefindIgnore: '' }, [
      el('a', { href: `/articles/${slug}/`, dataRichLink: slug }, [text(richLinkPlaceholder)]),
    ]);
  },
};
