import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from 'astro/markdown';
import { newsroomNow, parseNewArticleArgs, renderNewArticle, type NewArticleRequest } from '../../scripts/lib/new-article';

const request = (argv: string[]) => parseNewArticleArgs(argv) as NewArticleRequest;

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

  it('refuses what the check would refuse in the file it writes, before writing it', () => {
    expect(parseNewArticleArgs(['Spurs beat Villa 7\u001f2', '--topic', 'china'])).toMatch(/^the headline holds U\+001F, an invisible control character, in "Spurs beat Villa 7␟2": often a lost dash.*; type it again without it$/);
    expect(parseNewArticleArgs(['Headline', '--topic', 'china', '--source', 'Reu\u0096ters'])).toMatch(/^the --source holds U\+0096/);
    expect(parseNewArticleArgs(['Headline', '--topic', 'china', '--source', '新华社'])).toBe(
      '--source "新华社" has no letters or digits a web address can use (its desk is /sources/<name>/); write it in Latin letters, e.g. "Xinhua"',
    );
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
