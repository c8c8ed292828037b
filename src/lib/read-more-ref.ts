/**
 * "Read more" entries name another content file by its folder and slug, the way the file sits
 * on disk: `articles/<slug>` for our own stories, `read-more/<slug>` for outside ones.
 */

export type ReadMoreCollection = 'articles' | 'readMore';

export interface ReadMoreRef {
  collection: ReadMoreCollection;
  id: string;
}

const folderToCollection: Record<string, ReadMoreCollection> = {
  articles: 'articles',
  'read-more': 'readMore',
};

const collectionToFolder: Record<ReadMoreCollection, string> = {
  articles: 'articles',
  readMore: 'read-more',
};

/** Parses "read-more/foo" into a reference; returns an error message for anything else. */
export function parseReadMoreRef(text: string): ReadMoreRef | string {
  const match = /^(articles|read-more)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(text.trim());
  const collection = match && folderToCollection[match[1]!];
  if (!match || !collection) {
    return `"${text}" is not a reference; write "articles/<slug>" or "read-more/<slug>" (the file's folder and name without .mdx)`;
  }
  return { collection, id: match[2]! };
}

/** The reference as the editor wrote it, for error messages. */
export function formatReadMoreRef(ref: ReadMoreRef): string {
  return `${collectionToFolder[ref.collection]}/${ref.id}`;
}
