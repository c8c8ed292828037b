/**
 * Builds the site once for every build test: the real content plus the test fixtures
 * (drafts, embargoed and edge-case articles), with "now" pinned so embargo tests are exact.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { mergeContent, projectRoot, runBuild, tempDir } from '../support/build';

/** The moment the test build treats as "now"; fixtures are dated around it. */
export const TEST_BUILD_TIME = '2026-06-15T12:00:00Z';
/** The newsroom's feedback address in the test build, so articles carry "Report an error". */
export const TEST_FEEDBACK_ADDRESS = 'corrections@example.com';

export default async function setup(project: TestProject) {
  const workDir = tempDir('site');
  const contentDir = mergeContent(
    join(workDir, 'content'),
    join(projectRoot, 'src/content'),
    join(projectRoot, 'tests/fixtures/site-content'),
  );
  const outDir = join(workDir, 'dist');
  // The stray variable is a regression guard: the build once took "preview drafts" from the
  // environment, and the leak tests below must see that it no longer does.
  const env = { DATELINE_NOW: TEST_BUILD_TIME, DATELINE_PREVIEW_UNPUBLISHED: 'true', DATELINE_FEEDBACK: TEST_FEEDBACK_ADDRESS };
  const { code, output } = await runBuild({ contentDir, outDir, env });
  if (code !== 0) throw new Error(`The test site did not build (exit ${code}):\n${output}`);
  project.provide('siteDir', outDir);
  return () => rmSync(workDir, { recursive: true, force: true });
}
