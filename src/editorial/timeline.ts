import type { EditorialComponent } from './registry';
import { el, inlineContent, text, withoutBlankText } from './hast';
import { formatPartialDate, formatPublicationTime, machineReadableTime, parsePartialDate, parsePublicationTime, partialDateIso, publicationTimeFormats } from '../lib/dates';

/**
 * One moment of a timeline. Its date follows the frontmatter's rules (src/lib/dates.ts): a day
 * or a time on the newsroom clock, or a month alone (`"2021-12"`) when that is all that is known;
 * no day or time is invented for it.
 */
export const event: EditorialComponent = {
  name: 'Event',
  summary: 'One dated moment inside a <Timeline>.',
  example: '<Event date="2022-03-03">What happened that day.</Event>',
  props: {
    date: { required: true, description: `when it happened: "2021-12" (a month), ${publicationTimeFormats}` },
  },
  children: 'required',
  within: 'Timeline',
  render: ({ props, children, clock }) => {
    const written = props['date']!;
    let shown: { datetime: string; text: string };
    if (/^\d{4}-\d{2}$/.test(written.trim())) {
      const month = parsePartialDate(written);
      if (typeof month === 'string') return `date: ${month}`;
      shown = { datetime: partialDateIso(month), text: formatPartialDate(month, clock.locale) };
    } else {
      const time = parsePublicationTime(written, clock.timeZone);
      if (typeof time === 'string') return `date: ${time.replace('; write', '; write "2021-12" (a month),')}`;
      shown = { datetime: machineReadableTime(time, clock.timeZone), text: formatPublicationTime(time, clock.locale, clock.timeZone) };
    }
    return el('li', { className: ['timeline-event'] }, [
      el('time', { className: ['timeline-date'], dateTime: shown.datetime }, [text(shown.text)]),
      el('div', { className: ['timeline-text'] }, inlineContent(children)),
    ]);
  },
};

/** Dated moments in order, as an ordered list (oldest first, as the editor writes them). */
export const timeline: EditorialComponent = {
  name: 'Timeline',
  summary: 'A list of dated moments; each is an <Event date="…">.',
  example: '<Timeline>\n<Event date="2021-12">Known only to the month.</Event>\n<Event date="2022-03-03">Known to the day.</Event>\n<Event date="2022-03-03T09:15">At a time on the newsroom clock.</Event>\n</Timeline>',
  props: {},
  children: 'required',
  render: ({ children }) => {
    const events = withoutBlankText(children);
    const stray = events.find((child) => child.type !== 'element' || child.tagName !== 'li');
    if (stray) return 'write only <Event date="…">…</Event> inside it';
    return el('ol', { className: ['timeline'] }, events);
  },
};
