import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { compileArticleBody } from '../../src/lib/article-body';
import { findUpdateTimeProblems, isDevelopingStory, liveCoverage, storyLastChange, storyUpdates } from '../../src/lib/developing-story';
import { publicationStatus } from '../../src/lib/publishing';
import { matchedUpdates } from '../../src/lib/search-view';
import { newsArticle, type NewsArticleInput } from '../../src/lib/structured-data';
import { fakeArticle } from '../support/entries';
import type { Article } from '../../src/lib/newsroom';

const frontmatter = '---\ntitle: "A story"\npubDate: "2026-06-15T08:00"\ntopics: [china]\n---\n';
const compile = (body: string) => compileArticleBody(frontmatter + body, { path: 'articles/story.mdx', siteUrl: 'https://news.example' });
/** The line a body line has in the file: the frontmatter above takes five. */
const fileLine = (bodyLine: number) => bodyLine + 5;

const update = (time: string, words: string, attributes = '') => `<Update time="${time}"${attributes}>\n${words}\n</Update>\n\n`;

/** An article whose body is `body`, compiled as the build compiles it. */
function story(body: string, data: Parameters<typeof fakeArticle>[1] = {}): Article {
  const compiled = compile(body);
  expect(compiled.problems).toEqual([]);
  const article = fakeArticle('live', { pubDate: '2026-06-15T07:00:00Z', corrections: [], ...data });
  const metadata = { imagePaths: compiled.imagePaths, headings: compiled.headings, contentLinks: compiled.contentLinks, updates: compiled.updates };
  return { ...article, rendered: { html: compiled.html, metadata } };
}

describe('<Update>: what readers get', () => {
  const body = 'An introduction.\n\n' + update('2026-06-15T09:30', 'Second.', ' title="The vote" key') + update('2026-06-15T08:15', 'First.') + update('2026-06-15T10:05', 'Third.', ' title="Later"');

  it('puts updates newest first whatever order they were written in, the introduction staying on top', () => {
    const $ = load(compile(body).html);
    expect($('body > p').first().text()).toBe('An introduction.');
    expect($('article.live-update h2').map((_, h) => $(h).attr('id')).get()).toEqual([
      'update-2026-06-15-1005',
      'update-2026-06-15-0930',
      'update-2026-06-15-0815',
    ]);
    expect($('#update-2026-06-15-0930').closest('article').hasClass('key-event')).toBe(true);
    expect($('#update-2026-06-15-0930 .update-clock').text()).toBe('09:30 BST');
    expect($('#update-2026-06-15-0930 time').attr('datetime')).toBe('2026-06-15T09:30:00+01:00');
  });

  it('keeps an update\'s anchor when its words change, since the anchor is made from its time', () => {
    const edited = compile(update('2026-06-15T09:30', 'Rewritten entirely.', ' title="A new headline"'));
    expect(edited.updates[0]!.id).toBe('update-2026-06-15-0930');
  });

  it('records each update for pages, feeds and checks, in the file\'s order, with its line and column', () => {
    expect(compile(body).updates).toEqual([
      { id: 'update-2026-06-15-0930', time: '2026-06-15T08:30:00.000Z', title: 'The vote', key: true, text: 'Second.', line: fileLine(3), column: 1 },
      { id: 'update-2026-06-15-0815', time: '2026-06-15T07:15:00.000Z', title: undefined, key: false, text: 'First.', line: fileLine(7), column: 1 },
      { id: 'update-2026-06-15-1005', time: '2026-06-15T09:05:00.000Z', title: 'Later', key: false, text: 'Third.', line: fileLine(11), column: 1 },
    ]);
    // Inside a quote, an update starts where its tag does.
    expect(compile(`> ${update('2026-06-15T09:30', 'Quoted.').trim().replaceAll('\n', '\n> ')}\n`).updates[0]).toMatchObject({ line: fileLine(1), column: 3 });
  });
});

describe('<Update>: mistakes, each at its line', () => {
  it.each([
    ['a time that does not parse', update('9.30am', 'x'), /^<Update>: time "9\.30am" is not a date; write/],
    ['a day without a time', update('2026-06-15', 'x'), /^<Update>: time="2026-06-15" needs the time of day, e\.g\. time="2026-06-15T14:30"$/],
    ['a key event without a title', update('2026-06-15T09:30', 'x', ' key'), /^<Update>: a key event needs a title/],
    ['a value on the key flag', update('2026-06-15T09:30', 'x', ' title="t" key="yes"'), /^<Update>: key is a flag: write key on its own/],
    ['no time', '<Update title="t">\nx\n</Update>\n', /^<Update>: "time" is required/],
    ['no words', '<Update time="2026-06-15T09:30" />\n', /^<Update>: write its content between/],
  ])('%s', (_, body, message) => {
    const { problems } = compile(body);
    expect(problems).toEqual([{ line: fileLine(1), column: 1, message: expect.stringMatching(message) }]);
  });

  it('refuses two updates in the same minute: their anchors would be the same', () => {
    const { problems } = compile(update('2026-06-15T09:30', 'x') + update('2026-06-15T09:30:40', 'y'));
    expect(problems).toEqual([{ line: fileLine(5), column: 1, message: expect.stringMatching(/another update \(line 6\) has the same minute/) }]);
  });
});

describe('developing stories: what the site says about them', () => {
  const body = update('2026-06-15T09:30', 'Key.', ' title="Key" key') + update('2026-06-15T10:45', 'Newest.');

  it('reads the updates newest first, and a story without any is not a developing story unless marked live', () => {
    expect(storyUpdates(story(body)).map((u) => u.id)).toEqual(['update-2026-06-15-1045', 'update-2026-06-15-0930']);
    expect(isDevelopingStory(story(body))).toBe(true);
    expect(isDevelopingStory(story('Plain words.'))).toBe(false);
    expect(isDevelopingStory(story('Coverage starts soon.', { live: true }))).toBe(true);
  });

  it('last changed at its newest update, unless a correction came later', () => {
    expect(storyLastChange(story(body))?.instant.toISOString()).toBe('2026-06-15T09:45:00.000Z');
    const corrected = story(body, { corrections: [{ date: { instant: new Date('2026-06-15T11:00:00Z'), hasTime: true }, text: 'A fix.' }] });
    expect(storyLastChange(corrected)?.instant.toISOString()).toBe('2026-06-15T11:00:00.000Z');
    expect(storyLastChange(story('Plain words.', { corrections: [] }))).toBeUndefined();
  });

  it('ends its coverage at the newest update once the editor sets live to false', () => {
    expect(liveCoverage(story(body, { live: true }))?.end).toBeUndefined();
    expect(liveCoverage(story(body, { live: false }))?.end?.toISOString()).toBe('2026-06-15T09:45:00.000Z');
    expect(liveCoverage(story('Coverage starts soon.', { live: true }))).toEqual({ start: new Date('2026-06-15T07:00:00Z'), end: undefined, updates: [] });
    expect(liveCoverage(story('Plain words.'))).toBeUndefined();
  });
});

describe('findUpdateTimeProblems', () => {
  const now = new Date('2026-06-15T10:00:00Z');
  const check = (article: Article) => findUpdateTimeProblems([article], (a) => publicationStatus(a.data, now), now);

  it('names the line and column of an update before the story was published', () => {
    const article = story('\n\n' + update('2026-06-15T07:30', 'Too early.'));
    expect(check(article)).toEqual([
      { file: 'src/content/articles/live.mdx', line: fileLine(3), column: 1, field: 'body', message: '<Update time="…"> (15 June 2026 at 07:30 BST) is before the story\'s pubDate (15 June 2026 at 08:00 BST); an update cannot come before the story' },
    ]);
  });

  it('names an update after the build\'s now on a published story, not on an embargoed one or a draft', () => {
    const body = update('2026-06-15T12:30', 'Ahead.');
    expect(check(story(body)).map((p) => p.message)).toEqual([expect.stringMatching(/\(15 June 2026 at 12:30 BST\) is after the time of this build \(15 June 2026 at 11:00 BST\); check the date, or embargo the story/)]);
    expect(check(story(body, { pubDate: '2026-06-15T10:30:00Z' }))).toEqual([]);
    expect(check(story(body, { draft: true }))).toEqual([]);
  });
});

describe('LiveBlogPosting', () => {
  const input: NewsArticleInput = {
    url: 'https://news.example/articles/live/',
    headline: 'A developing story',
    description: 'What happened.',
    datePublished: '2026-06-15T08:00:00+01:00',
    dateModified: '2026-06-15T10:45:00+01:00',
    inLanguage: 'en-GB',
    keywords: [],
    images: [],
    corrections: [],
    authors: [],
    publisher: { id: 'https://news.example/#publisher', name: 'Dateline', url: 'https://news.example/', logo: { url: 'https://news.example/logo.png', width: 600, height: 60 }, policies: {} },
  };
  const posted = { headline: 'Newest', articleBody: 'Newest.', datePublished: '2026-06-15T10:45:00+01:00', url: 'https://news.example/articles/live/#update-2026-06-15-1045' };

  it('replaces NewsArticle for a developing story, with its coverage and one BlogPosting per update', () => {
    const data = newsArticle({ ...input, live: { coverageStartTime: input.datePublished, coverageEndTime: '2026-06-15T10:45:00+01:00', updates: [posted] } });
    expect(data['@type']).toBe('LiveBlogPosting');
    expect(data['coverageStartTime']).toBe('2026-06-15T08:00:00+01:00');
    expect(data['coverageEndTime']).toBe('2026-06-15T10:45:00+01:00');
    expect(data['liveBlogUpdate']).toEqual([{ '@type': 'BlogPosting', ...posted }]);
    expect(data['headline']).toBe('A developing story');
  });

  it('has no end while the coverage goes on, and other stories stay NewsArticle', () => {
    expect(newsArticle({ ...input, live: { coverageStartTime: input.datePublished, updates: [] } })).not.toHaveProperty('coverageEndTime');
    expect(newsArticle(input)['@type']).toBe('NewsArticle');
  });
});

describe('matchedUpdates: search results that lead to an update', () => {
  it('keeps the parts of a page under an update\'s heading, in page order, at most three, on this site only', () => {
    const section = (id: string | undefined, url = `/articles/live/#${id}`) => ({ title: `At ${id}\n`, url, anchor: id ? { id } : undefined });
    expect(
      matchedUpdates([
        section(undefined, '/articles/live/'),
        section('what-happened'),
        section('update-2026-06-15-1045'),
        section('update-2026-06-15-0930', 'https://elsewhere.example/#update-2026-06-15-0930'),
        section('update-2026-06-15-0900'),
        section('update-2026-06-15-0815'),
        section('update-2026-06-15-0800'),
      ]),
    ).toEqual([
      { title: 'At update-2026-06-15-1045', url: '/articles/live/#update-2026-06-15-1045' },
      { title: 'At update-2026-06-15-0900', url: '/articles/live/#update-2026-06-15-0900' },
      { title: 'At update-2026-06-15-0815', url: '/articles/live/#update-2026-06-15-0815' },
    ]);
    expect(matchedUpdates(undefined)).toEqual([]);
  });
});
