/**
 * The settings half of `npm run check`: src/lib/site-settings.ts's rules on the real
 * src/site.config.ts, each problem at the line of the setting it names.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { site, topics } from '../../src/site.config';
import { siteSettingsProblems } from '../../src/lib/site-settings';
import type { Problem } from './problems';

export function checkSettings(root: string = process.cwd()): Problem[] {
  const file = resolve(root, 'src/site.config.ts');
  const lines = readFileSync(file, 'utf8').split('\n');
  const lineOf = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line)) + 1 || 1;
  const quoted = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return siteSettingsProblems({ url: site.url, topics }).map(({ setting, key, message }) => ({
    file,
    line: key === undefined ? lineOf(setting === 'SITE_URL' ? /SITE_URL/ : new RegExp(`\\b${setting}\\b`)) : lineOf(new RegExp(`^\\s*['"]?${quoted(key)}['"]?\\s*:`)),
    field: key === undefined ? setting : `${setting}["${key}"]`,
    message,
  }));
}
