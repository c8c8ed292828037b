#!/usr/bin/env node
/**
 * `npm run bench -- --articles N`: how Dateline's build, pages and search grow with the archive.
 *
 * Generates N synthetic articles (scripts/generate-corpus.mjs) in a temporary folder, builds
 * them cold (a fresh, empty cache folder) and warm (same caches, one article changed) through
 * the real `npm run build` path, measures the output and a browser's view of it, prints a
 * table, writes JSON to bench/results/, and exits 2 when a budget (bench/budgets.mjs) is missed.
 *
 * Options: --articles N (1000), --runs R (1; times are medians of R cold+warm pairs),
 * --seed S (1), --no-browser, --keep (leave the temporary folder), --results DIR, --publish
 * (after each warm build, publish one new story and then correct one old story, each by
 * `npm run build` with the caches kept, and check the story is everywhere: bench/publish.mjs).
 * DATELINE_BENCH_LOG=file saves the last cold build's log, each line stamped with its milliseconds.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addBreakingArticle, correctOneArticle, editOneArticle, generateCorpus } from '../scripts/generate-corpus.mjs';
import { missingPlaces } from './publish.mjs';
import { checkBudgets } from './budgets.mjs';
import { browserMeasurements, distStats, projectRoot, runMeasuredBuild } from './measure.mjs';
import { formatReport } from './report.mjs';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    browser: { type: 'boolean', default: true },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    publish: { type: 'boolean', default: false },
    results: { type: 'string', default: join(projectRoot, 'bench/results') },
  },
});
const articles = Number(values.articles);
const runs = Math.max(1, Number(values.runs));
if (!Number.isInteger(articles) || articles < 1) {
  console.error('--articles must be a positive whole number');
  process.exit(1);
}

/** The moment every bench build treats as "now", so the corpus publishes the same way each time. */
const BENCH_NOW = '2026-06-15T12:00:00Z';
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

/** One build's figures without its log, with phases as milliseconds (null when absent). */
function buildFigures(build) {
  return {
    exitCode: build.code,
    wallMs: build.wallMs,
    cpuMs: build.cpuMs,
    astroMs: build.astroMs,
    peakRss: build.peakRss,
    peakRssDuring: build.peakDuring,
    pages: build.pages,
    phases: Object.fromEntries(Object.entries(build.phases).map(([name, phase]) => [name, phase && phase.ms])),
    phaseSources: Object.fromEntries(Object.entries(build.phases).filter(([, phase]) => phase).map(([name, phase]) => [name, phase.how])),
  };
}

function medianFigures(list) {
  if (list.length === 1) return list[0];
  const phases = Object.fromEntries(
    Object.keys(list[0].phases).map((name) => {
      const known = list.map((f) => f.phases[name]).filter((ms) => ms !== null);
      return [name, known.length > 0 ? median(known) : null];
    }),
  );
  return { ...list[0], wallMs: median(list.map((f) => f.wallMs)), cpuMs: list[0].cpuMs === null ? null : median(list.map((f) => f.cpuMs)), astroMs: median(list.map((f) => f.astroMs ?? 0)), peakRss: Math.max(...list.map((f) => f.peakRss)), phases, runs: list.map((f) => f.wallMs) };
}

/** A figure from the latest run at `size` articles on record (null when there is none). */
function baseline(resultsDir, size, pick) {
  const file = join(resultsDir, `latest-${size}.json`);
  if (!existsSync(file)) return null;
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8'))) ?? null;
  } catch {
    return null;
  }
}

const loadBefore = loadavg()[0];
const work = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
let exitCode = 0;
try {
  console.log(`Generating ${articles} articles in ${contentDir} …`);
  const corpus = await generateCorpus({ dir: contentDir, articles, seed: Number(values.seed) });
  const env = { DATELINE_CONTENT_DIR: contentDir, DATELINE_OUT_DIR: outDir, DATELINE_NOW: BENCH_NOW };

  const colds = [];
  const warms = [];
  const publishes = [];
  const corrections = [];
  let lastCold;
  for (let run = 1; run <= runs; run++) {
    const cacheDir = join(work, `cache-${run}`);
    console.log(`Run ${run}/${runs}: cold build (empty cache ${cacheDir}) …`);
    // Every cache the build keeps lives under this run's folder, so the first build is truly cold.
    const caches = { DATELINE_CACHE_DIR: cacheDir, DATELINE_SOCIAL_CARD_CACHE_DIR: join(cacheDir, 'social-cards'), NODE_COMPILE_CACHE: join(cacheDir, 'node-compile-cache') };
    const cold = await runMeasuredBuild({ ...env, ...caches });
    if (cold.code !== 0) throw new Error(`cold build failed (exit ${cold.code}):\n${cold.lines.slice(-30).map((l) => l.text).join('\n')}`);
    colds.push(buildFigures(cold));
    lastCold = cold;

    const changed = corpus.slugs[Math.floor(corpus.slugs.length / 2)];
    editOneArticle(contentDir, changed, `Update ${run}: this paragraph was added to measure a rebuild after one change.`);
    console.log(`Run ${run}/${runs}: warm build after editing ${changed} …`);
    const warm = await runMeasuredBuild({ ...env, ...caches });
    if (warm.code !== 0) throw new Error(`warm build failed (exit ${warm.code}):\n${warm.lines.slice(-30).map((l) => l.text).join('\n')}`);
    warms.push(buildFigures(warm));

    if (values.publish) {
      const story = addBreakingArticle(contentDir, { slug: `breaking-story-${run}`, pubDate: `2026-06-15T11:0${run % 10}`, cites: corpus.slugs[0] });
      console.log(`Run ${run}/${runs}: publishing ${story.slug} …`);
      const published = await runMeasuredBuild({ ...env, ...caches });
      if (published.code !== 0) throw new Error(`publish build failed (exit ${published.code}):\n${published.lines.slice(-30).map((l) => l.text).join('\n')}`);
      const missing = missingPlaces(outDir, story);
      if (missing.length > 0) throw new Error(`${story.slug} was built but is missing from: ${missing.join(', ')}`);
      publishes.push(buildFigures(published));

      const old = corpus.slugs[Math.floor(corpus.slugs.length / 4)];
      correctOneArticle(contentDir, old, { date: `2026-06-15T11:3${run % 10}`, text: `Correction ${run}: added to measure how fast a correction goes live.` });
      console.log(`Run ${run}/${runs}: correcting ${old} …`);
      const corrected = await runMeasuredBuild({ ...env, ...caches });
      if (corrected.code !== 0) throw new Error(`correction build failed (exit ${corrected.code}):\n${corrected.lines.slice(-30).map((l) => l.text).join('\n')}`);
      if (!readFileSync(join(outDir, 'corrections', 'index.html'), 'utf8').includes(`Correction ${run}:`)) throw new Error(`the correction to ${old} is not on /corrections/`);
      corrections.push(buildFigures(corrected));
    }
    rmSync(cacheDir, { recursive: true, force: true });
  }

  const sample = corpus.slugs[Math.floor(corpus.slugs.length / 3)];
  const sampleTitle = /^title: "(.*)"$/m.exec(readFileSync(join(contentDir, 'articles', `${sample}.mdx`), 'utf8'))?.[1] ?? 'news';
  const query = sampleTitle.split(' ')[0].toLowerCase();
  const browser =
    values.browser && !values['no-browser']
      ? await browserMeasurements(outDir, { articlePath: `/articles/${sample}/`, query })
      : null;

  const cold = medianFigures(colds);
  const warm = medianFigures(warms);
  const report = {
    articles,
    runs,
    seed: Number(values.seed),
    measuredAt: new Date().toISOString(),
    // Other work on the machine slows every wall time: the 1-minute load average before and after.
    machine: { cpus: cpus().length, memoryBytes: totalmem(), node: process.version, loadAverage: [loadBefore, loadavg()[0]] },
    corpus: { articles: corpus.articles, readMoreItems: corpus.readMoreItems, images: corpus.images },
    cold,
    warm,
    publish: publishes.length > 0 ? medianFigures(publishes) : null,
    correct: corrections.length > 0 ? medianFigures(corrections) : null,
    perArticleMs: { cold: Math.round((cold.wallMs / articles) * 100) / 100, warm: Math.round((warm.wallMs / articles) * 100) / 100 },
    dist: distStats(outDir),
    browser,
    absentPhases: Object.entries(cold.phases).filter(([, ms]) => ms === null).map(([name]) => name),
  };
  report.budgets = checkBudgets(report, {
    cold1000: baseline(values.results, 1000, (r) => r.cold.wallMs),
    publish5000: baseline(values.results, 5000, (r) => r.publish?.wallMs),
  });

  mkdirSync(values.results, { recursive: true });
  const stamp = report.measuredAt.replace(/[:.]/g, '-');
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(values.results, `${stamp}-${articles}.json`), json);
  writeFileSync(join(values.results, `latest-${articles}.json`), json);
  if (process.env.DATELINE_BENCH_LOG) writeFileSync(process.env.DATELINE_BENCH_LOG, lastCold.lines.map((l) => `${l.at}\t${l.text}`).join('\n'));

  console.log(`\n${formatReport(report)}`);
  console.log(`\nJSON: ${join(values.results, `latest-${articles}.json`)}`);
  if (report.budgets.some((b) => b.status === 'fail')) {
    console.error('\nA budget was missed (see above).');
    exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  if (values.keep) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);

