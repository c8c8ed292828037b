import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from 'astro/markdown';
import { newsroomNow, parseNewArticleArgs, renderNewArticle, slugify, type NewArticleRequest } from '../../scripts/lib/new-article';

const request = (argv: string[]) => parseNewArticleArgs(argv) as NewArticleRequest;

describe('slugify', () => {
  it('makes a clean URL slug from a headline', () => {
    expect(slugify('China’s JD.com Has Run on Russian Chocolates in Show of Support')).toBe(
      'chinas-jdcom-has-run-on-russian-chocolates-in-show-of',
    );
    expect(slugify('  Zürich café: “prices” up 5% — again!  ')).toBe('zurich-cafe-prices-up-5-again');
  });

  it('cuts a long headline at a word boundary, and gives up on scripts it cannot spell in Latin', () => {
    const slug = slugify('word '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^word(-word)+$/);
    expect(slugify('中国新闻')).toBe('');
  });
});

describe('parseNewArticleArgs', () => {
  it('reads the headline, topics, source and slug', () => {
    expect(request(['Trade talks resume', '--topic', 'trade', '--topic', 'china', '--source', 'Reuters'])).toEqual({
      headline: 'Trade talks resume',
      topics: ['trade', 'china'],
      source: 'Reuters',
      slug: 'trade-talks-resume',
    });
    expect(request(['Trade talks resume', '--topic', 'trade', '--slug', 'talks']).slug).toBe('talks');
  });

  it('rejects an unknown topic and lists the known ones', () => {
    expect(parseNewArticleArgs(['Headline', '--topic', 'chocolate'])).toMatch(
      /^"chocolate" is not a known topic; known topics: china, russia, ukraine-war, .*sport \(see src\/site\.config\.ts\)$/,
    );
    expect(parseNewArticleArgs(['Headline'])).toMatch(/^give at least one --topic; known topics: china,/);
  });

  it('asks for what is missing or malformed', () => {
    expect(parseNewArticleArgs(['--topic', 'china'])).toMatch(/^give the headline in quotes/);
    expect(parseNewArticleArgs(['新闻', '--topic', 'china'])).toMatch(/choose one with --slug/);
    expect(parseNewArticleArgs(['Headline', '--topic', 'china', '--slug', 'Bad Slug'])).toMatch(/--slug "Bad Slug" cannot be a URL/);
    expect(parseNewArticleArgs(['Headline', '--topc', 'china'])).toMatch(/Unknown option '--topc'/);
  });
});

describe('renderNewArticle', () => {
  const now = new Date('2026-07-01T13:05:42Z');

  it('dates the article now on the newsroom clock, to the minute', () => {
    expect(newsroomNow(now)).toBe('2026-07-01T14:05'); // BST
    expect(newsroomNow(new Date('2026-01-10T09:30:00Z'))).toBe('2026-01-10T09:30');
  });

  it('adds the offset in the hour the clocks go back, when the wall time happens twice', () => {
    expect(newsroomNow(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T01:30+01:00');
    expect(newsroomNow(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T01:30+00:00');
    expect(newsroomNow(new Date('2026-10-25T02:30:00Z'))).toBe('2026-10-25T02:30');
  });

  it('writes frontmatter that reads back exactly, as a draft, whatever the headline holds', () => {
    const headline = 'He said: "no" & she said \'yes\' </script><script>alert(1)</script> ]]> # not a comment 新闻 خبر 🗞️';
    const text = renderNewArticle({ headline, topics: ['china', 'trade'], source: 'Reuters: Asia', slug: 'x' }, now);
    const { frontmatter } = parseFrontmatter(text);
    expect(frontmatter).toEqual({
      title: headline,
      pubDate: '2026-07-01T14:05',
      source: 'Reuters: Asia',
      topics: ['china', 'trade'],
      draft: true,
    });
  });

  it('leaves the source and the dateline as hints when none was given', () => {
    const text = renderNewArticle({ headline: 'H', topics: ['sport'], slug: 'h' }, now);
    const { frontmatter } = parseFrontmatter(text);
    expect(frontmatter).not.toHaveProperty('source');
    expect(frontmatter).not.toHaveProperty('dateline');
    expect(text).toContain('\n# dateline: Beijing');
  });
});
