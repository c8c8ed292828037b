import { describe, expect, it } from 'vitest';
import { cspHash, formatPolicy, mergePolicies, parsePolicy, policyInPage, withHeader } from '../../src/lib/csp';
import { parseHeadersFile } from '../../scripts/static-server.mjs';

describe('Content Security Policy text', () => {
  it('reads and writes a policy', () => {
    const text = "default-src 'none';img-src 'self'; script-src 'self' 'sha256-a=';";
    expect([...parsePolicy(text)]).toEqual([
      ['default-src', ["'none'"]],
      ['img-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-a='"]],
    ]);
    expect(formatPolicy(parsePolicy(text))).toBe("default-src 'none'; img-src 'self'; script-src 'self' 'sha256-a='");
  });

  it("merges pages' policies so every page's own hashes are allowed, and nothing more", () => {
    const merged = mergePolicies([
      parsePolicy("default-src 'none'; style-src 'self' 'sha256-home='; script-src 'none'"),
      parsePolicy("default-src 'none'; style-src 'self' 'sha256-article='; script-src 'self'"),
    ]);
    expect(formatPolicy(merged)).toBe("default-src 'none'; style-src 'self' 'sha256-home=' 'sha256-article='; script-src 'self'");
  });

  it("finds the policy in a page's meta tag", () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'none';style-src 'self' 'sha256-x+/=';"></head>`;
    expect(formatPolicy(policyInPage(html)!)).toBe("default-src 'none'; style-src 'self' 'sha256-x+/='");
    expect(policyInPage('<head></head>')).toBeUndefined();
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 of the exact text, as the CSP specification computes it', () => {
    // The example in the CSP Level 3 specification.
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
    expect(cspHash('a')).not.toBe(cspHash('a '));
  });
});

describe('withHeader', () => {
  const file = '# comment\n/*\n  X-Content-Type-Options: nosniff\n\n/_astro/*\n  Cache-Control: immutable\n';

  it('adds a header to the rule for a path, which the static server then sends', () => {
    const result = withHeader(file, '/*', 'Content-Security-Policy', "default-src 'none'");
    const rules = parseHeadersFile(result);
    expect(rules[0]!.headers).toEqual({ 'Content-Security-Policy': "default-src 'none'", 'X-Content-Type-Options': 'nosniff' });
    expect(rules[1]!.headers).toEqual({ 'Cache-Control': 'immutable' });
  });

  it('creates the rule when the file has none', () => {
    expect(parseHeadersFile(withHeader('', '/*', 'A', 'b'))[0]!.headers).toEqual({ A: 'b' });
  });
});
