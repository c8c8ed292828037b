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
      { href: '#key-events', line: fileLine(3), column: 35 },
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

  it('names a picture that is not beside the file at its line, without taking "%" for an escape', () => {
    const beside = new Set(['./shop.jpg', './100%.jpg']);
    const { problems } = compileArticleBody(frontmatter + '![A shop](./shop.jpg)\n\n![A chart](./100%.jpg)\n\n![A map](./Map.PNG)\n', {
      path: 'articles/story.mdx',
      siteUrl: 'https://news.example',
      imageExists: (path) => beside.has(path),
    });
    expect(problems).toEqual([
      { line: fileLine(5), column: 1, message: '"./Map.PNG": there is no such picture beside the file; save it there, or correct the name (letters\' case counts)' },
    ]);
  });

  it('keeps MDX comments out of the page, and the space of only one side of them', () => {
    const { html, problems } = compile('The story {/* check the figure */} begins.\n\n{/* Write here. */}\n');
    expect(problems).toEqual([]);
    expect(html).toBe('<p>The story begins.</p>\n');
    expect(load(compile('Intro {/* x */}. Then{/* y */} more. {/* z */} Last').html)('p').text()).toBe('Intro. Then more. Last');
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

  it('explains a brace the parser cannot read at its "{", quoting it whole, with the fix in the editor\'s words', () => {
    expect(only('The source, {name withheld}, said so.')).toEqual({
      line: fileLine(1),
      column: 13,
      message: '"{name withheld}": curly braces mark code in MDX. To print braces, write \\{name withheld\\}',
    });
    expect(only('It cost {£1,000} in all.')).toEqual({
      line: fileLine(1),
      column: 9,
      message: '"{£1,000}": curly braces mark code in MDX. To print braces, write \\{£1,000\\}',
    });
    // Over two lines, and with braces inside: every brace escaped, at the first "{".
    expect(only('Said {the\nsource {x} here}.')).toMatchObject({ line: fileLine(1), column: 6, message: expect.stringContaining('write \\{the source \\{x\\} here\\}') });
    expect(only('A stray { brace.')).toEqual({
      line: fileLine(1),
      column: 9,
      message: '"{ brace.": a curly brace marks code in MDX, and this one is never closed. To print the brace, write \\{ (here: "stray \\{ brace.")',
    });
    for (const body of ['The source, {name withheld}, said so.', 'It cost {£1,000}.', 'A stray { brace.']) expect(only(body).message).not.toMatch(/oxc|expression|Identifier/);
  });

  it('reports a syntax mistake in every paragraph at once, and the rest of the body\'s mistakes with them', () => {
    const { problems } = compile('The source, {name withheld}, said so.\n\nTurnout was <40% in the north.\n\nA <!-- note --> here.\n\nA {1/2} share.\n\n# Second headline\n');
    expect(problems.map(({ line, column, message }) => [line - fileLine(0), column, message.slice(0, 20)])).toEqual([
      [1, 13, '"{name withheld}": c'],
      [3, 13, '"<40%": "<" starts a'],
      [5, 3, '"<!-- note -->": HTM'],
      [7, 3, '"{1/2}": curly brace'],
      [9, 1, 'a "#" heading would '],
    ]);
  });

  it('stops at a tag left open: what the parser says after it would follow from it', () => {
    const { problems } = compile('Intro.\n\n<Factbox title="Box">\n\nText {x}.\n\nTurnout was <40%.\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('</Factbox>');
  });

  it('explains a "<" that is not a tag, with the fix in the editor\'s words', () => {
    const problem = only('Turnout was <40% in the north.');
    expect(problem).toEqual({ line: fileLine(1), column: 13, message: '"<40%": "<" starts a tag in MDX. To print the character, write \\<40%' });
  });

  // What editors used to HTML or Markdown write, and what MDX needs instead: never parser jargon.
  it.each([
    ['<!-- note to editors -->', 1, 'HTML comments are not allowed in MDX. For a note that is never published, write {/* note to editors */}'],
    ['Intro <!-- check this\nwith legal --> text.', 7, 'write {/* check this with legal */}'],
    ['First line<br>second', 11, '"<br>": MDX needs a slash in a tag that has no content: write <br />'],
    ['<hr>', 1, '"<hr>": MDX needs a slash in a tag that has no content: write <hr />'],
    ['A break<wbr>here', 8, 'write <wbr />'],
    ['<img src="./map.png" alt="Map">', 1, '"<img src="./map.png" alt="Map">": MDX needs a slash in a tag that has no content: write <img src="./map.png" alt="Map" />'],
    ['<Factbox title="Box">\n\n- A fact\n', 1, '"<Factbox title="Box">" is never closed: write </Factbox> on a line of its own after its content'],
    ['<Factbox title="Box">A fact', 1, 'put <Factbox title="Box"> on a line of its own, its content below it, and </Factbox> on a line of its own after the content'],
    ['<RichLink href="./other-story.mdx">', 1, 'write it as <RichLink href="./other-story.mdx" />, with the slash'],
    ['Write to <news@example.com>.', 10, '"<news@example.com>": MDX does not read an address in <…> as a link. Write [news@example.com](mailto:news@example.com), or the bare address news@example.com'],
    ['See <https://example.com/report>.', 5, 'Write [the words to link](https://example.com/report), or the bare address https://example.com/report'],
    ['<span>never closed', 1, '"<span>" is not closed before the end of its paragraph: write </span> in the same paragraph'],
    ['Then</span> more', 5, '"</span>" closes a tag that is not open here'],
    ['<b class=big>x</b>', 1, 'MDX needs attribute values in quotes: write class="big"'],
    ['<meta name="robots">', 1, '<meta>: a page\'s metadata comes from the frontmatter, not the body'],
  ])('explains %j at its column, with the fix', (body, column, message) => {
    const problem = only(body);
    expect(problem).toMatchObject({ line: fileLine(1), column });
    expect(problem.message).toContain(message);
    expect(problem.message).not.toMatch(/Expected a closing tag|before the end of `|valid JSX|before name|U\+0021/);
    // The old advice would have published the note or broken the link.
    expect(problem.message).not.toMatch(/write \\<(!|news|https)/);
  });

  it('finds an element without its slash where it is, not where the parser gave up', () => {
    expect(only('<Factbox title="Box">\n\nA line<br>\nanother.\n\n</Factbox>\n')).toMatchObject({ line: fileLine(3), column: 7, message: expect.stringContaining('write <br />') });
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

  it('reports a heading on the line of its text, a Setext one too', () => {
    expect(only('Intro.\n\nA second headline\n=================\n')).toMatchObject({ line: fileLine(3), column: 1 });
  });

  it('tells the other collections that the page has a title, not a headline', () => {
    const { problems } = compileArticleBody('---\nname: "A Reporter"\n---\n\n# About me\n', { path: 'authors/a-reporter.mdx', siteUrl: 'https://news.example' });
    expect(problems).toEqual([{ line: 5, column: 1, message: 'a "#" heading would be a second title; the page\'s title is already at its top. Start body headings at "##"' }]);
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
