import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { compileArticleBody } from '../../src/lib/article-body';
import { editorialComponents } from '../../src/editorial/registry';
import { embedProviders } from '../../src/editorial/embed';

const frontmatter = '---\ntitle: "A story"\npubDate: "2022-03-03"\ntopics: [china]\n---\n';
const compile = (body: string) => compileArticleBody(frontmatter + body, { path: 'articles/story.mdx', siteUrl: 'https://news.example' });
/** The body's HTML, failing the test on any problem. */
const rendered = (body: string) => {
  const { html, problems } = compile(body);
  expect(problems).toEqual([]);
  return load(html);
};
/** The line a body line has in the file: the frontmatter above takes five. */
const fileLine = (bodyLine: number) => bodyLine + 5;
const only = (body: string) => {
  const { problems } = compile(body);
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('editorial components: what readers get', () => {
  it('Figure: hands the photo to astro:assets with a srcset, and prints caption and credit', () => {
    const { html, imagePaths } = compile('<Figure src="./shop.jpg" alt="The shop front" credit="Reuters/A. Photographer" caption="The shop in Moscow." />\n');
    const $ = load(html);
    expect(imagePaths).toEqual(['./shop.jpg']);
    const options = JSON.parse($('figure.body-figure img').attr('__astro_image_')!);
    expect(options).toMatchObject({ src: './shop.jpg', alt: 'The shop front', widths: [608, 800, 1216], sizes: expect.stringContaining('38rem') });
    const avif = JSON.parse($('figure.body-figure picture > source').attr('__astro_image_')!);
    expect(avif).toMatchObject({ src: './shop.jpg', type: 'image/avif', format: 'avif', widths: [608, 800, 1216] });
    expect($('figcaption .caption').text()).toBe('The shop in Moscow.');
    expect($('figcaption .credit').text()).toBe('Photograph: Reuters/A. Photographer');
  });

  it('PullQuote: a blockquote with its speaker, left out of the search index', () => {
    const $ = rendered('<PullQuote by="A test speaker">\nA test quotation.\n</PullQuote>\n');
    expect($('figure.pull-quote').attr('data-pagefind-ignore')).toBeDefined();
    expect($('figure.pull-quote blockquote').text().trim()).toBe('A test quotation.');
    expect($('figure.pull-quote figcaption').text()).toBe('A test speaker');
  });

  it('KeyPoints: a labelled box with the list, at the top of the story', () => {
    const $ = rendered('<KeyPoints>\n- One\n- Two\n</KeyPoints>\n\nThe story.\n');
    expect($('aside.key-points').attr('aria-label')).toBe('Key points');
    expect($('aside.key-points li').map((_, li) => $(li).text()).get()).toEqual(['One', 'Two']);
    expect($('body').children().first().is('aside.key-points')).toBe(true);
  });

  it('Factbox: a boxed aside with its heading', () => {
    const $ = rendered('<Factbox title="Test facts">\n- A test fact\n</Factbox>\n');
    expect($('aside.factbox h2').text()).toBe('Test facts');
    expect($('aside.factbox li').text()).toBe('A test fact');
  });

  it('Timeline: an ordered list whose dates follow the frontmatter rules, on the newsroom clock', () => {
    const $ = rendered('<Timeline>\n<Event date="2021-12">Boycott.</Event>\n<Event date="2022-03-03">Removed.</Event>\n<Event date="2022-07-01T14:30">Back.</Event>\n</Timeline>\n');
    const times = $('ol.timeline > li time').map((_, t) => [[$(t).attr('datetime'), $(t).text()]]).get();
    expect(times).toEqual([
      ['2021-12', 'December 2021'],
      ['2022-03-03', '3 March 2022'],
      ['2022-07-01T14:30:00+01:00', '1 July 2022 at 14:30 BST'],
    ]);
    expect($('ol.timeline > li .timeline-text').first().text()).toBe('Boycott.');
  });

  it('RichLink: a marked link to the article, recorded as a card link for the checks and "Referenced by"', () => {
    const { html, contentLinks } = compile('Intro.\n\n<RichLink to="articles/earlier-story" />\n');
    const link = load(html)('aside.rich-link a');
    expect(link.attr('href')).toBe('/articles/earlier-story/');
    expect(link.attr('data-rich-link')).toBe('earlier-story');
    expect(contentLinks).toEqual([{ collection: 'articles', id: 'earlier-story', href: '/articles/earlier-story/', card: true, line: fileLine(3), column: 1 }]);
  });

  it('Embed: a placeholder naming the provider and the title that links out, with no frame or script', () => {
    const $ = rendered('<Embed url="https://www.youtube.com/watch?v=abc" title="The shop owner explains" />\n');
    expect($('figure.embed .embed-provider').text()).toBe('YouTube');
    expect($('figure.embed .embed-title').text()).toBe('The shop owner explains');
    expect($('figure.embed a').attr('href')).toBe('https://www.youtube.com/watch?v=abc');
    expect($('iframe, script, [src]').length).toBe(0);
  });

  it.each([
    ['https://youtu.be/abc', 'YouTube'],
    ['https://vimeo.com/76979871', 'Vimeo'],
    ['https://x.com/reuters/status/1500000000000000000', 'X'],
    ['https://twitter.com/reuters/status/1500000000000000000', 'X'],
    ['https://www.instagram.com/p/CaBcDeF/', 'Instagram'],
    ['https://www.tiktok.com/@reuters/video/7100000000000000000', 'TikTok'],
    ['https://bsky.app/profile/reuters.com/post/3kabc', 'Bluesky'],
    ['https://mastodon.social/@reuters/111111111111111111', 'Mastodon'],
    ['https://datawrapper.dwcdn.net/AbC12/1/', 'Datawrapper'],
    ['https://public.flourish.studio/visualisation/1234567/', 'Flourish'],
  ])('Embed knows %s as %s', (url, provider) => {
    expect(embedProviders.find((p) => p.matches(new URL(url)))?.name).toBe(provider);
  });
});

describe('editorial components: mistakes named at file:line', () => {
  it.each([
    ['<Figure src="./a.jpg" alt="A" />', /<Figure>: "credit" is required: who took it/],
    ['<Figure src="https://cdn.example/a.jpg" alt="A" credit="C" />', /<Figure>: src: .* must be a file beside the article/],
    ['<PullQuote by="X" colour="red">\nQ.\n</PullQuote>', /<PullQuote>: unknown prop "colour"; it takes by/],
    ['<PullQuote by="X" />', /<PullQuote>: write its content between <PullQuote> and <\/PullQuote>/],
    ['<Embed url="https://www.youtube.com/watch?v=x" title="T">\nText.\n</Embed>', /<Embed> takes no content/],
    ['<Embed url="https://video.example/x" title="T" />', /<Embed>: url: "video.example" is not a site we embed from; use one of YouTube, Vimeo/],
    ['<Embed url="not a url" title="T" />', /<Embed>: url: "not a url" is not a web address/],
    ['<Factbox>\n- A fact\n</Factbox>', /<Factbox>: "title" is required/],
    ['<RichLink to="/articles/x/" />', /<RichLink>: to: .* must name one of our articles as articles\/<slug>/],
    ['<Timeline>\nA paragraph.\n</Timeline>', /<Timeline>: write only <Event date="…">…<\/Event> inside it/],
    ['<Event date="2022-03-03">X.</Event>', /<Event> belongs inside <Timeline>/],
    ['<Chart data="x" />', /<Chart> is not one of the newsroom's components; use one of <KeyPoints>, <Figure>/],
  ])('refuses %s', (body, message) => {
    expect(only(`Intro.\n\n${body}\n`)).toMatchObject({ line: fileLine(3), message: expect.stringMatching(message) });
  });

  it.each([
    ['<KeyPoints>\n- Only one\n</KeyPoints>', '<KeyPoints>: has 1 point; write 2 to 5'],
    ['<KeyPoints>\n- 1\n- 2\n- 3\n- 4\n- 5\n- 6\n</KeyPoints>', '<KeyPoints>: has 6 points; write 2 to 5'],
    ['<KeyPoints>\nA paragraph.\n</KeyPoints>', '<KeyPoints>: write the points as a Markdown list ("- " before each), and nothing else'],
  ])('refuses key points that are not 2 to 5 list items: %s', (body, message) => {
    expect(only(`${body}\n`)).toEqual({ line: fileLine(1), column: 1, message });
  });

  it('asks for quoted prop values, not code', () => {
    const { problems } = compile('<Figure src={photo} alt="A" credit="C" />\n');
    expect(problems[0]).toMatchObject({ line: fileLine(1), message: '<Figure src>: write the value in quotes, e.g. src="…", not in braces' });
  });

  it('refuses an event date that is not a month, a day or a time', () => {
    const { problems } = compile('<Timeline>\n<Event date="March 2022">X.</Event>\n</Timeline>\n');
    expect(problems).toEqual([{ line: fileLine(2), column: 1, message: expect.stringMatching(/^<Event>: date: "March 2022" is not a date; write "2021-12" \(a month\), "2022-03-03"/) }]);
  });

  it('refuses key points below the opening of the story', () => {
    expect(only('Intro.\n\n<KeyPoints>\n- One\n- Two\n</KeyPoints>\n')).toMatchObject({ line: fileLine(3), message: '<KeyPoints> goes at the top of the story, before its first paragraph' });
  });

  it('reports a mistake inside a timeline once, at the event', () => {
    const { problems } = compile('<Timeline>\n<Event date="2022-02-30">X.</Event>\n</Timeline>\n');
    expect(problems).toEqual([{ line: fileLine(2), column: 1, message: '<Event>: date: "2022-02-30" is not a real date or time' }]);
  });
});

describe('headings in and around components, in reading order', () => {
  const headingsOf = (body: string) => {
    const { html, problems } = compile(body);
    return { problems, outline: load(html)('h2, h3, h4').map((_, h) => `${h.tagName}: ${load(h).text()}`).get() };
  };

  it('reads an <Update>\'s heading (an h2) before its content: a "###" in it sits under it', () => {
    const body = '<Update time="2022-03-03T09:30" title="First result declared">\n\n### What it means\n\nThe seat changed hands.\n\n</Update>\n';
    const { problems, outline } = headingsOf(body);
    expect(problems).toEqual([]);
    expect(outline).toEqual(['h2: 09:30 GMT 3 March 2022 First result declared', 'h3: What it means']);
  });

  it('reads a <Factbox>\'s title (an h2) before its content: a "###" in it sits under it, a "####" still skips', () => {
    expect(headingsOf('<Factbox title="Box">\n\n### Sub\n\n- A fact\n\n</Factbox>\n').problems).toEqual([]);
    expect(only('<Factbox title="Box">\n\n#### Too deep\n\n- A fact\n\n</Factbox>\n')).toEqual({
      line: fileLine(3),
      column: 1,
      message: 'a level-4 heading ("####") follows level 2: do not skip levels; use "###"',
    });
  });

  it('goes on from the story\'s own level after a box: its headings do not carry the story\'s', () => {
    const body = '## Background\n\n<Factbox title="Box">\n\n### Sub\n\n- A fact\n\n</Factbox>\n\n#### After the box\n';
    expect(only(body)).toMatchObject({ line: fileLine(11), message: expect.stringMatching(/^a level-4 heading \("####"\) follows level 2: .*use "###"$/) });
    expect(compile(body.replace('#### After', '### After')).problems).toEqual([]);
  });

  it('gives ids in reading order: the box\'s title first', () => {
    const { headings } = compile('<Factbox title="Sub">\n\n### Sub\n\n- A fact\n\n</Factbox>\n');
    expect(headings).toEqual([
      { depth: 2, slug: 'sub', text: 'Sub' },
      { depth: 3, slug: 'sub-1', text: 'Sub' },
    ]);
  });
});

describe('the README documents every component', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it.each([...editorialComponents.values()].map((c) => [c.name, c] as const))('%s: its example is in the README and compiles cleanly', (_name, component) => {
    expect(readme).toContain(component.example);
    const wrapped = component.within ? `<${component.within}>\n${component.example}\n</${component.within}>` : component.example;
    const { problems } = compile(`${wrapped}\n`);
    // The examples name images and articles of the real site; only the body's own rules apply here.
    expect(problems).toEqual([]);
  });
});
