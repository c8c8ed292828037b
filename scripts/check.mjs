#!/usr/bin/env node
/**
 * `npm run check`: everything that can be wrong before publishing, reported at once, one line
 * per problem (`file:line: field: what is wrong`) on stdout, and a non-zero exit if any.
 *
 *   1. settings and content: the settings that become addresses (scripts/lib/check-settings.ts),
 *      every MDX file against the real content model (src/content.config.ts), every
 *      "Read more" reference, duplicate slugs (scripts/lib/check-content.ts); policies not yet
 *      written are listed as notes on stderr, which do not fail the check;
 *   2. types: `astro check` (TypeScript and .astro files);
 *   3. build: `npm run build` into DATELINE_OUT_DIR (default dist/), then every link to our own
 *      site in the built pages must resolve to a file (scripts/lib/check-links.ts).
 *
 * Steps 2 and 3 need valid content, so they wait until step 1 passes. Options: --skip-types,
 * --skip-build. Honours DATELINE_CONTENT_DIR, DATELINE_OUT_DIR and DATELINE_NOW like the build.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importTs, projectRoot } from './lib/import-ts.mjs';

const { values: options } = parseArgs({
  options: { 'skip-types': { type: 'boolean', default: false }, 'skip-build': { type: 'boolean', default: false } },
});

const { checkContent } = await importTs('scripts/lib/check-content.ts');
const { checkSettings } = await importTs('scripts/lib/check-settings.ts');
const { checkLinks } = await importTs('scripts/lib/check-links.ts');
const { formatProblem, sortProblems } = await importTs('scripts/lib/problems.ts');
const { buildFailureProblem, buildProblemLines, stripColours, typeCheckProblems } = await importTs('scripts/lib/tool-output.ts');
const { articleUrl, policyUrl, readMoreUrl } = await importTs('src/lib/urls.ts');
const { site } = await importTs('src/site.config.ts');

const say = (text) => console.error(text);

/** Runs a Node script of ours or Astro's on the pinned Node; resolves to { code, output }. */
function run(script, args = []) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: projectRoot,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output: stripColours(output) }));
  });
}

const problems = [];

say('Checking settings…');
problems.push(...checkSettings(projectRoot));

say('Checking content…');
const content = await checkContent(projectRoot);
problems.push(...content.problems);
say(`  ${content.files} files read, ${content.problems.length} problem(s)`);
for (const note of content.notes) say(`  note: ${note}`);

if (problems.length > 0) {
  say('Type check and build skipped: they need valid settings and content. Fix the problems below and run npm run check again.');
} else {
  if (!options['skip-types']) {
    say('Type checking (astro check)…');
    const { code, output } = await run('node_modules/astro/bin/astro.mjs', ['check']);
    const found = typeCheckProblems(output, projectRoot);
    problems.push(...found);
    if (code !== 0 && found.length === 0) {
      say(output);
      problems.push({ file: resolve(projectRoot, 'tsconfig.json'), line: 1, field: 'type', message: 'astro check failed; its output is above' });
    }
  }
  if (!options['skip-build']) {
    const outDir = resolve(projectRoot, process.env.DATELINE_OUT_DIR ?? 'dist');
    say(`Building into ${outDir}…`);
    const { code, output } = await run('scripts/build.mjs');
    if (code !== 0) {
      // Our own file:line lines (links that lead nowhere), else the place Astro names.
      let found = buildProblemLines(output, projectRoot);
      if (found.length === 0) {
        const astroProblem = buildFailureProblem(output);
        if (!astroProblem) say(output);
        found = [astroProblem ?? { file: resolve(projectRoot, 'astro.config.mjs'), line: 1, field: 'build', message: 'the build failed; its output is above' }];
      }
      problems.push(...found);
    } else {
      say('Checking links in the built site…');
      const sources = new Map();
      const unpublished = new Map();
      for (const entry of content.entries) {
        const url = { articles: articleUrl, readMore: readMoreUrl, policies: policyUrl }[entry.collection](entry.id);
        sources.set(url, entry.file);
        if (entry.status && entry.status !== 'published') unpublished.set(url, entry.status);
      }
      problems.push(...checkLinks({ outDir, origin: site.url, sources, unpublished }));
    }
  }
}

for (const problem of sortProblems(problems)) console.log(formatProblem(problem));
say(problems.length === 0 ? 'npm run check: no problems found.' : `npm run check: ${problems.length} problem(s).`);
process.exit(problems.length === 0 ? 0 : 1);
