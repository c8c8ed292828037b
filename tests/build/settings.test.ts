/**
 * A setting that becomes an address stops the build and the check at their start, naming the
 * setting: a topic key "c#" (on a copy of the project, so the real settings stay good) and a
 * SITE_URL without its scheme.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, projectRoot, runBuild, tempDir } from '../support/build';
import { runCheck } from '../support/check';

const workDir = tempDir('settings');
const root = join(workDir, 'project');
const contentDir = join(projectRoot, 'src/content');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

beforeAll(() => {
  copyProject(root);
  const config = join(root, 'src/site.config.ts');
  const text = readFileSync(config, 'utf8');
  writeFileSync(config, text.replace("  sport: 'Sport',\n", "  sport: 'Sport',\n  'c#': 'C#',\n"));
  expect(readFileSync(config, 'utf8')).toContain("'c#': 'C#'");
});

describe('a topic key that cannot be an address', () => {
  it('stops the build before anything is written, naming the setting', async () => {
    const outDir = join(workDir, 'dist');
    const { code, output } = await runBuild({ root, contentDir, outDir });
    expect(code, output).not.toBe(0);
    expect(output).toContain('src/site.config.ts: topics["c#"]: "c#" cannot be an address (/topics/c#/); use lowercase letters, digits and single hyphens');
    expect(output).toContain('Build failed: no dist/ was written');
  });

  it('is reported by npm run check at the line of the key', async () => {
    const line = readFileSync(join(root, 'src/site.config.ts'), 'utf8').split('\n').indexOf("  'c#': 'C#',") + 1;
    const { code, lines } = await runCheck(['--skip-types', '--skip-build'], { DATELINE_CONTENT_DIR: contentDir }, root);
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^src/site\\.config\\.ts:${line}: topics\\["c#"\\]: "c#" cannot be an address`))]);
  });
});

describe('a control character in a topic label', () => {
  // Its own copy of the project: the copy above must have one problem only.
  const labelRoot = join(workDir, 'label-project');
  beforeAll(() => {
    copyProject(labelRoot);
    const config = join(labelRoot, 'src/site.config.ts');
    writeFileSync(config, readFileSync(config, 'utf8').replace("  sport: 'Sport',\n", "  sport: 'Sport',\n  'ok-topic': 'OK\\x1flabel',\n"));
  });

  it('stops the build naming the setting, before a topic feed is written that is no longer XML', async () => {
    const { code, output } = await runBuild({ root: labelRoot, contentDir, outDir: join(workDir, 'label', 'dist') });
    expect(code, output).not.toBe(0);
    expect(output).toContain('src/site.config.ts: topics["ok-topic"]: holds U+001F, an invisible control character, in "OK␟label": often a lost dash');
    expect(output).toContain('Build failed: no dist/ was written');
  });

  it('is reported by npm run check at the line of the key', async () => {
    const line = readFileSync(join(labelRoot, 'src/site.config.ts'), 'utf8').split('\n').indexOf("  'ok-topic': 'OK\\x1flabel',") + 1;
    expect(line).toBeGreaterThan(0);
    const { code, lines } = await runCheck(['--skip-types', '--skip-build'], { DATELINE_CONTENT_DIR: contentDir }, labelRoot);
    expect(code).toBe(1);
    expect(lines).toEqual([`src/site.config.ts:${line}: topics["ok-topic"]: holds U+001F, an invisible control character, in "OK␟label": often a lost dash or hyphen (Word writes an optional hyphen this way): type the dash you mean, – or -`]);
  });
});

describe('a SITE_URL that is not an origin', () => {
  it('stops the build naming the variable, where Astro would say only "Invalid URL"', async () => {
    const outDir = join(workDir, 'site-url', 'dist');
    const { code, output } = await runBuild({ contentDir, outDir, env: { SITE_URL: 'news.example.com' } });
    expect(code, output).not.toBe(0);
    expect(output).toContain('SITE_URL: "news.example.com" is not an address; give the site\'s origin with https://, e.g. SITE_URL=https://news.example.com');
  });
});
