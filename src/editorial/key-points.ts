import type { EditorialComponent } from './registry';
import { el, text, withoutBlankText } from './hast';

/** Two to five points: fewer is not a summary, more is the story again. */
const fewest = 2;
const most = 5;

/** The story in a few bullet points, at its top (the Guardian's "key takeaways"). */
export const keyPoints: EditorialComponent = {
  name: 'KeyPoints',
  summary: 'Two to five bullet points summarising the story; must come first in the body.',
  example: '<KeyPoints>\n- The first thing a reader should know.\n- The second, in one sentence.\n</KeyPoints>',
  props: {},
  children: 'required',
  placement: 'top',
  render: ({ children }) => {
    const content = withoutBlankText(children);
    const list = content[0];
    if (content.length !== 1 || list?.type !== 'element' || list.tagName !== 'ul') {
      return 'write the points as a Markdown list ("- " before each), and nothing else';
    }
    const items = list.children.filter((child) => child.type === 'element' && child.tagName === 'li');
    if (items.length < fewest || items.length > most) {
      return `has ${items.length} point${items.length === 1 ? '' : 's'}; write ${fewest} to ${most}`;
    }
    return el('aside', { className: ['key-points'], ariaLabel: 'Key points' }, [
      el('h2', { className: ['box-heading'] }, [text('Key points')]),
      list,
    ]);
  },
};
