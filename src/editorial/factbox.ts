import type { EditorialComponent } from './registry';
import { el, text } from './hast';

/** Background facts beside the story, in a box with its own heading. */
export const factbox: EditorialComponent = {
  name: 'Factbox',
  summary: 'A boxed aside of background facts with a heading.',
  example: '<Factbox title="The company in numbers">\n- A background fact\n- Another one\n</Factbox>',
  props: { title: { required: true, description: 'the box\'s heading, e.g. title="The company in numbers"' } },
  children: 'required',
  render: ({ props, children }) =>
    el('aside', { className: ['factbox'], ariaLabel: props['title']! }, [
      el('h2', { className: ['box-heading'] }, [text(props['title']!)]),
      ...children,
    ]),
};
