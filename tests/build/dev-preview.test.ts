/**
 * `npm run dev` previews what production leaves out: drafts and embargoed articles are served,
 * marked DRAFT / EMBARGOED, on their pages and in listings.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { load } from 'cheerio';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BUILD_TIME } from '../setup/build-site';
import { mergeContent, projectRoot, tempDir } from '../support/build';
import { seed } from '../support/seed';

const workDir = tempDir('dev');
let server: ChildProcess | undefined;
let origin = '';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
    probe.on('error', reject);
  });
}

/** The environment of a terminal, not of vitest: with VITEST set, Astro's dev server serves no pages. */
function plainEnvironment(): NodeJS.ProcessEnv {
  const vitestKeys = /^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL|NODE_ENV)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
}

async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(new URL(path, origin));
  return { status: response.status, html: await response.text() };
}

beforeAll(async () => {
  const contentDir = mergeContent(join(workDir, 'content'), join(projectRoot, 'src/content'), join(projectRoot, 'tests/fixtures/site-content'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...plainEnvironment(), DATELINE_CONTENT_DIR: contentDir, DATELINE_CACHE_DIR: join(workDir, 'cache'), DATELINE_NOW: TEST_BUILD_TIME, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(origin);
      if (response.ok) return;
      log += `\nGET / answered ${response.status}`;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`astro dev did not start within a minute:\n${log}`);
});

afterAll(() => {
  server?.kill();
  rmSync(workDir, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows a draft with a DRAFT badge and an embargoed story with an EMBARGOED badge', async () => {
    const draft = await get('/articles/fixture-draft/');
    expect(draft.status).toBe(200);
    expect(load(draft.html)('h1 .status-badge').text()).toBe('DRAFT');

    const embargoed = await get('/articles/fixture-embargoed/');
    expect(embargoed.status).toBe(200);
    expect(load(embargoed.html)('h1 .status-badge').text()).toBe('EMBARGOED');
  });

  it('lists them with their badges, and published stories without one', async () => {
    const $ = load((await get('/')).html);
    const badgeOf = (slug: string) => $(`.article-summary:has(a[href="/articles/${slug}/"]) .status-badge`).text();
    expect(badgeOf('fixture-draft')).toBe('DRAFT');
    expect(badgeOf('fixture-embargoed')).toBe('EMBARGOED');
    expect(badgeOf('jd-com-russian-chocolates')).toBe('');
  });

  // A build places share cards itself (src/integrations/social-cards.ts); dev draws them on request.
  it('draws the share card an article names in its head', async () => {
    const image = load((await get(`/articles/${seed.slug}/`)).html)('meta[property="og:image"]').attr('content');
    const response = await fetch(new URL(new URL(image!).pathname, origin));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });
});
