/**
 * Every kind of editor mistake fails the build with a non-zero exit and a message naming the
 * file and the field, and a failed build leaves the previous site in place.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runBuild, tempDir } from '../support/build';

const fixtures = join(projectRoot, 'tests/fixtures/bad-input');
const workDir = tempDir('bad-input');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const buildFixture = (name: string, outDir = join(workDir, name, 'dist')) =>
  runBuild({ contentDir: join(fixtures, name), outDir, cacheDir: join(workDir, name, 'cache') });

const cases: { fixture: string; file: string; says: RegExp }[] = [
  { fixture: 'missing-title', file: 'articles/no-title.mdx', says: /title: is required/ },
  { fixture: 'empty-title', file: 'articles/empty-title.mdx', says: /title: must not be empty/ },
  { fixture: 'bad-date', file: 'articles/bad-date.mdx', says: /pubDate: "3rd of March 2022" is not a date; write "2022-03-03"/ },
  {
    fixture: 'clock-change',
    file: 'articles/clock-change.mdx:3: pubDate',
    says: /pubDate: "2026-10-25T01:30" happens twice in Europe\/London[\s\S]*Add the offset you mean: "2026-10-25T01:30\+01:00" for the first/,
  },
  {
    // Every control character of a file at once, in the body too. (Collections sync in
    // parallel and the first that fails stops Astro: one collection per fixture here; the
    // build's full list after it is tested below.)
    fixture: 'control-characters-article',
    file: 'articles/wire-copy.mdx:9:19: body: U+001F, an invisible control character, in "Spurs beat Villa 7␟2 on Saturday."',
    says: /wire-copy\.mdx:11:26: body: U\+000C, an invisible control character/,
  },
  {
    fixture: 'control-characters-outside',
    file: 'read-more/wire-note.mdx:6:20: body: U+0008, an invisible control character, in "A note with a stray␈ backspace."',
    says: /wire-note\.mdx:2:14: title: U\+0096, an invisible control character, in "title: "Villa<U\+0096>Spurs: the match": often a lost “–”/,
  },
  {
    // Every string field, addresses included.
    fixture: 'escaped-control-character',
    file: 'articles/escaped-control-character.mdx:3:25: standfirst: holds U+001F, an invisible control character, in "Spurs won 7␟2 on Saturday.": often a lost dash',
    says: /escaped-control-character\.mdx:6:36: originalUrl: holds U\+001F, an invisible control character, in "https:\/\/example\.com\/a␟b"[\s\S]*escaped-control-character\.mdx:7:36: canonicalUrl: holds U\+0085/,
  },
  {
    fixture: 'not-utf-8',
    file: 'articles/not-utf-8.mdx:7:19: body: the file is not saved as UTF-8: byte 0x96, in "Spurs beat Villa 7�2 and said �well", was probably a Windows-1252 en dash (–). Save it as UTF-8',
    says: /not-utf-8\.mdx:2:12: title: the file is not saved as UTF-8: byte 0xE9[\s\S]*not-utf-8\.mdx:7:31: body: the file is not saved as UTF-8: byte 0x93/,
  },
  { fixture: 'unquoted-date', file: 'articles/unquoted-date.mdx', says: /pubDate: put the date in quotes/ },
  { fixture: 'unknown-topic', file: 'articles/unknown-topic.mdx', says: /topics\.1: "chocolate" is not a known topic; choose from china, russia/ },
  {
    fixture: 'missing-reference',
    file: 'articles/missing-reference.mdx',
    says: /missing-reference\.mdx: readMore\[0\]: "read-more\/no-such-story" does not exist/,
  },
  { fixture: 'unknown-author', file: 'articles/unknown-author.mdx', says: /unknown-author\.mdx: authors\[0\]: "nobody-fixture" is not an author \(no authors\/nobody-fixture\.mdx/ },
  { fixture: 'unsluggable-source', file: 'articles/unsluggable-source.mdx', says: /source: "新华社" has no letters or digits a web address can use/ },
  { fixture: 'duplicate-slug', file: 'articles/2023/same-story.mdx', says: /multiple entries with the same slug: `same-story`[\s\S]*2022\/same-story\.mdx/ },
  // The same file twice: Astro's own check compares paths only when the texts differ.
  {
    fixture: 'duplicate-identical',
    file: 'articles/2023/copied-story.mdx:1: file name: another file is also called copied-story.mdx (copied-story.mdx)',
    says: /duplicate-identical\/articles\/copied-story\.mdx:1: file name: another file is also called copied-story\.mdx \(2023\/copied-story\.mdx\)/,
  },
  {
    fixture: 'missing-picture',
    file: 'articles/missing-picture.mdx:9:1: body: "./shop-front.jpg": there is no such picture beside the file',
    says: /save it there, or correct the name/,
  },
  { fixture: 'image-without-alt', file: 'articles/image-without-alt.mdx', says: /image\.alt: is required/ },
  { fixture: 'mdx-syntax-error', file: 'articles/mdx-syntax-error.mdx:7:26', says: /body: "\{ brace that MDX reads as an…": a curly brace marks code in MDX, and this one is never closed\. To print the brace, write \\\{ \(here: "stray \\\{ brace"\)/ },
  {
    fixture: 'update-bad-time',
    file: 'articles/update-bad-time.mdx:10:1: body: <Update>: time "15 June, 9.30am" is not a date',
    says: /write "2022-03-03" \(a day, on the newsroom clock\), "2022-03-03T14:30"/,
  },
  {
    // Both at once, at each update's line: one before the story, one after the build's "now".
    fixture: 'update-out-of-range',
    file: 'articles/update-out-of-range.mdx:10:1: body: <Update time="…"> (15 June 2026 at 07:30 BST) is before the story\'s pubDate (15 June 2026 at 08:00 BST)',
    says: /update-out-of-range\.mdx:14:1: body: <Update time="…"> \(15 June 2099 at 09:30 BST\) is after the time of this build/,
  },
  // Every body of a collection at once, the same lines as npm run check's (tests/build/check.test.ts).
  {
    fixture: 'html-habits',
    file: 'articles/comment.mdx:8:1: body: "<!-- note to editors: check the figure -->": HTML comments are not allowed in MDX. For a note that is never published, write {/* note to editors: check the figure */}',
    says: /^(?=[\s\S]*line-break\.mdx:8:11: body: "<br>": MDX needs a slash in a tag that has no content: write <br \/>)(?=[\s\S]*half\.mdx:8:3: body: "\{1\/2\}": curly braces mark code)/,
  },
  // Every line of it is listed by tests/build/check.test.ts; the build names them the same way.
  { fixture: 'component-mistakes', file: 'articles/component-mistakes.mdx:30:1', says: /body: <iframe>: embedded frames are blocked by the site's security policy; use <Embed url="…" title="…">/ },
  // Found in the built site, before it is published; a draft's links are not published.
  { fixture: 'dead-site-links', file: 'articles/dead-site-links.mdx:7:52: body: "/topics/nope/" leads nowhere: there is no page or file at /topics/nope/ in the built site', says: /dead-site-links\.mdx:11:17: body: "\.\.\/no-such-story\/" leads nowhere: there is no page or file at \/articles\/no-such-story\/ in the built site/ },
  { fixture: 'bad-file-name', file: 'articles/Bad Name.mdx', says: /file name: "Bad Name\.mdx" cannot be a URL/ },
];

describe('a build with a mistake in the content', () => {
  it.each(cases)('$fixture: exits non-zero naming $file', async ({ fixture, file, says }) => {
    const { code, output } = await buildFixture(fixture);
    expect(code, output).not.toBe(0);
    expect(output).toContain(`${fixture}/${file}`);
    expect(output).toMatch(says);
    expect(output).toContain('Build failed: no dist/ was written');
  });
});

describe('a build that fails on content', () => {
  it('lists every problem of every file and collection, as npm run check does, not only the first Astro met', async () => {
    const { code, output } = await buildFixture('control-characters');
    expect(code).not.toBe(0);
    const list = output.slice(output.indexOf('Every problem in the content'));
    for (const place of ['articles/wire-copy.mdx:9:19: body: U+001F', 'articles/wire-copy.mdx:11:26: body: U+000C', 'read-more/wire-note.mdx:2:14: title: U+0096', 'read-more/wire-note.mdx:6:20: body: U+0008']) {
      expect(list).toContain(`control-characters/${place}`);
    }
  });
});

describe('links in any published body, checked against the built site', () => {
  it('fails on links from author, policy and outside-story pages and from frontmatter that lead nowhere, not on a draft\'s', async () => {
    // An absolute content folder, as DATELINE_CONTENT_DIR may be: links to files still resolve.
    const content = join(workDir, 'beyond-articles', 'content');
    cpSync(join(fixtures, 'dead-links-beyond-articles'), content, { recursive: true });
    const build = () => runBuild({ contentDir: content, outDir: join(workDir, 'beyond-articles', 'dist'), cacheDir: join(workDir, 'beyond-articles', 'cache') });
    const failed = await build();
    expect(failed.code).not.toBe(0);
    const file = (path: string) => relative(projectRoot, join(content, path));
    expect(failed.output.split('\n').filter((line) => line.includes('leads nowhere'))).toEqual([
      `${file('articles/file-links.mdx')}:5:16: canonicalUrl: "http://localhost:4321/articles/nope-canonical/" leads nowhere: there is no page or file at /articles/nope-canonical/ in the built site`,
      `${file('authors/ada-fixture.mdx')}:6:18: body: "/articles/nope-from-author/" leads nowhere: there is no page or file at /articles/nope-from-author/ in the built site`,
      `${file('policies/ethics.mdx')}:6:7: body: "../articles/secret-draft.mdx" leads nowhere: there is no page or file at /articles/secret-draft/ in the built site`,
      `${file('read-more/outside-note.mdx')}:7:16: body: "/articles/secret-draft/" leads nowhere: there is no page or file at /articles/secret-draft/ in the built site`,
    ]);

    // Fixed, the same cache builds, and the links written as files lead to the stories' pages.
    for (const path of ['authors/ada-fixture.mdx', 'policies/ethics.mdx', 'read-more/outside-note.mdx']) {
      writeFileSync(join(content, path), readFileSync(join(content, path), 'utf8').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'));
    }
    const withCanonical = join(content, 'articles/file-links.mdx');
    writeFileSync(withCanonical, readFileSync(withCanonical, 'utf8').replace('/articles/nope-canonical/', '/articles/linked-story/'));
    const fixed = await build();
    expect(fixed.code, fixed.output).toBe(0);
    const page = readFileSync(join(workDir, 'beyond-articles', 'dist', 'articles', 'file-links', 'index.html'), 'utf8');
    expect(page).toContain('href="/articles/linked-story/"');
    expect(page).toContain('href="/articles/linked-story/#top"');
  });
});

describe('control characters however they are written', () => {
  it('character references to them, in text, attributes and props, each at its line and column; not in code', async () => {
    const { code, output } = await buildFixture('character-references');
    expect(code, output).not.toBe(0);
    // As the body pipeline reports them (the check's list of every problem follows).
    const reported = output.slice(0, output.indexOf('Every problem in the content'));
    const found = [...reported.matchAll(/character-references\.mdx:(\d+):(\d+): body: (&#\w+;) stands for (U\+\w{4})/g)].map((m) => m.slice(1).join(' '));
    expect(found).toEqual([
      '7 19 &#x1f; U+001F',
      '7 31 &#31; U+001F',
      '7 41 &#x85; U+0085',
      '7 52 &#127; U+007F',
      '7 63 &#13; U+000D',
      '7 73 &#0; U+0000',
      '9 22 &#x1f; U+001F',
      '11 21 &#x96; U+0096',
      '15 20 &#8; U+0008',
    ]);
    expect(output).toContain('character-references.mdx:11:21: body: &#x96; stands for U+0096, an invisible control character, in "<Factbox title="Fact&#x96;box">": often a lost “–”');
  });

  it('shows every file\'s characters, even when what was left of a list then fails its schema', async () => {
    const { code, output } = await buildFixture('control-character-in-list');
    expect(code, output).not.toBe(0);
    const at = 'control-character-in-list/articles';
    expect(output).toContain(`${at}/a-topic-list.mdx:4:24: topics: U+001F, an invisible control character, in "[politics, "tra␟de"]": often a lost dash`);
    expect(output).toContain(`${at}/b-wire-copy.mdx:2:15: title: U+000B, an invisible control character`);
    expect(output).toContain(`${at}/b-wire-copy.mdx:7:26: body: U+000C, an invisible control character`);
    // Another mistake of the file is still listed; neither the blanked list's consequence nor a
    // parser's words about the raw file are.
    expect(output).toContain(`${at}/a-topic-list.mdx:5: draft: must be true or false`);
    expect(output).not.toContain('is not a known topic');
    expect(output).not.toMatch(/JSON|Error rendering/);
  });
});

describe('an atomic build', () => {
  it('keeps the previous site untouched when a later build fails', async () => {
    const outDir = join(workDir, 'atomic', 'dist');
    const good = await runBuild({ contentDir: join(projectRoot, 'src/content'), outDir, cacheDir: join(workDir, 'atomic', 'cache') });
    expect(good.code, good.output).toBe(0);
    const before = readdirSync(outDir, { recursive: true }).sort();
    const homeBefore = readFileSync(join(outDir, 'index.html'), 'utf8');

    // An MDX error surfaces while pages render, after Astro has emptied its output folder.
    const bad = await buildFixture('mdx-syntax-error', outDir);
    expect(bad.code).not.toBe(0);
    expect(bad.output).toContain('Build failed: the previous dist/ is unchanged');
    expect(readdirSync(outDir, { recursive: true }).sort()).toEqual(before);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(homeBefore);
    expect(readdirSync(join(workDir, 'atomic')).filter((name) => name.includes('staging'))).toEqual([]);
  });
});
