/**
 * The article body pipeline: an MDX file's body becomes HTML once, when content syncs, instead
 * of a JavaScript module per article in the bundle (whose cost grew with the archive).
 *
 * The body is parsed with Sätteri (Astro 7's Markdown and MDX parser, the same features as
 * Astro's MDX: GFM, smart punctuation, heading ids) into an HTML tree and is never run as code:
 * JSX tags are either the newsroom's editorial components (src/editorial/registry.ts) or plain
 * HTML elements, and `{…}` expressions are refused. Every mistake is reported with its line and
 * column in the file, all at once. Pure: no Astro, no file system.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as hastText } from 'hast-util-to-string';
import Slugger from 'github-slugger';
import { parseFrontmatter } from 'astro/markdown';
import { mdxToHast } from 'satteri';
import { editorialComponents, type BodyRecords, type EditorialComponent } from '../editorial/registry';
import { updatesNewestFirst } from '../editorial/update';
import { explainSyntaxError, expressionAdvice, refusal } from './body-advice';
import { controlCharacterReferences } from './control-characters';
import { alignmentClass, cellAlignment, taskLabel } from './gfm-markup';
import { isOutsideUrl, outsideLink } from './outside-links';
import { sitePathOf } from './site-links';
import { articleUrl, readMoreUrl } from './urls';
import { site } from '../site.config';

/** A mistake in a body, at a place in the file (1-based line and column). */
export interface BodyProblem {
  line: number;
  column: number;
  message: string;
}

/** A link in the body to another content entry, checked against the archive by the newsroom. */
export interface ContentLink {
  collection: 'articles' | 'readMore';
  id: string;
  /** As the editor wrote it. */
  href: string;
  /** Written as a <RichLink> card: the target counts it in its "Referenced by". */
  card?: true;
  line: number;
  column: number;
}

export interface CompiledBody {
  html: string;
  /** Images beside the article (`./photo.jpg`), in Astro's content-layer placeholder format. */
  imagePaths: string[];
  headings: { depth: number; slug: string; text: string }[];
  contentLinks: ContentLink[];
  /**
   * Every link to our own site, as written, content links included: checked against the built
   * site (src/lib/site-links.ts), which also covers bodies the archive check does not read
   * (authors, policies). `address` is the entry's address when the link names a content entry.
   */
  siteLinks: { href: string; line: number; column: number; address?: string }[];
  /** A developing story's updates (src/editorial/update.ts), in the file's order. */
  updates: BodyRecords['updates'];
  problems: BodyProblem[];
}

/** What the content store keeps with each body, beside the HTML: Astro reads `imagePaths`. */
export type BodyMetadata = Pick<CompiledBody, 'imagePaths' | 'headings' | 'contentLinks' | 'siteLinks' | 'updates'>;

export interface BodyOptions {
  /** The file's path relative to the content root, e.g. `articles/2022/jd-com.mdx`. */
  path: string;
  /** The site's public origin: links to any other origin get the outside-link marking. */
  siteUrl: string;
  /** The newsroom clock for dates in components (default: src/site.config.ts's). */
  clock?: { timeZone: string; locale: string };
  /**
   * Whether a picture the body names exists, by its path as written after decoding
   * (`./photo.jpg`, relative to the file); absent, pictures are not looked for. Astro would stop
   * the build on a missing one naming no line (ImageNotFound).
   */
  imageExists?: (path: string) => boolean;
}

/** Content folders whose files are entries with pages, by the collection they feed. */
const contentFolders: Record<string, ContentLink['collection']> = { articles: 'articles', 'read-more': 'readMore' };

interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}
interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
}

/** Elements that set a part of the page apart, with headings of its own (HTML's sectioning content). */
const sectioningElements = new Set(['article', 'aside', 'nav', 'section']);

/** An MDX comment, `{/* … *\/}`: the only expression an editor may write. */
const isComment = (code: string) => /^\s*(\/\*[\s\S]*?\*\/\s*)+$/.test(code);

const parseBody = (content: string) => mdxToHast(content, { position: true, features: { gfm: true, smartPunctuation: true } }) as Root;

/** The most mistakes of one file reported at once: enough for any pasted text, and a bound on the re-reading. */
const maxSyntaxProblems = 20;

/**
 * Every syntax mistake in `content`, starting from the parser's `error`, not only the first:
 * the parser stops at one, so the paragraph it is in is blanked (lines and columns kept) and
 * the body read again, one mistake a paragraph. Only a mistake within its paragraph (a brace,
 * a stray "<", an address in <…>, an HTML comment) is followed by another reading; after a tag
 * or expression left open, the next complaint would be a consequence of it, not another
 * mistake. Returns the tree of the body without those paragraphs when it can be read, so the
 * rest of the body is checked for mistakes of other kinds too.
 */
function syntaxProblems(content: string, error: unknown): { problems: BodyProblem[]; tree?: Root; text?: string } {
  const problems: BodyProblem[] = [];
  let text = content;
  let raw = error instanceof Error ? error.message : String(error);
  while (problems.length < maxSyntaxProblems) {
    const problem = explainSyntaxError(raw, text);
    if (problems.some((seen) => seen.line === problem.line)) break;
    problems.push(problem);
    if (/closing tag|end of file/i.test(raw)) break;
    // The whole paragraph goes: an expression may run on to its next line.
    const lines = text.split('\n');
    const blank = (index: number) => (lines[index]?.trim() ?? '') === '';
    let first = problem.line - 1;
    let last = problem.line - 1;
    while (first > 0 && !blank(first - 1)) first -= 1;
    while (last < lines.length - 1 && !blank(last + 1)) last += 1;
    for (let index = first; index <= last; index++) lines[index] = ' '.repeat(lines[index]!.length);
    text = lines.join('\n');
    try {
      return { problems, tree: parseBody(text), text };
    } catch (next) {
      raw = next instanceof Error ? next.message : String(next);
    }
  }
  return { problems };
}

/**
 * Compiles one content file's body to HTML.
 * Takes the whole file (frontmatter included, so lines and columns are the file's own) and
 * returns the HTML with everything the checks need; never throws for an editor's mistake.
 */
export function compileArticleBody(fileText: string, options: BodyOptions): CompiledBody {
  // The frontmatter turned into blank lines keeps every body position a position in the file.
  const { content } = parseFrontmatter(fileText, { frontmatter: 'empty-with-spaces' });
  const problems: BodyProblem[] = [];
  let tree: Root;
  /** The text `tree` was read from: the body, less any paragraphs with syntax mistakes. */
  let parsedText = content;
  try {
    tree = parseBody(content);
  } catch (error) {
    const found = syntaxProblems(content, error);
    problems.push(...found.problems);
    // The rest of the body, read without the lines above, may hold mistakes of other kinds.
    if (!found.tree) return { html: '', imagePaths: [], headings: [], contentLinks: [], siteLinks: [], updates: [], problems };
    tree = found.tree;
    parsedText = found.text ?? content;
  }

  const imagePaths: string[] = [];
  const imageIndex = new Map<string, number>();
  const headings: CompiledBody['headings'] = [];
  const contentLinks: ContentLink[] = [];
  const siteLinks: CompiledBody['siteLinks'] = [];
  const records: BodyRecords = { updates: [] };
  const slugger = new Slugger();
  const clock = options.clock ?? { timeZone: site.timeZone, locale: site.locale };
  /** The editorial components around the node being converted, innermost last. */
  const openComponents: string[] = [];
  const isBlank = (node: MdxNode) =>
    (node.type === 'text' && (node.value ?? '').trim() === '') || (node.type === 'mdxFlowExpression' && isComment(node.value ?? ''));
  const firstBlock = (tree.children as unknown as MdxNode[]).find((node) => !isBlank(node));

  const report = (node: { position?: MdxNode['position'] } | undefined, message: string) =>
    problems.push({ line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1, message });

  /** Elements already treated: a component's output holds its children, treated before. */
  const visited = new WeakSet<Element>();

  function visitElement(element: Element): void {
    if (visited.has(element)) return;
    visited.add(element);
    const { tagName, properties } = element;
    if (tagName === 'th' || tagName === 'td') alignCell(properties);
    if (tagName === 'li' && (properties['className'] as string[] | undefined)?.includes('task-list-item')) nameTaskCheckbox(element);
    if (tagName === 'a') visitLink(element);
    if (tagName === 'img') visitImage(element);
  }

  function visitLink(element: Element): void {
    const href = element.properties['href'];
    if (typeof href !== 'string') return;
    const target = contentFileTarget(href, options.path) ?? entryAddressTarget(href, options.siteUrl);
    const place = (element as { position?: MdxNode['position'] }).position?.start;
    const at = { line: place?.line ?? 1, column: place?.column ?? 1 };
    if (target === 'outside-content') {
      report(element, `"${href}" points outside the content folder; link to an article as ./<slug>.mdx or to its address /articles/<slug>/`);
    } else if (target) {
      const { collection, id, hash } = target;
      const address = collection === 'articles' ? articleUrl(id) : readMoreUrl(id);
      if (href.endsWith('.mdx') || href.includes('.mdx#')) element.properties['href'] = `${address}${hash}`;
      siteLinks.push({ href, ...at, address });
      const card = element.properties['dataRichLink'] !== undefined ? { card: true as const } : {};
      contentLinks.push({ collection, id, href, ...card, ...at });
    } else if (isOutsideUrl(href, options.siteUrl)) {
      element.properties['rel'] = outsideLink.rel.split(' ');
      element.children.push(
        { type: 'element', tagName: 'span', properties: { className: ['outside-mark'], ariaHidden: 'true' }, children: [{ type: 'text', value: outsideLink.marker }] },
        { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ` ${outsideLink.label}` }] },
      );
    } else if (sitePathOf(href, '/', options.siteUrl) !== undefined) {
      siteLinks.push({ href, ...at });
    }
  }

  function visitImage(element: Element): void {
    const src = element.properties['src'];
    if (typeof src !== 'string') return;
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
      report(element, `"${src}": images from other sites are blocked by the site's security policy; save the picture beside the article and write ./file-name.jpg`);
      return;
    }
    if (element.tagName === 'img' && (typeof element.properties['alt'] !== 'string' || element.properties['alt'].trim() === '')) {
      report(element, `"${src}" needs alternative text: ![what the picture shows](${src})`);
    }
    let path = src;
    try {
      path = decodeURI(src);
    } catch {
      // A "%" that starts no escape ("./100%.jpg") is part of the file's name.
    }
    if (options.imageExists && !options.imageExists(path)) {
      report(element, `"${src}": there is no such picture beside the file; save it there, or correct the name (letters' case counts)`);
      return;
    }
    // Astro's content layer swaps this marker for the optimised image when the page renders.
    const index = imageIndex.get(path) ?? 0;
    imageIndex.set(path, index + 1);
    if (!imagePaths.includes(path)) imagePaths.push(path);
    const { src: _src, ...rest } = element.properties;
    element.properties = { __ASTRO_IMAGE_: JSON.stringify({ ...rest, src: path, index }) };
  }

  function convertMdx(node: MdxNode): ElementContent[] {
    switch (node.type) {
      case 'mdxTextExpression':
      case 'mdxFlowExpression': {
        if (!isComment(node.value ?? '')) report(node, expressionAdvice(node.value ?? '', true));
        return [];
      }
      case 'mdxjsEsm':
        report(node, 'import and export lines are not allowed in an article: the newsroom\'s components need no import');
        return [];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return convertJsx(node);
      default:
        return [];
    }
  }

  function convertJsx(node: MdxNode): ElementContent[] {
    const name = node.name;
    // A refused element's content is not read: its mistake is the element itself.
    const refused = name ? refusal(name) : undefined;
    if (refused) {
      report(node, `<${name}>: ${refused}`);
      return [];
    }
    const component = name ? editorialComponents.get(name) : undefined;
    if (component) openComponents.push(component.name);
    const problemsBefore = problems.length;
    const children = convertChildren(node.children ?? []);
    if (component) openComponents.pop();
    if (!name) return children; // a fragment, <>…</>
    // A component whose content has a mistake is not judged on what is left of that content.
    if (component) return problems.length > problemsBefore ? [] : renderComponent(component, node, children);
    if (/^[A-Z]/.test(name) || name.includes('.')) {
      const known = [...editorialComponents.keys()];
      report(node, `<${name}> is not one of the newsroom's components${known.length ? `; use one of ${known.map((k) => `<${k}>`).join(', ')}` : ''}`);
      return children;
    }
    const properties: Properties = {};
    for (const attribute of node.attributes ?? []) {
      const attrName = attribute.name ?? '';
      if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
        report(node, `<${name}>: attribute values must be quoted text, not code in braces`);
      } else if (/^on/i.test(attrName)) {
        report(node, `<${name} ${attrName}>: event handlers run code and are not allowed in an article`);
      } else if (attrName === 'style') {
        report(node, `<${name} style>: inline styles are blocked by the site's security policy; the site's stylesheet styles every element`);
      } else {
        properties[attrName === 'class' ? 'className' : attrName] = attribute.value ?? '';
      }
    }
    const element: Element = { type: 'element', tagName: name, properties, children };
    (element as { position?: MdxNode['position'] }).position = node.position;
    visitElement(element);
    return [element];
  }

  function renderComponent(component: EditorialComponent, node: MdxNode, children: ElementContent[]): ElementContent[] {
    const props: Record<string, string> = {};
    let valid = true;
    for (const attribute of node.attributes ?? []) {
      const attrName = attribute.name ?? '';
      if (attribute.type !== 'mdxJsxAttribute') {
        report(node, `<${component.name}>: write each prop as name="value"`);
        valid = false;
      } else if (!(attrName in component.props)) {
        const allowed = Object.keys(component.props);
        report(node, `<${component.name}>: unknown prop "${attrName}"; it takes ${allowed.length ? allowed.join(', ') : 'no props'}`);
        valid = false;
      } else if (attribute.value !== null && typeof attribute.value === 'object') {
        report(node, `<${component.name} ${attrName}>: write the value in quotes, e.g. ${attrName}="…", not in braces`);
        valid = false;
      } else {
        props[attrName] = attribute.value ?? '';
      }
    }
    for (const [propName, spec] of Object.entries(component.props)) {
      if (spec.required && !(propName in props)) {
        report(node, `<${component.name}>: "${propName}" is required: ${spec.description}`);
        valid = false;
      }
    }
    const hasContent = children.some((child) => child.type !== 'text' || child.value.trim() !== '');
    if (component.children === 'required' && !hasContent) {
      report(node, `<${component.name}>: write its content between <${component.name}> and </${component.name}>`);
      valid = false;
    } else if (component.children === 'none' && hasContent) {
      report(node, `<${component.name}> takes no content: write it as <${component.name} … />`);
      valid = false;
    }
    if (component.within && openComponents.at(-1) !== component.within) {
      report(node, `<${component.name}> belongs inside <${component.within}>…</${component.within}>`);
      valid = false;
    }
    if (component.placement === 'top' && node !== firstBlock) {
      report(node, `<${component.name}> goes at the top of the story, before its first paragraph`);
      valid = false;
    }
    if (!valid) return [];
    const start = node.position?.start;
    const rendered = component.render({ props, children, clock, line: start?.line ?? 1, column: start?.column ?? 1, records });
    if (typeof rendered === 'string') {
      report(node, `<${component.name}>: ${rendered}`);
      return [];
    }
    const nodes = Array.isArray(rendered) ? rendered : [rendered];
    walk(nodes, node.position);
    return nodes;
  }

  function convertChildren(nodes: MdxNode[]): ElementContent[] {
    const out: ElementContent[] = [];
    let afterComment = false;
    for (const node of nodes) {
      if (node.type.startsWith('mdx')) {
        out.push(...convertMdx(node));
        afterComment = node.type === 'mdxTextExpression' && isComment(node.value ?? '');
      } else {
        const content = node as unknown as ElementContent;
        // A comment in a sentence leaves one space, not the two around it ("Intro {/* x */} text.").
        const previous = out.at(-1);
        if (afterComment && content.type === 'text' && /^[\s,.;:!?)]/.test(content.value)) {
          if (previous === undefined) content.value = content.value.trimStart();
          else if (previous.type === 'text') previous.value = previous.value.trimEnd();
        }
        afterComment = false;
        if (content.type === 'element') {
          content.children = convertChildren(content.children as unknown as MdxNode[]);
          visitElement(content);
        }
        out.push(content);
      }
    }
    return out;
  }

  /**
   * Components' own output: links, images and headings in it get the body's treatment, and a
   * mistake in them is reported at the component's place in the file.
   */
  function walk(nodes: ElementContent[], position: MdxNode['position']): void {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const placed = node as { position?: MdxNode['position'] };
      placed.position ??= position;
      visitElement(node);
      // A <picture>'s AVIF source (src/editorial/figure.ts) goes to astro:assets like its img.
      if (node.tagName === 'source') visitImage(node);
      walk(node.children, placed.position);
    }
  }

  /** The level of the heading read last; the page's title is level 1. */
  let lastHeading = 1;
  const secondTitle =
    options.path.split('/')[0] === 'articles'
      ? 'a "#" heading would be a second headline; the article\'s headline is its title. Start body headings at "##"'
      : 'a "#" heading would be a second title; the page\'s title is already at its top. Start body headings at "##"';

  /**
   * The heading rules, over the finished body in reading order: the headings components print
   * (a <Factbox>'s title, an <Update>'s time and title) count like the editor's own, so a "###"
   * under a Factbox's title follows its level 2. A box a component or the editor sets apart
   * (aside, article, section) is a part of its own: after it, the story's levels go on from
   * where they were before it. (So a developing story's updates, each an <article> the page
   * shows newest first, are read here in the file's order with the same result.) Each heading
   * gets its id in this order.
   */
  function checkHeadings(nodes: readonly (ElementContent | RootContent)[]): void {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const { tagName, properties } = node;
      if (/^h[1-6]$/.test(tagName)) {
        const depth = Number(tagName[1]);
        if (depth === 1) report(node, secondTitle);
        else if (depth > lastHeading + 1) report(node, `a level-${depth} heading ("${'#'.repeat(depth)}") follows level ${lastHeading}: do not skip levels; use "${'#'.repeat(lastHeading + 1)}"`);
        lastHeading = depth;
        const text = hastText(node);
        const slug = typeof properties['id'] === 'string' ? properties['id'] : slugger.slug(text);
        properties['id'] = slug;
        headings.push({ depth, slug, text });
      }
      const levelBefore = lastHeading;
      checkHeadings(node.children);
      if (sectioningElements.has(tagName)) lastHeading = levelBefore;
    }
  }

  // Control characters written as character references (`7&#x1f;2`), which the tree holds only as
  // what the parser made of them; raw ones were refused before (src/lib/control-characters.ts).
  problems.push(...controlCharacterReferences(parsedText, parseBody));
  const body = convertChildren(tree.children as unknown as MdxNode[]);
  checkHeadings(body);
  tree.children = updatesNewestFirst(body as RootContent[]);
  const html = toHtml(tree);
  // In the file's order, whichever pass found them.
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { html, imagePaths, headings, contentLinks, siteLinks, updates: records.updates, problems };
}

/**
 * Body mistakes as an editor's tools read them, one line each: `file:line:column: body: message`.
 * `file` is as the editor knows it (relative to the project).
 */
export function formatBodyProblems(files: { file: string; problems: BodyProblem[] }[]): string {
  const lines = files.flatMap(({ file, problems }) => problems.map((p) => `${file}:${p.line}:${p.column}: body: ${p.message}`));
  return `${lines.length} problem${lines.length === 1 ? '' : 's'} in article bodies:\n${lines.join('\n')}`;
}

/**
 * GFM writes a column's alignment as a `style` attribute, which the Content Security Policy
 * blocks; the stylesheet aligns the `align-*` classes instead (src/lib/gfm-markup.ts).
 */
function alignCell(properties: Properties): void {
  const alignment = cellAlignment(properties['style']);
  if (!alignment) return;
  delete properties['style'];
  properties['className'] = [...((properties['className'] as string[] | undefined) ?? []), alignmentClass(alignment)];
}

/** A task list's checkbox has no name of its own: it takes its item's text (nested lists left out). */
function nameTaskCheckbox(item: Element): void {
  const checkbox = item.children.find((child): child is Element => child.type === 'element' && child.tagName === 'input');
  if (!checkbox) return;
  const own = item.children.filter((child) => !(child.type === 'element' && ['ul', 'ol'].includes(child.tagName)));
  checkbox.properties['ariaLabel'] = taskLabel(own.map((child) => hastText(child)).join(''));
}

/** Entry pages by their address: `/articles/<slug>/` and `/read-more/<slug>/`, on our origin. */
const entryAddress = /^\/(articles|read-more)\/([^/?#]+)\/?(?:[?#].*)?$/;

/**
 * The entry a link to one of our entry pages names (`/articles/other-story/#quotes`), so the
 * build can check it exists and is published; the link itself is left as written.
 */
function entryAddressTarget(href: string, siteUrl: string): { collection: ContentLink['collection']; id: string; hash: string } | undefined {
  let url: URL;
  try {
    url = new URL(href, siteUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(siteUrl).origin || !/^(\/|https?:)/.test(href)) return undefined;
  const match = entryAddress.exec(url.pathname);
  if (!match) return undefined;
  return { collection: contentFolders[match[1]!]!, id: decodeURIComponent(match[2]!), hash: url.hash };
}

/**
 * Where a link to a content file (`./other-story.mdx`, `../articles/other-story.mdx#quotes`)
 * leads: the entry it names, `'outside-content'` for a file path that leaves the content folder,
 * or undefined for an ordinary link.
 */
export function contentFileTarget(
  href: string,
  fromPath: string,
): { collection: ContentLink['collection']; id: string; hash: string } | 'outside-content' | undefined {
  const match = /^([^?#:]*\.mdx)(#.*)?$/.exec(href);
  if (!match || href.startsWith('/') || href.startsWith('//')) return undefined;
  const segments = fromPath.split('/').slice(0, -1);
  for (const part of decodeURI(match[1]!).split('/')) {
    if (part === '..') {
      if (segments.length === 0) return 'outside-content';
      segments.pop();
    } else if (part !== '.' && part !== '') segments.push(part);
  }
  const collection = contentFolders[segments[0] ?? ''];
  if (!collection || segments.length < 2) return 'outside-content';
  return { collection, id: segments.at(-1)!.replace(/\.mdx$/, ''), hash: match[2] ?? '' };
}
