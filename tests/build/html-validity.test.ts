/**
 * Every built page is valid HTML by the Nu Html Checker (vnu.jar, the W3C validator's engine).
 * Its CSS grammar lags modern CSS, so messages starting "CSS:" are left out; HTML errors count.
 */
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../support/site';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

function runVnu(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error('java is not installed: the Nu Html Checker needs Java 11+ (Debian: apt-get install default-jre-headless)'));
        return;
      }
      try {
        resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu.jar gave no JSON report:\n${stderr}`));
      }
    });
  });
}

const knownBad = join(import.meta.dirname, '../fixtures/invalid.html');

describe('HTML validity', () => {
  it('every page kind passes the Nu Html Checker without errors', async () => {
    const files = htmlFiles(siteDir());
    for (const kind of ['index.html', '404.html', 'articles/', 'topics/index.html', 'topics/china/', 'read-more/', 'corrections/', 'search/', 'about/index.html', 'about/ethics/', 'articles/fixture-media/', 'articles/fixture-editorial/']) {
      expect(files.some((file) => relative(siteDir(), file).startsWith(kind)), kind).toBe(true);
    }
    // One JVM start for all files; a known-bad page proves the checker is really checking.
    const messages = (await runVnu([...files, knownBad])).filter((m) => m.type === 'error' && !m.message.startsWith('CSS:'));
    const isKnownBad = (m: VnuMessage) => new URL(m.url).pathname === knownBad;
    expect(messages.filter(isKnownBad).length).toBeGreaterThan(0);
    const errors = messages
      .filter((m) => !isKnownBad(m))
      .map((m) => `${relative(siteDir(), new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message} [${m.extract ?? ''}]`);
    expect(errors).toEqual([]);
  });
});
