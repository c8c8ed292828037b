/**
 * `npm run new` end to end, as an editor uses it: scaffold a draft into a content folder,
 * check it, build (the draft is nowhere), set draft: false, build (it is on the home page,
 * its topic page and its own page).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeContent, projectRoot, runBuild, tempDir } from '../support/build';
import { runCheck } from '../support/check';

const workDir = tempDir('new-article');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const contentDir = mergeContent(join(workDir, 'content'), join(projectRoot, 'src/content'));
const outDir = join(workDir, 'dist');
const headline = 'Fixture: trade talks resume & “progress” on 新闻';
const slug = 'fixture-trade-talks-resume-progress-on';
const file = join(contentDir, 'articles', `${slug}.mdx`);

function npmRunNew(...args: string[]) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/new-article.mjs'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, DATELINE_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const built = (path: string) => load(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
const listed = (path: string) => built(path)('.summary-title a').map((_, a) => built(path)(a).attr('href')).get();

describe('npm run new', () => {
  it('scaffolds a draft and says where it is and where to preview it', () => {
    const { code, stdout, stderr } = npmRunNew(headline, '--topic', 'trade', '--topic', 'china', '--source', 'Reuters');
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`Created ${file}`);
    expect(stdout).toContain(`Preview: http://localhost:4321/articles/${slug}/`);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^pubDate: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"$/m);
    expect(text).toMatch(/^draft: true$/m);
  });

  it('refuses to overwrite, and rejects an unknown topic naming the known ones', () => {
    const before = readFileSync(file, 'utf8');
    const again = npmRunNew(headline, '--topic', 'trade');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${file} already exists; nothing was written`);
    expect(readFileSync(file, 'utf8')).toBe(before);

    const unknown = npmRunNew('Another headline', '--topic', 'chocolate');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/"chocolate" is not a known topic; known topics: china, russia, .*, sport/);
  });

  it('writes a file that npm run check accepts', async () => {
    const { code, lines, log } = await runCheck(['--skip-types', '--skip-build'], { DATELINE_CONTENT_DIR: contentDir });
    expect(lines).toEqual([]);
    expect(code, log).toBe(0);
  });

  it('keeps the draft out of a production build, and publishes it once draft is false', async () => {
    const env = { DATELINE_CACHE_DIR: join(workDir, 'cache') };
    const draftBuild = await runBuild({ contentDir, outDir, ...env });
    expect(draftBuild.code, draftBuild.output).toBe(0);
    expect(() => built(`articles/${slug}`)).toThrow(/ENOENT/);
    expect(listed('')).not.toContain(`/articles/${slug}/`);
    expect(listed('topics/china')).not.toContain(`/articles/${slug}/`);

    // The editor writes the story and flips the switch.
    writeFileSync(file, `${readFileSync(file, 'utf8').replace(/^draft: true$/m, 'draft: false')}\nTest fixture body.\n`);
    const published = await runBuild({ contentDir, outDir, ...env });
    expect(published.code, published.output).toBe(0);
    expect(built(`articles/${slug}`)('h1').text()).toBe(headline);
    expect(built(`articles/${slug}`)('.byline .source').text()).toBe('Reuters');
    expect(listed('')[0]).toBe(`/articles/${slug}/`);
    expect(listed('topics/trade')).toEqual([`/articles/${slug}/`]);
    expect(listed('topics/china')).toContain(`/articles/${slug}/`);
  });
});
