/**
 * `npm run check` on content with each kind of mistake prints the line an editor needs,
 * `file:line: field: what is wrong` (`file:line:column:` where the mistake is at one place in
 * the line, as in every body), and exits non-zero; on good content it passes.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeContent, projectRoot, tempDir } from '../support/build';
import { runCheck } from '../support/check';

const workDir = tempDir('check');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const contentOnly = ['--skip-types', '--skip-build'];
const check = (fixture: string, args = contentOnly) =>
  runCheck(args, {
    DATELINE_CONTENT_DIR: `tests/fixtures/${fixture}`,
    DATELINE_OUT_DIR: join(workDir, fixture.replaceAll('/', '-'), 'dist'),
    DATELINE_CACHE_DIR: join(workDir, fixture.replaceAll('/', '-'), 'cache'),
  });

/** tests/fixtures/bad-input/component-mistakes: each line's mistake, as the editor reads it (all at column 1). */
const componentMistakes: [line: number, message: string][] = [
  [8, '<KeyPoints> goes at the top of the story, before its first paragraph'],
  [12, '<Figure>: "credit" is required: who took it, e.g. credit="Agency/Photographer"'],
  [14, '<PullQuote>: unknown prop "author"; it takes by'],
  [14, '<PullQuote>: "by" is required: who is quoted, e.g. by="Name, role"'],
  [18, '<Chart> is not one of the newsroom\'s components; use one of <KeyPoints>, <Figure>, <PullQuote>, <Factbox>, <Timeline>, <Event>, <RichLink>, <Embed>, <Update>'],
  [20, '<Timeline>: write only <Event date="…">…</Event> inside it'],
  [25, '<Event>: date: "3 March" is not a date; write "2021-12" (a month), "2022-03-03" (a day, on the newsroom clock), "2022-03-03T14:30" (newsroom clock) or "2022-03-03T14:30:00+08:00" (any offset)'],
  [28, '<Embed>: url: "video.example.com" is not a site we embed from; use one of YouTube, Vimeo, X, Instagram, TikTok, Bluesky, Datawrapper, Flourish, Mastodon, or link to it in the text'],
  [30, '<iframe>: embedded frames are blocked by the site\'s security policy; use <Embed url="…" title="…"> for a video or post'],
  [32, '<script>: scripts are not allowed in an article'],
  [34, '<style>: styles are not allowed in an article; the site\'s stylesheet styles every element'],
  [36, '<span onclick>: event handlers run code and are not allowed in an article'],
];

const badInput: { fixture: string; line: string }[] = [
  { fixture: 'missing-title', line: 'articles/no-title.mdx:1: title: is required' },
  { fixture: 'empty-title', line: 'articles/empty-title.mdx:2: title: must not be empty' },
  { fixture: 'bad-date', line: 'articles/bad-date.mdx:3: pubDate: "3rd of March 2022" is not a date; write "2022-03-03"' },
  { fixture: 'clock-change', line: 'articles/clock-change.mdx:3: pubDate: "2026-10-25T01:30" happens twice in Europe/London' },
  { fixture: 'clock-change', line: 'articles/clock-change.mdx:6: corrections[0].date: "2027-03-28T01:15" never happens in Europe/London' },
  { fixture: 'control-characters', line: 'articles/wire-copy.mdx:9:19: body: U+001F, an invisible control character, in "Spurs beat Villa 7␟2 on Saturday.": often a lost dash' },
  { fixture: 'control-characters', line: 'articles/wire-copy.mdx:11:26: body: U+000C, an invisible control character' },
  { fixture: 'control-characters', line: 'read-more/wire-note.mdx:2:14: title: U+0096, an invisible control character' },
  { fixture: 'control-characters', line: 'read-more/wire-note.mdx:6:20: body: U+0008, an invisible control character' },
  { fixture: 'escaped-control-character', line: 'articles/escaped-control-character.mdx:3:25: standfirst: holds U+001F, an invisible control character' },
  // Every string field of every collection, addresses and lists included.
  { fixture: 'escaped-control-character', line: 'articles/escaped-control-character.mdx:6:36: originalUrl: holds U+001F, an invisible control character, in "https://example.com/a␟b"' },
  { fixture: 'escaped-control-character', line: 'articles/escaped-control-character.mdx:7:36: canonicalUrl: holds U+0085, an invisible control character' },
  { fixture: 'escaped-control-in-addresses', line: 'authors/ann-fixture.mdx:3:31: links[0]: holds U+001F, an invisible control character, in "https://example.com/b␟ob"' },
  { fixture: 'escaped-control-in-addresses', line: 'read-more/wire-note.mdx:4:27: url: holds U+001F, an invisible control character' },
  { fixture: 'control-character-in-list', line: 'articles/a-topic-list.mdx:4:24: topics: U+001F, an invisible control character, in "[politics, "tra␟de"]"' },
  { fixture: 'control-character-in-list', line: 'articles/b-wire-copy.mdx:2:15: title: U+000B, an invisible control character' },
  // Its field's other mistakes are consequences of the blanked character ("tra de"); others are not.
  { fixture: 'control-character-in-list', line: 'articles/a-topic-list.mdx:5: draft: must be true or false' },
  {
    fixture: 'not-utf-8',
    line: 'articles/not-utf-8.mdx:7:19: body: the file is not saved as UTF-8: byte 0x96, in "Spurs beat Villa 7�2 and said �well", was probably a Windows-1252 en dash (–). Save it as UTF-8',
  },
  { fixture: 'not-utf-8', line: 'articles/not-utf-8.mdx:2:12: title: the file is not saved as UTF-8: byte 0xE9' },
  { fixture: 'unquoted-date', line: 'articles/unquoted-date.mdx:3: pubDate: put the date in quotes' },
  { fixture: 'unknown-topic', line: 'articles/unknown-topic.mdx:4: topics[1]: "chocolate" is not a known topic; choose from china, russia' },
  { fixture: 'missing-reference', line: 'articles/missing-reference.mdx:6: readMore[0]: "read-more/no-such-story" does not exist' },
  { fixture: 'unknown-author', line: 'articles/unknown-author.mdx:5: authors[0]: "nobody-fixture" is not an author (no authors/nobody-fixture.mdx in the content folder)' },
  { fixture: 'unsluggable-source', line: 'articles/unsluggable-source.mdx:4: source: "新华社" has no letters or digits a web address can use' },
  { fixture: 'duplicate-slug', line: 'articles/2023/same-story.mdx:1: file name: another file is also called same-story.mdx (2022/same-story.mdx)' },
  { fixture: 'image-without-alt', line: 'articles/image-without-alt.mdx:5: image.alt: is required' },
  { fixture: 'bad-language', line: 'articles/bad-language.mdx:3: lang: "Chinese" is not a language tag; write a BCP 47 tag such as "zh"' },
  { fixture: 'bad-file-name', line: 'articles/Bad Name.mdx:1: file name: "Bad Name.mdx" cannot be a URL' },
];

describe('npm run check on content with a mistake', () => {
  it.each(badInput)('$fixture: prints $line', async ({ fixture, line }) => {
    const { code, lines, log } = await check(`bad-input/${fixture}`);
    expect(code, log).toBe(1);
    expect(lines.some((printed) => printed.startsWith(`tests/fixtures/bad-input/${fixture}/${line}`)), lines.join('\n')).toBe(true);
  });

  it('reports every mistake at once, not only the first, and skips the build', async () => {
    const { code, lines, log } = await check('check/many-mistakes', []);
    const at = 'tests/fixtures/check/many-mistakes/articles';
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${at}/bad-references.mdx:6: readMore[0]: "articles/bad-references" is this article itself`,
      `${at}/bad-references.mdx:8: readMore[2]: "read-more/nowhere" does not exist (no read-more/nowhere.mdx in the content folder)`,
      `${at}/broken-yaml.mdx:2: frontmatter: is not valid YAML: Missing closing "quote`,
      expect.stringMatching(new RegExp(`^${at}/many-mistakes\\.mdx:4: topics\\[1\\]: "chocolate" is not a known topic`)),
      `${at}/many-mistakes.mdx:5: draft: must be true or false`,
      expect.stringMatching(new RegExp(`^${at}/many-mistakes\\.mdx:6: standfrist: is not a field here; check the spelling \\(fields: title, kind, standfirst,`)),
    ]);
    expect(log).toContain('Type check and build skipped');
  });

  it('refuses character references to control characters in text, attributes and props, but not in code', async () => {
    const { code, lines } = await check('bad-input/character-references');
    const at = (line: number, column: number, message: string) =>
      expect.stringMatching(new RegExp(`^tests/fixtures/bad-input/character-references/articles/character-references\\.mdx:${line}:${column}: body: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(code).toBe(1);
    expect(lines).toEqual([
      at(7, 19, '&#x1f; stands for U+001F, an invisible control character, in "Spurs beat Villa 7&#x1f;2 and &#31; and": often a lost dash'),
      at(7, 31, '&#31; stands for U+001F'),
      at(7, 41, '&#x85; stands for U+0085'),
      at(7, 52, '&#127; stands for U+007F'),
      at(7, 63, '&#13; stands for U+000D'),
      at(7, 73, '&#0; stands for U+0000'),
      at(9, 22, '&#x1f; stands for U+001F, an invisible control character, in "<abbr title="Euro&#x1f;pean"'),
      at(11, 21, '&#x96; stands for U+0096, an invisible control character, in "<Factbox title="Fact&#x96;box">": often a lost “–”'),
      at(15, 20, '&#8; stands for U+0008'),
    ]);
  });

  it('finds an MDX syntax error in its content step, at its line and column, in words for an editor', async () => {
    const { code, lines, log } = await check('bad-input/mdx-syntax-error', ['--skip-types']);
    expect(code).toBe(1);
    expect(lines).toEqual([
      'tests/fixtures/bad-input/mdx-syntax-error/articles/mdx-syntax-error.mdx:7:26: body: "{ brace that MDX reads as an…": a curly brace marks code in MDX, and this one is never closed. To print the brace, write \\{ (here: "stray \\{ brace")',
    ]);
    expect(log).toContain('Type check and build skipped');
  });

  it('names each habit from HTML and Markdown that MDX does not read, at file:line:column, with the fix', async () => {
    const { code, lines } = await check('bad-input/html-habits', ['--skip-types']);
    const at = 'tests/fixtures/bad-input/html-habits/articles';
    expect(lines).toEqual([
      `${at}/autolink.mdx:8:22: body: "<news@example.com>": MDX does not read an address in <…> as a link. Write [news@example.com](mailto:news@example.com), or the bare address news@example.com`,
      `${at}/braces.mdx:8:13: body: "{name withheld}": curly braces mark code in MDX. To print braces, write \\{name withheld\\}`,
      `${at}/comment.mdx:8:1: body: "<!-- note to editors: check the figure -->": HTML comments are not allowed in MDX. For a note that is never published, write {/* note to editors: check the figure */}`,
      `${at}/half.mdx:8:3: body: "{1/2}": curly braces mark code in MDX, and the text would be replaced by its result. To print braces, write \\{1/2\\}`,
      `${at}/line-break.mdx:8:11: body: "<br>": MDX needs a slash in a tag that has no content: write <br />`,
      `${at}/unclosed-factbox.mdx:8:1: body: "<Factbox title="Box">" is never closed: write </Factbox> on a line of its own after its content`,
    ]);
    expect(code).toBe(1);
  });

  it('finds every mistake in a developing story\'s update times at its line and column, at once', async () => {
    const { code, lines } = await check('check/update-mistakes', ['--skip-types']);
    const file = 'tests/fixtures/check/update-mistakes/articles/update-mistakes.mdx';
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${file}:10:1: body: <Update>: time "2026-06-15T25:00" is not a real date or time$`)),
      `${file}:14:1: body: <Update time="…"> (15 June 2026 at 07:30 BST) is before the story's pubDate (15 June 2026 at 08:00 BST); an update cannot come before the story`,
      expect.stringMatching(new RegExp(`^${file}:18:1: body: <Update time="…"> \\(15 June 2099 at 09:30 BST\\) is after the time of this build \\(.*\\); check the date, or embargo the story until then$`)),
      `${file}:22:1: body: <Update>: a key event needs a title, which the "Key events" list links to: add title="…"`,
    ]);
    expect(code).toBe(1);
  });

  it('names each mistake in an editorial component at its line, with what to write instead', async () => {
    const { code, lines } = await check('bad-input/component-mistakes', ['--skip-types']);
    const file = 'tests/fixtures/bad-input/component-mistakes/articles/component-mistakes.mdx';
    expect(code).toBe(1);
    expect(lines).toEqual(componentMistakes.map(([line, message]) => `${file}:${line}:1: body: ${message}`));
  });

  it('finds links to articles that do not exist or are not published where the editor wrote them', async () => {
    const { code, lines } = await check('check/broken-links', []);
    const file = 'tests/fixtures/check/broken-links/articles/broken-links.mdx';
    expect(lines).toEqual([
      `${file}:7:11: body: "/articles/no-such-story/" leads nowhere: there is no article "no-such-story" (no no-such-story.mdx in the content folder)`,
      `${file}:9:11: body: "/articles/unpublished-draft/" links to an article that is a draft, so the link would lead nowhere`,
      `${file}:13:1: body: "/articles/no-such-card/" leads nowhere: there is no article "no-such-card" (no no-such-card.mdx in the content folder)`,
      `${file}:15:1: body: "/articles/unpublished-draft/" links to an article that is a draft, so the link would lead nowhere`,
    ]);
    expect(code).toBe(1);
  });

  it('lists every mistake of pasted copy at once, one per paragraph, at line and column', async () => {
    const { code, lines } = await check('check/pasted-copy');
    const file = 'tests/fixtures/check/pasted-copy/articles/pasted-copy.mdx';
    expect(lines).toEqual([
      `${file}:7:13: body: "{name withheld}": curly braces mark code in MDX. To print braces, write \\{name withheld\\}`,
      `${file}:9:13: body: "<40%": "<" starts a tag in MDX. To print the character, write \\<40%`,
      `${file}:11:20: body: "{1/2}": curly braces mark code in MDX, and the text would be replaced by its result. To print braces, write \\{1/2\\}`,
    ]);
    expect(code).toBe(1);
  });

  it('finds links to our own pages that the build did not make, where the editor wrote them', async () => {
    const { code, lines } = await check('bad-input/dead-site-links', ['--skip-types']);
    const file = 'tests/fixtures/bad-input/dead-site-links/articles/dead-site-links.mdx';
    expect(lines).toEqual([
      `${file}:7:52: body: "/topics/nope/" leads nowhere: there is no page or file at /topics/nope/ in the built site`,
      `${file}:9:82: body: "http://localhost:4321/archive/1999/01/" leads nowhere: there is no page or file at /archive/1999/01/ in the built site`,
      `${file}:11:17: body: "../no-such-story/" leads nowhere: there is no page or file at /articles/no-such-story/ in the built site`,
      `${file}:13:5: body: "#no-such-heading" leads to no "#no-such-heading" on /articles/dead-site-links/: no heading or other element there has that id`,
    ]);
    expect(code).toBe(1);
  });
});

describe('npm run check on good content', () => {
  it('passes the real content and its built links', async () => {
    const { code, lines, log } = await runCheck(['--skip-types'], {
      DATELINE_OUT_DIR: join(workDir, 'good', 'dist'),
    });
    expect(lines).toEqual([]);
    expect(code, log).toBe(0);
    expect(log).toContain('npm run check: no problems found.');
    // The product ships no policy texts: the check names every kind as a note, not a problem,
    // and the built site has no standards page and no link to one.
    expect(log).toContain(
      'note: policies not published: mission, ethics, corrections, verification, unnamed-sources, ownership, diversity, feedback, masthead (each is a file src/content/policies/<kind>.mdx, published at /about/<kind>/)',
    );
    const dist = join(workDir, 'good', 'dist');
    expect(existsSync(join(dist, 'about'))).toBe(false);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('href="/corrections/"');
    expect(home).not.toContain('href="/about/"');
  });

  it('names only the policies a newsroom has not written', async () => {
    const content = mergeContent(join(workDir, 'with-policies'), join(projectRoot, 'src/content'), join(projectRoot, 'tests/fixtures/site-content'));
    const { code, log } = await runCheck(['--skip-types', '--skip-build'], { DATELINE_CONTENT_DIR: content });
    expect(code, log).toBe(0);
    expect(log).toMatch(/note: policies not published: mission, verification, unnamed-sources, ownership, diversity, feedback \(/);
  });
});
