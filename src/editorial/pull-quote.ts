import type { EditorialComponent } from './registry';
import { el, text } from './hast';

/**
 * A quotation set large beside the story. Its words are already in the story, so search skips
 * it (`data-pagefind-ignore`): a result would otherwise show the quote twice.
 */
export const pullQuote: EditorialComponent = {
  name: 'PullQuote',
  summary: 'A quotation from the story, set large; search does not index it a second time.',
  example: '<PullQuote by="Name, role">\nThe quoted words, exactly as the story has them.\n</PullQuote>',
  props: { by: { required: true, description: 'who is quoted, e.g. by="Name, role"' } },
  children: 'required',
  render: ({ props, children }) =>
    el('figure', { className: ['pull-quote'], dataPagefindIgnore: '' }, [
      el('blockquote', {}, children),
      el('figcaption', {}, [text(props['by']!)]),
    ]),
};
