/**
 * Every built page is valid HTML, checked with html-validate (npm only, so `npm test` needs no
 * Java). Its rules are chosen to match what the Nu Html Checker (the W3C validator's engine,
 * run as an extra step by .ci/run) reports: content models, parents and required children,
 * unknown elements and attributes, duplicate ids, stray end tags, bad attribute values, a
 * doctype, title and lang; plus our own rule that no element has a style attribute (the
 * Content Security Policy blocks them).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../support/site';

const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document'],
  elements: [
    'html5',
    // Valid HTML the bundled element table lacks: theme-color per colour scheme
    // (<meta name="theme-color" media>) and Open Graph's <meta property>, which Nu accepts.
    { meta: { attributes: { media: {}, property: {} } } },
  ],
  rules: {
    'no-unknown-elements': 'error',
    'no-unknown-attributes': 'error',
    'no-inline-style': 'error',
    // Integrity hashes guard files from other origins; every script here is our own.
    'require-sri': 'off',
  },
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

async function problems(file: string): Promise<Message[]> {
  const report = await validator.validateFile(file);
  return report.results.flatMap((result) => result.messages);
}

const knownBad = join(import.meta.dirname, '../fixtures/invalid.html');

describe('HTML validity', () => {
  it('a known-bad page fails: the validator is really checking', async () => {
    const rules = new Set((await problems(knownBad)).map((message) => message.ruleId));
    // A <div> inside a <p> (stray </p>), an attribute HTML does not have, an inline style.
    expect([...rules].sort()).toEqual(['close-order', 'no-inline-style', 'no-unknown-attributes']);
  });

  it('every page kind passes without errors', async () => {
    const files = htmlFiles(siteDir());
    for (const kind of ['index.html', '404.html', 'articles/', 'topics/index.html', 'topics/china/', 'read-more/', 'corrections/', 'search/', 'authors/', 'sources/', 'about/index.html', 'about/ethics/', 'articles/fixture-media/', 'articles/fixture-editorial/']) {
      expect(files.some((file) => relative(siteDir(), file).startsWith(kind)), kind).toBe(true);
    }
    const errors: string[] = [];
    for (const file of files) {
      for (const message of await problems(file)) {
        errors.push(`${relative(siteDir(), file)}:${message.line}: ${message.message} [${message.ruleId}: ${message.selector ?? ''}]`);
      }
    }
    expect(errors).toEqual([]);
  });
});
