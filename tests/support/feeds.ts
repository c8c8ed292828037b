/** Reading feeds the way feed readers do, with parsers that are not our code. */
import { SaxesParser } from 'saxes';

export interface XmlOutline {
  /** The root element's name as written, e.g. "rss". */
  root: string;
  /** `<?xml-stylesheet …?>` and other processing instructions, as [target, body]. */
  instructions: [string, string][];
}

/**
 * Parses XML with a strict, namespace-aware XML 1.0 parser (saxes). Throws at the first
 * well-formedness error: a stray `&`, an unescaped `<`, `]]>` in text, an undeclared prefix.
 */
export function parseStrictXml(xml: string): XmlOutline {
  const parser = new SaxesParser({ xmlns: true });
  let root: string | undefined;
  const instructions: [string, string][] = [];
  parser.on('opentag', (tag) => (root ??= tag.name));
  parser.on('processinginstruction', ({ target, body }) => instructions.push([target, body]));
  parser.write(xml).close();
  if (root === undefined) throw new Error('no root element');
  return { root, instructions };
}
