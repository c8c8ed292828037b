#!/usr/bin/env node
/**
 * `npm run nu-check [dir]`: validates every built page in `dir` (default dist/) with the Nu Html
 * Checker (vnu.jar, the W3C validator's engine), one JVM start for all files. It needs Java, so
 * it is an extra step in .ci/run, not part of `npm test` (which runs html-validate with rules
 * chosen to match this checker). Its CSS grammar lags modern CSS, so messages starting "CSS:"
 * are left out; HTML errors count. Exits 1 on any error.
 */
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? 'dist');
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

const files = htmlFiles(root);
const report = await new Promise((resolveReport, reject) => {
  execFile(javaCommand(), ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
    if (error && error.code === 'ENOENT') {
      reject(new Error('java is not installed: the Nu Html Checker needs Java 11+ (Debian: apt-get install default-jre-headless)'));
      return;
    }
    try {
      resolveReport(JSON.parse(stderr));
    } catch {
      reject(new Error(`vnu.jar gave no JSON report:\n${stderr}`));
    }
  });
});
const errors = report.messages.filter((message) => message.type === 'error' && !message.message.startsWith('CSS:'));
for (const message of errors) {
  const file = message.url ? relative(root, fileURLToPath(message.url)) : '?';
  console.log(`${file}:${message.lastLine ?? '?'}: ${message.message} [${message.extract ?? ''}]`);
}
console.log(`Nu Html Checker: ${files.length} pages, ${errors.length} errors.`);
process.exit(errors.length === 0 ? 0 : 1);

/** The Java runtime: JAVA_HOME's when it is set, as Java tools expect, else `java` on the PATH. */
function javaCommand() {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}
