/**
 * `<Update time="2026-06-15T09:30" title="…" key>`: one timestamped update of a developing story
 * (a live page), as the Guardian's live blogs and the BBC's live pages post them. Each becomes an
 * `<article>` whose heading carries a permanent anchor made from its time, so a link to an
 * update survives edits to its words; the update is recorded for the page's "Key events" list,
 * its "Updated" label, its LiveBlogPosting JSON-LD, the feeds and the checks
 * (src/lib/developing-story.ts).
 */
import type { Element, RootContent } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import { site } from '../site.config';
import { formatClockTime, formatPublicationTime, parsePublicationTime, toZonedIso } from '../lib/dates';
import { updateAnchorAt } from '../lib/update-anchors';
import type { EditorialComponent } from './registry';

/** One update as the body records it (JSON: the content store keeps it between builds). */
export interface StoryUpdate {
  /** The anchor of the update on its page, e.g. `update-2026-06-15-0930` (newsroom clock). */
  id: string;
  /** When it was posted: ISO 8601 in UTC. */
  time: string;
  /** Its headline, when the editor gave one. */
  title?: string | undefined;
  /** A key event: listed at the top of the page. */
  key: boolean;
  /** Its words as plain text, for search, feeds and structured data. */
  text: string;
  /** Where it starts in the file, for checks that need the frontmatter (src/lib/developing-story.ts). */
  line: number;
  column: number;
}

/** Each update element and its time, for putting them newest first once the body is read. */
const updateTimes = new WeakMap<Element, number>();

/**
 * The anchor an update at `instant` gets: its minute on the newsroom clock, so it stays the same
 * whatever else changes in the update.
 */
export function updateAnchor(instant: Date): string {
  return updateAnchorAt(toZonedIso(instant, site.timeZone));
}

export const update: EditorialComponent = {
  name: 'Update',
  summary: 'One timestamped update of a developing story; `key` lists it under "Key events" at the top of the page.',
  example: '<Update time="2026-06-15T22:00" title="Polls have closed">\nPolls closed at 22:00. Counting has begun.\n</Update>',
  props: {
    time: { required: true, description: 'when it was posted on the newsroom clock, e.g. time="2026-06-15T09:30"' },
    title: { required: false, description: 'its headline, e.g. title="Polls close"; a key event needs one' },
    key: { required: false, description: 'a flag: write key to list the update under "Key events"' },
  },
  children: 'required',
  render({ props, children, line, column, records }) {
    const time = parsePublicationTime(props['time'] ?? '', site.timeZone);
    if (typeof time === 'string') return `time ${time}`;
    if (!time.hasTime) return `time="${props['time']}" needs the time of day, e.g. time="${props['time']}T14:30"`;
    const key = 'key' in props;
    if (props['key']) return `key is a flag: write key on its own, not key="${props['key']}"`;
    const title = props['title']?.trim() || undefined;
    if (key && !title) return 'a key event needs a title, which the "Key events" list links to: add title="…"';
    const id = updateAnchor(time.instant);
    const twin = records.updates.find((other) => other.id === id);
    if (twin) return `another update (line ${twin.line}) has the same minute; each update's link is made from its time, so give them different minutes`;
    records.updates.push({ id, time: time.instant.toISOString(), title, key, text: hastText({ type: 'root', children }).replace(/\s+/g, ' ').trim(), line, column });

    const stamp: Element = {
      type: 'element',
      tagName: 'time',
      properties: { dateTime: toZonedIso(time.instant, site.timeZone) },
      children: [
        { type: 'element', tagName: 'span', properties: { className: ['update-clock'] }, children: [{ type: 'text', value: formatClockTime(time.instant, site.locale, site.timeZone) }] },
        { type: 'text', value: ' ' },
        { type: 'element', tagName: 'span', properties: { className: ['update-day'] }, children: [{ type: 'text', value: formatPublicationTime({ instant: time.instant, hasTime: false }, site.locale, site.timeZone) }] },
      ],
    };
    // The heading carries the anchor: Pagefind gives a search hit under a heading with an id
    // that heading's address, so a search for an update's words leads to the update itself.
    const heading: Element = {
      type: 'element',
      tagName: 'h2',
      properties: { id, className: ['update-heading'] },
      children: [
        { type: 'element', tagName: 'a', properties: { className: ['update-permalink'], href: `#${id}` }, children: [stamp] },
        ...(title ? [{ type: 'text', value: ' ' } as const, { type: 'element', tagName: 'span', properties: { className: ['update-title'] }, children: [{ type: 'text', value: title }] } satisfies Element] : []),
      ],
    };
    const block: Element = {
      type: 'element',
      tagName: 'article',
      properties: { className: key ? ['live-update', 'key-event'] : ['live-update'], ariaLabelledBy: [id] },
      children: [
        { type: 'element', tagName: 'header', properties: { className: ['update-header'] }, children: [
          heading,
          ...(key ? [{ type: 'element', tagName: 'strong', properties: { className: ['key-event-label'] }, children: [{ type: 'text', value: 'Key event' }] } satisfies Element] : []),
        ] },
        ...children,
      ],
    };
    updateTimes.set(block, time.instant.getTime());
    return block;
  },
};

/**
 * Puts a body's updates newest first, as readers of a live page expect, whatever order the
 * editor wrote them in: the updates trade places among themselves, and everything between them
 * (an introduction, a summary) keeps its place. Updates inside other elements are left alone.
 */
export function updatesNewestFirst(nodes: RootContent[]): RootContent[] {
  const isUpdate = (node: RootContent): node is Element => node.type === 'element' && updateTimes.has(node);
  const sorted = nodes.filter(isUpdate).sort((a, b) => updateTimes.get(b)! - updateTimes.get(a)!);
  return nodes.map((node) => (isUpdate(node) ? sorted.shift()! : node));
}
