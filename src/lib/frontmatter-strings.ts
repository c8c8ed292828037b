/**
 * The strings of an entry's parsed frontmatter, wherever they sit: rules that hold for every
 * text an editor writes (no control characters; our own addresses must exist) walk them all, so
 * no field, list or nested object, nor one added later, is left out.
 *
 * Loaded by scripts/build.mjs through src/lib/site-links.ts with Node's own type stripping:
 * no imports.
 */

/** Every string in `value`, with its field path (`["links", 0]`); dates and other class instances are not text. */
export function* stringsIn(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; value: string }> {
  if (typeof value === 'string') yield { path, value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsIn(item, [...path, index]);
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
  }
}

/** A field path as editors and Astro's messages name it: `["links", 1, "url"]` → `links[1].url`. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
}
