/**
 * The preview server (scripts/static-server.mjs, behind `npm start` and the browser tests)
 * answers every request with a status, never serves a file outside its folder, and keeps
 * serving. A few hundred malformed request targets are sent over a raw socket (a URL library
 * would tidy them first), to 127.0.0.1 only, a few at a time, each with a deadline.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { tempDir } from '../support/build';

const secret = 'SECRET-OUTSIDE-THE-SITE';
let server: { url: string; close(): Promise<void> };
let port: number;

beforeAll(async () => {
  const dir = tempDir('static-server');
  const root = join(dir, 'site');
  mkdirSync(join(root, 'articles/story'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(root, 'articles/story/index.html'), '<!doctype html><title>story</title>');
  writeFileSync(join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
  // Beside the site, and in a sibling whose name starts like the site's (a classic prefix bug).
  writeFileSync(join(dir, 'secret.txt'), secret);
  mkdirSync(join(dir, 'site-private'));
  writeFileSync(join(dir, 'site-private/index.html'), secret);
  server = await startStaticServer({ root });
  port = Number(new URL(server.url).port);
});
afterAll(() => server?.close());

interface Answer {
  status: number;
  headers: string;
  body: string;
}

/** Sends one raw HTTP/1.1 request; resolves to its answer, or rejects after 5 s. */
function send(target: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer to ${method} ${target.slice(0, 80)}`));
    }, 5000);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: head, body });
    });
    // write, not end: a client that half-closes may lose a streamed answer, and browsers do not.
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'latin1');
  });
}

/** Request targets from bug reports and path-traversal cheat sheets, combined. */
function malformedTargets(): string[] {
  const ups = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%c0%ae%c0%ae', '..%00', '...'];
  const slashes = ['/', '%2f', '%2F', '\\', '%5c', '%255c', '//'];
  const ends = ['secret.txt', 'site-private/', 'site-private/index.html', 'etc/passwd'];
  const targets = new Set<string>();
  for (const up of ups) {
    for (const slash of slashes) {
      for (const end of ends) {
        targets.add(`/${up}${slash}${end}`);
        targets.add(`/articles/${up}${slash}${up}${slash}${end}`);
      }
    }
  }
  for (const odd of ['//', '///', '//evil.example/', '//articles/story', '/%', '/%zz', '/%e0%a4', '/%ff', '/%00', '/a%00.html', '/%0d%0aSet-Cookie:x=1',
    '/articles/story?%', '/articles/story#x', '/?q=%', '/articles//story/', '/./', '/articles/./story/', '/_headers', '/.env', '/index.html/', '*',
    'http://evil.example/', 'http://127.0.0.1/../secret.txt', '/' + 'a'.repeat(8000), '/articles/' + '%2e%2e/'.repeat(500) + 'secret.txt',
    '/?' + 'q=1&'.repeat(2000), '/北京', '/%E5%8C%97%E4%BA%AC', '/\u00ff', '/articles/story;jsessionid=1', '/%2fsecret.txt', '/site-private']) {
    targets.add(odd);
  }
  return [...targets];
}

describe('the preview server', () => {
  it('answers a few hundred malformed requests with a status and never leaks a file outside its folder', async () => {
    const targets = malformedTargets();
    expect(targets.length).toBeGreaterThan(300);
    const answers: { target: string; answer: Answer }[] = [];
    for (let i = 0; i < targets.length; i += 8) {
      const batch = targets.slice(i, i + 8);
      answers.push(...(await Promise.all(batch.map(async (target) => ({ target, answer: await send(target) })))));
    }
    const unexpected = answers.filter(({ answer }) => ![200, 301, 400, 404, 405, 431].includes(answer.status));
    expect(unexpected.map(({ target, answer }) => `${answer.status} ${target.slice(0, 80)}`)).toEqual([]);
    expect(answers.filter(({ answer }) => answer.body.includes(secret)).map(({ target }) => target)).toEqual([]);
    // No redirect leads to another site ("//evil.example/" as a Location is one).
    const locations = answers.flatMap(({ answer }) => /^location: (.*)$/im.exec(answer.headers)?.[1] ?? []);
    expect(locations.filter((location) => !/^\/(?!\/)/.test(location))).toEqual([]);
    expect((await send('/')).status).toBe(200);
  });

  it('answers "GET //" with 404 and keeps serving (it once stopped npm start)', async () => {
    const answer = await send('//');
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('not found');
    expect(answer.headers).toMatch(/^x-content-type-options: nosniff$/im);
    expect((await send('/articles/story/')).body).toContain('story');
  });

  it('behaves like a static host for ordinary requests', async () => {
    expect((await send('/articles/story/')).status).toBe(200);
    expect((await send('/articles/story/', 'HEAD')).status).toBe(200);
    const redirect = await send('/articles/story?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers).toMatch(/^location: \/articles\/story\/\?x=1$/im);
    expect((await send('/no-such-page/')).status).toBe(404);
    expect((await send('/', 'POST')).status).toBe(405);
    expect((await send('/_headers')).status).toBe(404);
  });
});
