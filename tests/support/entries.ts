/** Hand-made collection entries for unit tests of src/lib, shaped like Astro's. */
import type { Article, Author, ReadMoreItem, SourceEntry } from '../../src/lib/newsroom';
import type { ReadMoreRef } from '../../src/lib/read-more-ref';

type ArticleData = Article['data'];

export function fakeArticle(
  id: string,
  data: Omit<Partial<ArticleData>, 'pubDate'> & { pubDate?: ArticleData['pubDate'] | string } = {},
): Article {
  const { pubDate, ...rest } = data;
  return {
    id,
    collection: 'articles',
    filePath: `src/content/articles/${id}.mdx`,
    body: `Body of ${id}.`,
    rendered: { html: `<p>Body of ${id}.</p>` },
    data: {
      title: `Title of ${id}`,
      topics: ['china'],
      readMore: [],
      authors: [],
      draft: false,
      corrections: [],
      kind: 'report',
      ...rest,
      pubDate:
        typeof pubDate === 'string' || pubDate === undefined
          ? { instant: new Date(pubDate ?? '2022-03-03T00:00:00Z'), hasTime: true }
          : pubDate,
    },
  } as Article;
}

export function fakeReadMoreItem(id: string, data: Partial<ReadMoreItem['data']> = {}): ReadMoreItem {
  return {
    id,
    collection: 'readMore',
    filePath: `src/content/read-more/${id}.mdx`,
    data: { title: `Outside story ${id}`, publisher: 'The Age', ...data },
  } as ReadMoreItem;
}

export const ref = (collection: ReadMoreRef['collection'], id: string): ReadMoreRef => ({ collection, id });

export function fakeAuthor(id: string, data: Partial<Author['data']> = {}): Author {
  return { id, collection: 'authors', filePath: `src/content/authors/${id}.mdx`, body: `Bio of ${id}.`, data: { name: `Name of ${id}`, links: [], ...data } } as Author;
}

export function fakeSource(id: string, data: Partial<SourceEntry['data']> = {}): SourceEntry {
  return { id, collection: 'sources', filePath: `src/content/sources/${id}.mdx`, data: { name: `Source ${id}`, ...data } } as SourceEntry;
}
