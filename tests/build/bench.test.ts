/**
 * Keeps `npm run bench` working: a run on 20 generated articles must produce a complete report.
 * It checks the report's shape, never a time (budgets belong to the bench itself).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, tempDir } from '../support/build';

const resultsDir = tempDir('bench-results');
afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

describe('npm run bench', () => {
  let run: SpawnSyncReturns<string>;
  let output = '';
  beforeAll(() => {
    run = spawnSync(process.execPath, [join(projectRoot, 'bench/bench.mjs'), '--articles', '20', '--publish', '--results', resultsDir], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    output = `${run.stdout}${run.stderr}`;
  });

  it('finishes with a verdict on the budgets (0 all met, 2 one missed), not a crash', () => {
    expect([0, 2], output).toContain(run.status);
    expect(output).toMatch(/^budget\s+limit\s+measured/m);
  });

  it('writes a JSON report with every figure the issue asks for', () => {
    const report = JSON.parse(readFileSync(join(resultsDir, 'latest-20.json'), 'utf8'));
    expect(report.articles).toBe(20);
    expect(report.corpus.readMoreItems).toBeGreaterThan(0);
    for (const build of [report.cold, report.warm]) {
      expect(build.exitCode).toBe(0);
      expect(build.wallMs).toBeGreaterThan(0);
      expect(build.peakRss).toBeGreaterThan(0);
      expect(Object.keys(build.phases)).toEqual(
        expect.arrayContaining(['contentSync', 'bundling', 'pageRendering', 'feeds', 'relatedPass', 'searchIndexing']),
      );
      expect(typeof build.phases.pageRendering).toBe('number');
      expect(typeof build.phases.relatedPass).toBe('number');
    }
    // --publish: a new story reached every place (the bench fails otherwise), then a correction.
    for (const build of [report.publish, report.correct]) {
      expect(build.exitCode).toBe(0);
      expect(build.wallMs).toBeGreaterThan(0);
    }
    expect(report.budgets.map((b: { name: string }) => b.name)).toContain('publish one story into 20');
    // 20 articles, their outside stories, listings and topic pages.
    expect(report.dist.htmlPages).toBeGreaterThan(22);
    expect(report.dist.distBytes).toBeGreaterThan(0);
    expect(report.perArticleMs.cold).toBeGreaterThan(0);
    const page = report.browser.articlePage;
    expect(page.requests).toBeGreaterThanOrEqual(1);
    expect(page.byKind.html.gzip).toBeGreaterThan(0);
    expect(page.gzip).toBeLessThan(page.raw);
    expect(report.budgets.length).toBeGreaterThanOrEqual(7);
    for (const budget of report.budgets) expect(['pass', 'fail', 'absent']).toContain(budget.status);
    // A phase the site does not have yet is listed as absent, and its figure is null.
    for (const name of report.absentPhases) expect(report.cold.phases[name]).toBeNull();
  });
});
