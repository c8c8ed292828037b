/** The pieces of `npm run check` that turn problems into `file:line: field: message` lines. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapedControlCharacterPlace, formatFieldPath, formatProblem, frontmatterLocator, parseFieldPath, yamlSyntaxError } from '../../scripts/lib/problems';
import { buildFailureProblem, schemaErrorProblems, typeCheckProblems } from '../../scripts/lib/tool-output';
import { checkLinks, urlPathOf } from '../../scripts/lib/check-links';

const article = `---
title: "A headline"
pubDate: "2022-03-03"
topics: [china, chocolate]
image:
  src: ./photo.png
  credit: Someone
readMore:
  - read-more/a
  - read-more/b
---

Body.
`;

describe('field paths', () => {
  it('are written the way editors and Astro name fields, and read back', () => {
    expect(formatFieldPath(['topics', 1])).toBe('topics[1]');
    expect(formatFieldPath(['image', 'alt'])).toBe('image.alt');
    expect(formatFieldPath([])).toBe('frontmatter');
    expect(parseFieldPath('readMore[10]')).toEqual(['readMore', 10]);
    expect(parseFieldPath('image.alt')).toEqual(['image', 'alt']);
  });
});

describe('frontmatterLocator', () => {
  const lineOf = frontmatterLocator(article);

  it('finds the line of a field, a list item in either list style, and a nested field', () => {
    expect(lineOf(['title'])).toBe(2);
    expect(lineOf(['topics', 1])).toBe(4);
    expect(lineOf(['readMore', 1])).toBe(10);
    expect(lineOf(['image', 'credit'])).toBe(7);
  });

  it('falls back to the enclosing field, or the opening --- for a missing field', () => {
    expect(lineOf(['image', 'alt'])).toBe(5);
    expect(lineOf(['standfirst'])).toBe(1);
    expect(frontmatterLocator(`\n\n${article}`)(['pubDate'])).toBe(5);
  });

  it('finds a control character written as a YAML escape at its column, in any field', () => {
    const escaped = [
      '---',
      'title: "Spurs won 7\\x1f2"',
      'standfirst: "Tab\\tand \\\\x1f written out, then \\u0096"',
      'image:',
      '  alt: "A line\\r\\nand a \\e"',
      'topics: [china, "sp\\N"]',
      'corrections:',
      '  - text: "first line',
      '      second \\b"',
      'plain: "no escape here"',
      '---',
    ].join('\n');
    expect(escapedControlCharacterPlace(escaped, ['title'])).toEqual({ line: 2, column: 20 });
    // A tab is allowed, and "\\x1f" is a backslash and "x1f".
    expect(escapedControlCharacterPlace(escaped, ['standfirst'])).toEqual({ line: 3, column: 47 });
    // "\r\n" is a line end; "\e" is ESC.
    expect(escapedControlCharacterPlace(escaped, ['image', 'alt'])).toEqual({ line: 5, column: 25 });
    expect(escapedControlCharacterPlace(escaped, ['topics', 1])).toEqual({ line: 6, column: 20 });
    expect(escapedControlCharacterPlace(escaped, ['corrections', 0, 'text'])).toEqual({ line: 9, column: 14 });
    expect(escapedControlCharacterPlace(escaped, ['plain'])).toBeUndefined();
    expect(escapedControlCharacterPlace(escaped, ['missing'])).toBeUndefined();
  });

  it('places a YAML syntax error on the line where the editor made it', () => {
    const broken = '---\ntitle: "Never closed\npubDate: "2022-03-03"\ntopics: [china]\n---\n';
    expect(yamlSyntaxError(broken, { message: 'js-yaml' })).toEqual({ line: 2, message: 'Missing closing "quote' });
  });
});

describe('formatProblem', () => {
  it('prints file:line: field: message, with project paths relative', () => {
    expect(formatProblem({ file: '/site/src/content/articles/x.mdx', line: 4, field: 'topics[1]', message: 'bad' }, '/site')).toBe(
      'src/content/articles/x.mdx:4: topics[1]: bad',
    );
    expect(formatProblem({ file: '/elsewhere/x.mdx', line: 1, field: 'title', message: 'is required' }, '/site')).toBe(
      '/elsewhere/x.mdx:1: title: is required',
    );
  });

  it('adds the column when the problem is one character', () => {
    expect(formatProblem({ file: '/site/x.mdx', line: 9, column: 19, field: 'body', message: 'U+001F…' }, '/site')).toBe('x.mdx:9:19: body: U+001F…');
  });
});

describe('tool output', () => {
  it('reads astro check errors, colours and all, and leaves warnings out', () => {
    const output =
      '\x1b[96msrc/lib/x.ts\x1b[0m:\x1b[93m1\x1b[0m:\x1b[93m7\x1b[0m - \x1b[91merror\x1b[0m\x1b[90m ts(2322): \x1b[0mType \'string\' is not assignable to type \'number\'.\n' +
      'src/pages/a.astro:3:1 - warning ts(6133): unused.\n';
    expect(typeCheckProblems(output, '/site')).toEqual([
      { file: '/site/src/lib/x.ts', line: 1, field: 'type', message: "Type 'string' is not assignable to type 'number'. [ts(2322)]" },
    ]);
  });

  it('reads the place and message of a failed build', () => {
    const output = [
      '13:43:16 [ERROR] [vite] ✗ Build failed in 454ms',
      '7:26: Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:unexpected-character)',
      '  Location:',
      '    /site/src/content/articles/x.mdx:7:26',
      '  Stack trace:',
    ].join('\n');
    expect(buildFailureProblem(output)).toEqual({
      file: '/site/src/content/articles/x.mdx',
      line: 7,
      field: 'body',
      message: 'Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:unexpected-character)',
    });
    expect(buildFailureProblem('[ERROR] something without a place')).toBeUndefined();
  });
});

describe('schemaErrorProblems', () => {
  it("adds the line of each field to Astro's schema error, which names file and field only", () => {
    const output = [
      '\x1b[31m[InvalidContentEntryDataError]\x1b[39m articles → x data does not match collection schema.',
      '',
      '  topics.1: "chocolate" is not a known topic',
      '  image.alt: is required',
      '',
      '  Hint:',
      '    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.',
      '  Location:',
      '    /site/src/content/articles/x.mdx:0:0',
    ].join('\n');
    expect(schemaErrorProblems(output, () => article)).toEqual([
      { file: '/site/src/content/articles/x.mdx', line: 4, field: 'topics[1]', message: '"chocolate" is not a known topic' },
      { file: '/site/src/content/articles/x.mdx', line: 5, field: 'image.alt', message: 'is required' },
    ]);
    expect(schemaErrorProblems('[ERROR] something else', () => article)).toEqual([]);
  });

  it('adds the column of a control character written as a YAML escape', () => {
    const output = [
      '[InvalidContentEntryDataError] articles → x data does not match collection schema.',
      '',
      '  standfirst: holds U+001F, an invisible control character, in "Spurs won 7␟2.": often a lost dash',
      '',
      '  Location:',
      '    /site/src/content/articles/x.mdx:0:0',
    ].join('\n');
    expect(schemaErrorProblems(output, () => '---\ntitle: "A"\nstandfirst: "Spurs won 7\\x1f2."\n---\n')).toEqual([
      { file: '/site/src/content/articles/x.mdx', line: 3, column: 25, field: 'standfirst', message: 'holds U+001F, an invisible control character, in "Spurs won 7␟2.": often a lost dash' },
    ]);
  });
});

describe('checkLinks', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'dateline-links-'));
  const sourceDir = mkdtempSync(join(tmpdir(), 'dateline-links-src-'));
  afterAll(() => [outDir, sourceDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  write(join(outDir, 'index.html'), '<a href="/articles/a/">a</a>');
  write(join(outDir, 'favicon.svg'), '<svg/>');
  write(join(outDir, 'topics/index.html'), '');
  write(
    join(outDir, 'articles/a/index.html'),
    [
      '<!doctype html><html><head>',
      '<link rel="canonical" href="https://news.example/articles/a/">',
      '<meta property="og:image" content="https://news.example/og/a.png">',
      '<link rel="icon" href="/favicon.svg"></head><body>',
      '<a href="/articles/missing/">m</a> <a href="../../topics">t</a> <a href="#top">#</a> <a href="mailto:x@y">@</a>',
      '<a href="https://elsewhere.example/x/">out</a> <a href="/articles/draft/">d</a>',
      '<img srcset="/img/a.png 1x, /favicon.svg 2x" alt="">',
      '</body></html>',
    ].join('\n'),
  );
  const source = join(sourceDir, 'a.mdx');
  write(source, '---\ntitle: A\n---\n\nSee [the draft](/articles/draft/).\n');

  it('finds every address on our site that is not a file, where it was written', () => {
    const problems = checkLinks({
      outDir,
      origin: 'https://news.example',
      sources: new Map([['/articles/a/', source]]),
      unpublished: new Map([['/articles/draft/', 'draft']]),
    });
    const page = join(outDir, 'articles/a/index.html');
    expect(problems).toEqual([
      { file: page, line: 3, field: 'content', message: '"https://news.example/og/a.png" leads nowhere: there is no page or file at /og/a.png in the built site' },
      { file: page, line: 5, field: 'href', message: '"/articles/missing/" leads nowhere: there is no page or file at /articles/missing/ in the built site' },
      { file: source, line: 5, field: 'body', message: '"/articles/draft/" leads nowhere: that article is a draft, so it is not published' },
      { file: page, line: 7, field: 'srcset', message: '"/img/a.png" leads nowhere: there is no page or file at /img/a.png in the built site' },
    ]);
  });

  it('knows the address each built file is served at', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('articles/a/index.html')).toBe('/articles/a/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });
});
