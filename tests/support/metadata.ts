/** Reads what crawlers and social networks read from a built page: meta tags and JSON-LD. */
import type { CheerioAPI } from 'cheerio';

/** Every `content` of the meta tags with this name or property, in document order. */
export function metaContents($: CheerioAPI, key: string): string[] {
  return $(`head meta[name="${key}"], head meta[property="${key}"]`)
    .map((_, el) => $(el).attr('content') ?? '')
    .get();
}

export function metaContent($: CheerioAPI, key: string): string | undefined {
  const values = metaContents($, key);
  if (values.length > 1) throw new Error(`${key} appears ${values.length} times`);
  return values[0];
}

export type JsonLdNode = Record<string, unknown>;

/** Every JSON-LD object on the page, parsed as a search engine parses it. */
export function jsonLd($: CheerioAPI): JsonLdNode[] {
  return $('script[type="application/ld+json"]')
    .map((_, el) => [JSON.parse($(el).html() ?? '') as JsonLdNode])
    .get();
}

export function jsonLdOfType($: CheerioAPI, type: string): JsonLdNode {
  const found = jsonLd($).filter((node) => node['@type'] === type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0]!;
}
