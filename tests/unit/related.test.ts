import { describe, expect, it } from 'vitest';
import { computeRelated, renderedProse, tokenize } from '../../src/lib/related';
import { buildNewsroom } from '../../src/lib/newsroom';
import type { Article } from '../../src/lib/newsroom';
import { fakeArticle, fakeReadMoreItem, ref } from '../support/entries';

const now = new Date('2026-06-15T12:00:00Z');
const options = { limit: 4, now };

const ids = (links: { collection: string; entry: { id: string } }[] | undefined) =>
  (links ?? []).map((link) => `${link.collection}/${link.entry.id}`);

function withBody(article: Article, body: string): Article {
  return { ...article, rendered: { html: `<p>${body}</p>` } } as Article;
}

/** A small newsroom where the right answers are obvious to a reader. */
function collection() {
  const seed = withBody(
    fakeArticle('chocolate-store', {
      title: 'Russian chocolate store sells out on JD.com',
      topics: ['china', 'russia', 'e-commerce'],
      source: 'Reuters',
      pubDate: '2022-03-03T10:00:00Z',
    }),
    'Chinese shoppers bought Russian chocolate and vodka from the Russian pavilion store on JD.com.',
  );
  const twin = withBody(
    fakeArticle('vodka-shoppers', {
      title: 'Chinese shoppers rush to buy Russian vodka and chocolate',
      topics: ['china', 'russia'],
      pubDate: '2022-03-05T10:00:00Z',
    }),
    'The Russian pavilion store on JD.com sold chocolate and vodka to Chinese shoppers.',
  );
  const oneTopic = withBody(
    fakeArticle('china-trade-data', { title: 'China exports rise in February', topics: ['china', 'trade'], pubDate: '2022-03-07T10:00:00Z' }),
    'Exports from China rose as factories reopened after the holiday.',
  );
  const unrelated = withBody(
    fakeArticle('cricket-final', { title: 'Cricket final washed out by rain', topics: ['sport'], pubDate: '2022-03-04T10:00:00Z' }),
    'The cricket final at Lord’s was abandoned after heavy rain on the second afternoon.',
  );
  const draft = withBody(
    fakeArticle('draft-chocolate', { title: 'Russian chocolate on JD.com, draft', topics: ['china', 'russia', 'e-commerce'], draft: true }),
    'Chinese shoppers bought Russian chocolate and vodka from the Russian pavilion store on JD.com.',
  );
  const embargoed = withBody(
    fakeArticle('future-chocolate', {
      title: 'Russian chocolate store on JD.com, a year on',
      topics: ['china', 'russia', 'e-commerce'],
      pubDate: '2027-03-03T10:00:00Z',
    }),
    'Chinese shoppers bought Russian chocolate and vodka from the Russian pavilion store on JD.com.',
  );
  const outside = fakeReadMoreItem('pavilion-profile', {
    title: 'Inside the Russian pavilion store selling chocolate to China',
    publisher: 'Asia Financial',
    date: { year: 2022, month: 3 },
  });
  return { seed, twin, oneTopic, unrelated, draft, embargoed, outside };
}

describe('computeRelated', () => {
  it('ranks first the story sharing two topics and the key terms, and never offers an unrelated one', () => {
    const { seed, twin, oneTopic, unrelated, outside } = collection();
    const related = computeRelated([seed, twin, oneTopic, unrelated], [outside], options).byArticle;
    expect(ids(related.get('chocolate-store'))[0]).toBe('articles/vodka-shoppers');
    expect(ids(related.get('chocolate-store'))).toContain('articles/china-trade-data');
    for (const [id, links] of related) expect(ids(links), id).not.toContain('articles/cricket-final');
    expect(related.get('cricket-final')).toEqual([]);
  });

  it('offers an outside story by its title and standfirst', () => {
    const { seed, twin, unrelated, outside } = collection();
    const related = computeRelated([seed, twin, unrelated], [outside], options).byArticle;
    expect(ids(related.get('chocolate-store'))).toContain('readMore/pavilion-profile');
    expect(ids(related.get('cricket-final'))).not.toContain('readMore/pavilion-profile');
  });

  it('never offers drafts or stories dated after the build, though they get lists in previews', () => {
    const { seed, twin, oneTopic, draft, embargoed } = collection();
    const related = computeRelated([seed, twin, oneTopic, draft, embargoed], [], options).byArticle;
    for (const [id, links] of related) {
      expect(ids(links), id).not.toContain('articles/draft-chocolate');
      expect(ids(links), id).not.toContain('articles/future-chocolate');
    }
    expect(ids(related.get('draft-chocolate'))[0]).toBe('articles/chocolate-store');
  });

  it('leaves out the article itself and what its "Read more" already lists', () => {
    const { seed, twin, oneTopic, outside } = collection();
    const curated = { ...seed, data: { ...seed.data, readMore: [ref('articles', 'vodka-shoppers'), ref('readMore', 'pavilion-profile')] } } as Article;
    const links = ids(computeRelated([curated, twin, oneTopic], [outside], options).byArticle.get('chocolate-store'));
    expect(links).toEqual(['articles/china-trade-data']);
  });

  it('keeps at most the configured number, breaking equal scores by date then slug', () => {
    const same = (id: string, pubDate: string) =>
      withBody(fakeArticle(id, { title: 'Markets wrap', topics: ['markets'], pubDate }), 'Shares closed flat.');
    // Five days either side scores the same: the newer story wins, then the slug.
    const articles = [
      same('target', '2022-01-10T00:00:00Z'),
      same('c-before', '2022-01-05T00:00:00Z'),
      same('b-after', '2022-01-15T00:00:00Z'),
      same('a-after', '2022-01-15T00:00:00Z'),
      same('far-later', '2023-06-01T00:00:00Z'),
    ];
    const links = ids(computeRelated(articles, [], { limit: 3, now }).byArticle.get('target'));
    expect(links).toEqual(['articles/a-after', 'articles/b-after', 'articles/c-before']);
  });

  it('gives the same lists on every run and whatever order the collection arrives in', () => {
    const { seed, twin, oneTopic, unrelated, draft, embargoed, outside } = collection();
    const articles = [seed, twin, oneTopic, unrelated, draft, embargoed];
    const first = computeRelated(articles, [outside], options).byArticle;
    const again = computeRelated(articles, [outside], options).byArticle;
    const reversed = computeRelated([...articles].reverse(), [outside], options).byArticle;
    const normalise = (map: typeof first) => Object.fromEntries([...map].sort().map(([id, links]) => [id, ids(links)]));
    expect(normalise(again)).toEqual(normalise(first));
    expect(normalise(reversed)).toEqual(normalise(first));
  });
});

describe('the newsroom', () => {
  it('computes the related index once, on first use, for every page that asks', () => {
    const { seed, twin, oneTopic } = collection();
    let computed = 0;
    const newsroom = buildNewsroom([seed, twin, oneTopic], [], {
      now,
      includeUnpublished: false,
      onRelatedComputed: () => computed++,
    });
    expect(computed).toBe(0);
    expect(ids(newsroom.relatedOf(seed))[0]).toBe('articles/vodka-shoppers');
    newsroom.relatedOf(twin);
    newsroom.relatedOf(oneTopic);
    expect(computed).toBe(1);
  });
});

describe('tokenize and renderedProse', () => {
  it('keeps the words of the story, not stop words, numbers, markup, URLs, code or hidden labels', () => {
    expect(tokenize('The Store’s sales rose 25% in 2022, it said')).toEqual(['store', 'sales', 'rose']);
    const html =
      '<p>See <a href="https://example.com/report-page" rel="noopener">the report<span class="outside-mark" aria-hidden="true">↗</span><span class="visually-hidden"> (another site)</span></a> on M&#x26;S.</p><pre><code>const vodka = 1;</code></pre>';
    expect(tokenize(renderedProse(html))).toEqual(['see', 'report']);
    expect(tokenize(renderedProse('<p>M&#x26;S &#x3C;40% profit</p><p>Next</p>'))).toEqual(['profit', 'next']);
  });
});
