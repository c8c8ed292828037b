/**
 * An incremental build equals a cold build of the same content, byte for byte, and a killed
 * build leaves the previous site and a cache the next build can trust.
 *
 * One archive is changed a step at a time (a story added, edited, unpublished, deleted, then
 * time passing with no file changed: an embargo lifts and stories leave the news sitemap's two
 * days). After each step the site is built incrementally, with every cache of the steps before,
 * and cold, with none; every file of the two must be the same: pages, feeds, sitemaps, share
 * cards and the search index's shards.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeContent, projectRoot, runBuild, tempDir } from '../support/build';

const work = tempDir('equivalence');
const contentDir = join(work, 'content');
const article = (slug: string) => join(contentDir, 'articles', `${slug}.mdx`);

/** Builds with the caches every step shares: what a newsroom's publish pipeline keeps. */
const incremental = (now: string) =>
  runBuild({
    contentDir,
    outDir: join(work, 'dist'),
    cacheDir: join(work, 'cache'),
    env: { DATELINE_NOW: now, DATELINE_SOCIAL_CARD_CACHE_DIR: join(work, 'cards') },
  });

/** Builds from nothing: fresh caches, a fresh output folder. */
async function cold(now: string, name: string) {
  const dir = join(work, `cold-${name}`);
  const result = await runBuild({
    contentDir,
    outDir: join(dir, 'dist'),
    cacheDir: join(dir, 'cache'),
    env: { DATELINE_NOW: now, DATELINE_SOCIAL_CARD_CACHE_DIR: join(dir, 'cards') },
  });
  return { ...result, outDir: join(dir, 'dist') };
}

/** Every file under a folder, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

/** The files that differ between two built sites (missing on either side included). */
function differences(a: string, b: string): string[] {
  const left = filesUnder(a);
  const right = filesUnder(b);
  const all = [...new Set([...left, ...right])].sort();
  return all.filter((file) => !existsSync(join(a, file)) || !existsSync(join(b, file)) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
}

const before = '2026-06-15T12:00:00Z';
// After fixture-embargoed's embargo (2026-06-16 09:00 BST), and more than two days after the
// stories of 14 and 15 June, which then leave the news sitemap.
const later = '2026-06-17T12:00:00Z';

const newStory = `---
title: "Fixture: a story published between two builds"
standfirst: "Added to measure that an incremental build equals a cold one."
pubDate: "2026-06-15T11:00"
source: Reuters
topics: [china, trade]
readMore:
  - articles/jd-com-russian-chocolates
---

A paragraph that only this fixture holds: EQUIVALENCEMARKER.
`;

const steps: { name: string; now: string; change: () => void }[] = [
  { name: 'add a story', now: before, change: () => writeFileSync(article('fixture-equivalence-new'), newStory) },
  {
    name: 'edit a story',
    now: before,
    change: () => writeFileSync(article('fixture-equivalence-new'), newStory.replace('between two builds"', 'between two builds, retitled"').replace('EQUIVALENCEMARKER', 'EDITEDMARKER')),
  },
  {
    name: 'unpublish a story',
    now: before,
    change: () => writeFileSync(article('fixture-follow-up'), readFileSync(article('fixture-follow-up'), 'utf8').replace(/^---\n/, '---\ndraft: true\n')),
  },
  { name: 'delete a story', now: before, change: () => rmSync(article('fixture-equivalence-new')) },
  { name: 'let time pass', now: later, change: () => {} },
];

beforeAll(async () => {
  mergeContent(contentDir, join(projectRoot, 'src/content'), join(projectRoot, 'tests/fixtures/site-content'));
  const first = await incremental(before);
  expect(first.code, first.output).toBe(0);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an incremental build equals a cold build of the same content', () => {
  it.each(steps)('after each step: $name', async ({ name, now, change }) => {
    change();
    const warm = await incremental(now);
    expect(warm.code, warm.output).toBe(0);
    const fresh = await cold(now, name.replace(/\W+/g, '-'));
    expect(fresh.code, fresh.output).toBe(0);
    expect(differences(join(work, 'dist'), fresh.outDir)).toEqual([]);
    rmSync(join(fresh.outDir, '..'), { recursive: true, force: true });
  });
});

/** Starts a build in its own process group and kills the whole group when `when` says so. */
function killedBuild(now: string, when: (output: string) => boolean): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, 'scripts/build.mjs')], {
      cwd: projectRoot,
      detached: true,
      env: {
        ...process.env,
        DATELINE_CONTENT_DIR: contentDir,
        DATELINE_OUT_DIR: join(work, 'dist'),
        DATELINE_CACHE_DIR: join(work, 'cache'),
        DATELINE_SOCIAL_CARD_CACHE_DIR: join(work, 'cards'),
        DATELINE_NOW: now,
        NO_COLOR: '1',
      },
    });
    let output = '';
    let killed = false;
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (!killed && when(output)) {
        killed = true;
        process.kill(-child.pid!, 'SIGKILL');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', () => resolve(output));
  });
}

describe('a build killed with SIGKILL', () => {
  // Points in a build where a kill leaves different things half done: content sync (the
  // content store), page rendering (Astro's page cache), after Astro (search shards), and the
  // swap into place.
  const points: { at: string; when: (output: string) => boolean }[] = [
    { at: 'while content syncs', when: (output) => output.includes('Syncing content') },
    { at: 'while pages render', when: (output) => output.includes('generating static routes') },
    { at: 'while the search index is written', when: (output) => output.includes('[build] Complete!') },
  ];

  it.each(points)('$at leaves the previous site, and the next build equals a cold one', async ({ at, when }) => {
    const site = join(work, 'dist');
    const previous = filesUnder(site).map((file) => [file, readFileSync(join(site, file))] as const);
    appendFileSync(article('fixture-photo'), `\nA paragraph added before a build killed ${at}.\n`);
    const output = await killedBuild(later, when);
    expect(output).not.toContain('Built ');
    expect(filesUnder(site)).toEqual(previous.map(([file]) => file));
    for (const [file, bytes] of previous) expect(readFileSync(join(site, file)).equals(bytes), file).toBe(true);

    const next = await incremental(later);
    expect(next.code, next.output).toBe(0);
    const fresh = await cold(later, 'after-kill');
    expect(fresh.code, fresh.output).toBe(0);
    expect(differences(site, fresh.outDir)).toEqual([]);
    rmSync(join(fresh.outDir, '..'), { recursive: true, force: true });
  });
});

describe('two builds started at once', () => {
  it('run one after the other: the second waits for the first, and both succeed', async () => {
    const [first, second] = await Promise.all([incremental(later), incremental(later)]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    expect([first.output, second.output].filter((output) => output.includes('Waiting for another build'))).toHaveLength(1);
  });
});
