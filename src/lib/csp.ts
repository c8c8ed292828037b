/**
 * Content Security Policy text: read the policy Astro writes into each page's
 * `<meta http-equiv="content-security-policy">`, merge the pages' policies into one for the
 * `_headers` file, place it there, and hash inline code. Pure, so the rules are unit-tested.
 */

import { createHash } from 'node:crypto';

/**
 * The hash source (without quotes, as Astro's `scriptDirective.hashes` takes it) that allows an
 * inline script or style whose text is exactly `text`.
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Directive name → its sources, in the order first written. */
export type Policy = Map<string, string[]>;

/** `"default-src 'none'; img-src 'self'"` → Map { default-src → ['none'], … }. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows whatever any of the given policies allows: each directive's sources
 * joined (`'none'` dropped once anything else is allowed). A browser enforces every policy it
 * receives, so a page that also carries its own stricter meta policy stays as strict as that.
 */
export function mergePolicies(policies: Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const list = merged.get(name) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      merged.set(name, list);
    }
  }
  for (const [name, sources] of merged) {
    if (sources.length > 1 && sources.includes("'none'")) merged.set(name, sources.filter((s) => s !== "'none'"));
  }
  return merged;
}

/** The policy in a page's meta tag, or undefined when the page has none. */
export function policyInPage(html: string): Policy | undefined {
  const match = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  if (!match) return undefined;
  const content = match[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return parsePolicy(content);
}

/**
 * Adds `name: value` to the rule for `path` in a `_headers` file (Netlify / Cloudflare Pages
 * format: a path line, then indented `Name: value` lines), creating the rule when missing.
 */
export function withHeader(headersFile: string, path: string, name: string, value: string): string {
  const lines = headersFile.split('\n');
  const index = lines.findIndex((line) => line.trim() === path && !/^\s/.test(line));
  const header = `  ${name}: ${value}`;
  if (index === -1) return `${headersFile.replace(/\n*$/, '\n')}${path}\n${header}\n`;
  lines.splice(index + 1, 0, header);
  return lines.join('\n');
}
