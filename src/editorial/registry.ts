/**
 * The editorial components editors may use in an article body, without an import. One list,
 * read by the body pipeline (src/lib/article-body.ts), `npm run check` and the README.
 *
 * A component is data in, HTML tree out: the body is never run as code, so a component cannot
 * reach anything but the props and children the editor wrote.
 */
import type { Element, ElementContent } from 'hast';
import { update, type StoryUpdate } from './update';

/**
 * What components record about the body for the rest of the site (pages, feeds, JSON-LD,
 * search, checks), kept in the content store beside the HTML so nobody parses the body again.
 */
export interface BodyRecords {
  /** A developing story's <Update> blocks, in the order they appear in the file. */
  updates: StoryUpdate[];
}
import { embed } from './embed';
import { factbox } from './factbox';
import { figure } from './figure';
import { keyPoints } from './key-points';
import { pullQuote } from './pull-quote';
import { richLink } from './rich-link';
import { event, timeline } from './timeline';

/** One prop an editor may write on a component. */
export interface PropSpec {
  required: boolean;
  /** Shown in error messages, e.g. `the person quoted, e.g. by="Name, role"`. */
  description: string;
}

/** What a component gets when the body is rendered. */
export interface ComponentInput {
  /** String props as written (`flag` props without a value arrive as `''`). */
  props: Record<string, string>;
  /** The component's children, already rendered to HTML-tree nodes. */
  children: ElementContent[];
  /** Where in the file the component starts (line, column), for records that checks report later. */
  line: number;
  column: number;
  /** The body's records so far: a component adds to them (and may read what came before). */
  records: BodyRecords;
  /** The newsroom clock, for dates written in a component (as in frontmatter). */
  clock: { timeZone: string; locale: string };
}

export interface EditorialComponent {
  name: string;
  /** One sentence for the README and error messages. */
  summary: string;
  /** How an editor writes it: the README shows it and a test compiles it. */
  example: string;
  props: Record<string, PropSpec>;
  /** Whether the component wraps content (`<Factbox>…</Factbox>`) or stands alone. */
  children: 'required' | 'none' | 'optional';
  /** `top`: only before anything else in the body (a summary belongs above the story). */
  placement?: 'top';
  /** The component it may only appear inside, e.g. `Timeline` for `Event`. */
  within?: string;
  /**
   * The component's HTML tree. Returns a message instead when the props are wrong in a way the
   * spec cannot say (e.g. an unparseable date); the pipeline reports it at the component's line.
   */
  render(input: ComponentInput): Element | ElementContent[] | string;
}

/** Every component editors may use, by the name they write. */
export const editorialComponents = new Map<string, EditorialComponent>(
  ([keyPoints, figure, pullQuote, factbox, timeline, event, richLink, embed, update] as EditorialComponent[]).map((component) => [component.name, component]),
);
