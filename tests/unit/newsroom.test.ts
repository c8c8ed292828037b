import { describe, expect, it } from 'vitest';
import { buildNewsroom, ContentProblemsError, findContentProblems } from '../../src/lib/newsroom';
import { fakeArticle, fakeAuthor, fakeReadMoreItem, fakeSource, ref } from '../support/entries';

const now = new Date('2026-06-15T12:00:00Z');
const production = { now, includeUnpublished: false };

describe('findContentProblems', () => {
  it('names the file and the field of a read-more reference that does not exist', () => {
    const article = fakeArticle('a', { readMore: [ref('readMore', 'missing')] });
    expect(findContentProblems([article], [])).toEqual([
      {
        file: 'src/content/articles/a.mdx',
        field: 'readMore[0]',
        message: '"read-more/missing" does not exist (no read-more/missing.mdx in the content folder)',
      },
    ]);
  });

  it('rejects an article listing itself or the same story twice', () => {
    const article = fakeArticle('a', { readMore: [ref('articles', 'a'), ref('readMore', 'x'), ref('readMore', 'x')] });
    const problems = findContentProblems([article], [fakeReadMoreItem('x')]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'readMore[0]: "articles/a" is this article itself',
      'readMore[2]: "read-more/x" is listed twice',
    ]);
  });

  it('accepts references to entries in either collection', () => {
    const a = fakeArticle('a', { readMore: [ref('articles', 'b'), ref('readMore', 'x')] });
    expect(findContentProblems([a, fakeArticle('b')], [fakeReadMoreItem('x')])).toEqual([]);
  });
});

describe('findContentProblems: bylines', () => {
  it('names the file and the field of an author who has no file, and of one listed twice', () => {
    const article = fakeArticle('a', { authors: ['ada', 'nobody', 'ada'] });
    expect(findContentProblems([article], [], [fakeAuthor('ada')])).toEqual([
      { file: 'src/content/articles/a.mdx', field: 'authors[1]', message: '"nobody" is not an author (no authors/nobody.mdx in the content folder)' },
      { file: 'src/content/articles/a.mdx', field: 'authors[2]', message: '"ada" is listed twice' },
    ]);
  });
});

describe('buildNewsroom: bylines and source desks', () => {
  const authors = [fakeAuthor('ada'), fakeAuthor('bram'), fakeAuthor('cy')];
  const sources = [fakeSource('afp', { name: 'Agence France-Presse' })];
  const articles = [
    fakeArticle('old', { pubDate: '2022-03-03T00:00:00Z', authors: ['ada'], source: 'Reuters' }),
    fakeArticle('new', { pubDate: '2026-01-01T00:00:00Z', authors: ['bram', 'ada'], source: 'REUTERS' }),
    fakeArticle('wire', { pubDate: '2025-01-01T00:00:00Z', source: 'AFP' }),
    fakeArticle('draft', { draft: true, authors: ['cy'], source: 'Draft Wire' }),
    fakeArticle('embargoed', { pubDate: '2026-06-16T00:00:00Z', authors: ['ada'], source: 'AFP' }),
  ];
  const newsroom = buildNewsroom(articles, [], production, { authors, sources });

  it('gives each author their published stories newest first, and no desk to an author with none', () => {
    expect([...newsroom.authorDesks.keys()].sort()).toEqual(['ada', 'bram']);
    expect(newsroom.authorDesks.get('ada')?.articles.map((a) => a.id)).toEqual(['new', 'old']);
    expect(newsroom.bylineOf(newsroom.articles[0]!).map((author) => author.id)).toEqual(['bram', 'ada']);
  });

  it('files stories under their source by slug, named by the sources collection or the newest spelling', () => {
    expect([...newsroom.sourceDesks.keys()]).toEqual(['reuters', 'afp']);
    expect(newsroom.sourceDesks.get('reuters')).toMatchObject({ name: 'REUTERS', entry: undefined });
    expect(newsroom.sourceDesks.get('reuters')?.articles.map((a) => a.id)).toEqual(['new', 'old']);
    expect(newsroom.sourceDesks.get('afp')?.name).toBe('Agence France-Presse');
    expect(newsroom.sourceDesks.get('afp')?.articles.map((a) => a.id)).toEqual(['wire']);
    expect(newsroom.sourceDeskOf(newsroom.articles[2]!)?.slug).toBe('reuters');
  });

  it('shows drafts and embargoed stories on desks in development previews only', () => {
    const preview = buildNewsroom(articles, [], { now, includeUnpublished: true }, { authors, sources });
    expect(preview.authorDesks.get('cy')?.articles.map((a) => a.id)).toEqual(['draft']);
    expect(preview.sourceDesks.get('afp')?.articles.map((a) => a.id)).toEqual(['embargoed', 'wire']);
  });

  it('refuses a byline naming an author who does not exist', () => {
    expect(() => buildNewsroom([fakeArticle('a', { authors: ['ghost'] })], [], production, { authors })).toThrow(
      /src\/content\/articles\/a\.mdx: authors\[0\]: "ghost" is not an author/,
    );
  });
});

describe('buildNewsroom', () => {
  it('throws one error listing every problem', () => {
    const a = fakeArticle('a', { readMore: [ref('readMore', 'gone')] });
    const b = fakeArticle('b', { readMore: [ref('articles', 'b')] });
    expect(() => buildNewsroom([a, b], [], production)).toThrow(ContentProblemsError);
    expect(() => buildNewsroom([a, b], [], production)).toThrow(
      /2 content problems:\n {2}src\/content\/articles\/a\.mdx: readMore\[0\]: .*\n {2}src\/content\/articles\/b\.mdx: readMore\[0\]/,
    );
  });

  it('publishes newest first, with the slug breaking ties, and leaves out drafts and embargoed articles', () => {
    const articles = [
      fakeArticle('old', { pubDate: '2022-03-03T00:00:00Z' }),
      fakeArticle('b-same-time', { pubDate: '2026-01-01T00:00:00Z' }),
      fakeArticle('a-same-time', { pubDate: '2026-01-01T00:00:00Z' }),
      fakeArticle('draft', { draft: true }),
      fakeArticle('embargoed', { pubDate: '2026-06-16T00:00:00Z' }),
    ];
    const newsroom = buildNewsroom(articles, [], production);
    expect(newsroom.articles.map((a) => a.id)).toEqual(['a-same-time', 'b-same-time', 'old']);
    expect(buildNewsroom([...articles].reverse(), [], production).articles.map((a) => a.id)).toEqual([
      'a-same-time',
      'b-same-time',
      'old',
    ]);
  });

  it('shows drafts and embargoed articles in development, with their status', () => {
    const newsroom = buildNewsroom(
      [fakeArticle('draft', { draft: true }), fakeArticle('embargoed', { pubDate: '2027-01-01T00:00:00Z' })],
      [],
      { now, includeUnpublished: true },
    );
    expect(newsroom.articles.map((a) => [a.id, newsroom.status(a)])).toEqual([
      ['embargoed', 'embargoed'],
      ['draft', 'draft'],
    ]);
  });

  it('resolves read-more in the editor order, dropping unpublished targets, and records backlinks', () => {
    const seed = fakeArticle('seed', {
      pubDate: '2022-03-03T00:00:00Z',
      readMore: [ref('readMore', 'x'), ref('articles', 'embargoed'), ref('articles', 'older')],
    });
    const later = fakeArticle('later', { pubDate: '2023-01-01T00:00:00Z', readMore: [ref('readMore', 'x')] });
    const older = fakeArticle('older', { pubDate: '2021-01-01T00:00:00Z' });
    const embargoed = fakeArticle('embargoed', { pubDate: '2027-01-01T00:00:00Z' });
    const newsroom = buildNewsroom([seed, later, older, embargoed], [fakeReadMoreItem('x')], production);

    expect(newsroom.readMoreOf(seed).map((link) => `${link.collection}/${link.entry.id}`)).toEqual([
      'readMore/x',
      'articles/older',
    ]);
    expect(newsroom.referencedBy(ref('readMore', 'x')).map((a) => a.id)).toEqual(['later', 'seed']);
    expect(newsroom.referencedBy(ref('articles', 'older')).map((a) => a.id)).toEqual(['seed']);
  });

  it('indexes published articles by topic, newest first', () => {
    const newsroom = buildNewsroom(
      [
        fakeArticle('a', { topics: ['china', 'trade'], pubDate: '2022-01-01T00:00:00Z' }),
        fakeArticle('b', { topics: ['trade'], pubDate: '2023-01-01T00:00:00Z' }),
        fakeArticle('c', { topics: ['sport'], draft: true }),
      ],
      [],
      production,
    );
    expect(Object.fromEntries([...newsroom.articlesByTopic].map(([t, list]) => [t, list.map((a) => a.id)]))).toEqual({
      china: ['a'],
      trade: ['b', 'a'],
    });
  });
});
