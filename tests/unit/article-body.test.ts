import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { compileArticleBody, contentFileTarget, formatBodyProblems } from '../../src/lib/article-body';

const frontmatter = '---\ntitle: "A story"\npubDate: "2022-03-03"\ntopics: [china]\n---\n';
const compile = (body: string, path = 'articles/story.mdx') => compileArticleBody(frontmatter + body, { path, siteUrl: 'https://news.example' });
/** The line a body line has in the file: the frontmatter above takes five. */
const fileLine = (bodyLine: number) => bodyLine + 5;

describe('compileArticleBody: what readers get', () => {
  it('renders Markdown, GFM and smart punctuation as Astro\'s MDX does', () => {
    const { html, problems } = compile('A *word* and "quotes" -- ~~struck~~.\n\n- [x] done\n');
    expect(problems).toEqual([]);
    const $ = load(html);
    expect($('p').first().html()).toBe('A <em>word</em> and “quotes” – <del>struck</del>.');
    expect($('li input[type=checkbox]').attr('checked')).toBeDefined();
  });

  it('gives body headings ids and lists them', () => {
    const { html, headings } = compile('## What happened\n\nText.\n\n### The shop\n');
    expect(load(html)('h2').attr('id')).toBe('what-happened');
    expect(headings).toEqual([
      { depth: 2, slug: 'what-happened', text: 'What happened' },
      { depth: 3, slug: 'the-shop', text: 'The shop' },
    ]);
  });

  it('aligns table columns with classes instead of style attributes the CSP blocks', () => {
    const { html } = compile('| Item | Price |\n| :-- | --: |\n| Vodka | 528 |\n');
    const $ = load(html);
    expect($('[style]').length).toBe(0);
    expect($('th').last().attr('class')).toBe('align-right');
    expect($('td').first().attr('class')).toBe('align-left');
  });

  it('marks links to other sites and keeps our own links plain', () => {
    const { html } = compile('[Reuters](https://www.reuters.com/x) and [home](/topics/china/) and [same](https://news.example/a/)');
    const $ = load(html);
    expect($('a').eq(0).attr('rel')).toBe('noopener noreferrer');
    expect($('a').eq(0).find('.visually-hidden').text()).toBe(' (another site)');
    expect($('a').eq(1).attr('rel')).toBeUndefined();
    expect($('a').eq(2).attr('rel')).toBeUndefined();
  });

  it('turns a link to a content file into that entry\'s address and records it for checking', () => {
    const { html, contentLinks } = compile('[earlier](./other-story.mdx) and [outside](../read-more/wechat.mdx#top)');
    const $ = load(html);
    expect($('a').eq(0).attr('href')).toBe('/articles/other-story/');
    expect($('a').eq(1).attr('href')).toBe('/read-more/wechat/#top');
    expect(contentLinks.map(({ collection, id, line }) => ({ collection, id, line }))).toEqual([
      { collection: 'articles', id: 'other-story', line: fileLine(1) },
      { collection: 'readMore', id: 'wechat', line: fileLine(1) },
    ]);
  });

  it('records every link to our own site with its place, for the build to check against its output', () => {
    const { siteLinks } = compile(
      '[topic](/topics/nope/) and [same](https://news.example/search/?q=x)\n\n[mail](mailto:desk@news.example), [here](#key-events), [away](https://www.reuters.com/x), [story](/articles/x/) and [up](../../corrections/)',
    );
    expect(siteLinks).toEqual([
      { href: '/topics/nope/', line: fileLine(1), column: 1 },
      { href: 'https://news.example/search/?q=x', line: fileLine(1), column: 28 },
      { href: '/articles/x/', line: fileLine(3), column: 91, address: '/articles/x/' },
      { href: '../../corrections/', line: fileLine(3), column: 117 },
    ]);
  });

  it('hands images beside the article to astro:assets with their alt text and title', () => {
    const { html, imagePaths } = compile('![A shop front](./shop.jpg "The pavilion")');
    expect(imagePaths).toEqual(['./shop.jpg']);
    const marker = load(html)('img').attr('__astro_image_');
    expect(JSON.parse(marker!)).toEqual({ alt: 'A shop front', title: 'The pavilion', src: './shop.jpg', index: 0 });
  });

  it('keeps MDX comments out of the page', () => {
    const { html, problems } = compile('The story {/* check the figure */} begins.\n\n{/* Write here. */}\n');
    expect(problems).toEqual([]);
    expect(html).toBe('<p>The story  begins.</p>\n');
  });

  it('prints escaped braces and angle brackets as text', () => {
    const { html, problems } = compile('A \\{1/2\\} share; turnout was \\<40%.');
    expect(problems).toEqual([]);
    expect(load(html)('p').text()).toBe('A {1/2} share; turnout was <40%.');
  });
});

describe('compileArticleBody: mistakes named for editors, at file:line:column', () => {
  const only = (body: string) => {
    const { problems } = compile(body);
    expect(problems).toHaveLength(1);
    return problems[0]!;
  };

  it('refuses an expression in body text instead of printing its result', () => {
    const problem = only('Prosecutors said a {1/2} share of the fund was frozen.');
    expect(problem).toMatchObject({ line: fileLine(1), column: 20 });
    expect(problem.message).toContain('\\{1/2\\}');
  });

  it('explains a brace the parser cannot read, in plain words', () => {
    const problem = only('The source, {name withheld}, said so.');
    expect(problem.line).toBe(fileLine(1));
    expect(problem.message).toMatch(/curly braces mark code in MDX\. To print a brace, write \\\{/);
    expect(problem.message).not.toContain('oxc');
  });

  it('explains a "<" that is not a tag', () => {
    const problem = only('Turnout was <40% in the north.');
    expect(problem).toMatchObject({ line: fileLine(1), column: 13 });
    expect(problem.message).toMatch(/write \\</);
    expect(problem.message).not.toContain('link');
  });

  it.each([
    ['<iframe src="https://www.youtube.com/embed/x"></iframe>', /<iframe>: .*use <Embed/],
    ['<script>alert(1)</script>', /<script>: scripts are not allowed/],
    ['<style>{"p { color: red }"}</style>', /<style>: styles are not allowed/],
    ['<span onclick="steal()">x</span>', /<span onclick>: event handlers run code/],
    ['<span style="color:red">x</span>', /<span style>: inline styles are blocked/],
    ['<Chart data="x" />', /<Chart> is not one of the newsroom's components/],
    ['import Chart from "./chart.astro"', /import and export lines are not allowed/],
    ['![](./photo.jpg)', /needs alternative text/],
    ['![Map](https://maps.example/x.png)', /images from other sites are blocked/],
    ['[earlier](../../secrets/x.mdx)', /points outside the content folder/],
  ])('refuses %s', (body, message) => {
    expect(only(`Intro.\n\n${body}\n`)).toMatchObject({ line: fileLine(3), message: expect.stringMatching(message) });
  });

  it('keeps body headings under the headline and without skipped levels', () => {
    expect(only('# Second headline\n').message).toMatch(/second headline.*Start body headings at "##"/);
    expect(only('### Too deep\n').message).toMatch(/level-3 heading .* follows level 1.*use "##"/);
    expect(compile('## One\n\n### Two\n\n## Three\n').problems).toEqual([]);
  });

  it('reports every mistake of a file at once', () => {
    const { problems } = compile('A {1} b.\n\n<Chart />\n\n# Headline\n');
    expect(problems.map((p) => p.line)).toEqual([fileLine(1), fileLine(3), fileLine(5)]);
  });

  it('formats problems as file:line:column: body: message', () => {
    expect(formatBodyProblems([{ file: 'src/content/articles/a.mdx', problems: [{ line: 7, column: 3, message: 'oops' }] }])).toBe(
      '1 problem in article bodies:\nsrc/content/articles/a.mdx:7:3: body: oops',
    );
  });
});

describe('contentFileTarget', () => {
  it('resolves content files relative to the linking file', () => {
    expect(contentFileTarget('./b.mdx', 'articles/2022/a.mdx')).toEqual({ collection: 'articles', id: 'b', hash: '' });
    expect(contentFileTarget('../../read-more/c.mdx', 'articles/2022/a.mdx')).toEqual({ collection: 'readMore', id: 'c', hash: '' });
    expect(contentFileTarget('../../../x.mdx', 'articles/2022/a.mdx')).toBe('outside-content');
    expect(contentFileTarget('/articles/b/', 'articles/a.mdx')).toBeUndefined();
    expect(contentFileTarget('https://example.com/a.mdx', 'articles/a.mdx')).toBeUndefined();
  });
});
