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
  /** The first line matching `pattern`, 0 when none does. */
  const find = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line)) + 1;
  const quoted = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const keyLine = (key: string) => find(new RegExp(`^\\s*['"]?${quoted(key)}['"]?\\s*:`));
  return siteSettingsProblems({ site, topics }).map(({ setting, key, message }) => ({
    file,
    line:
      (key !== undefined ? keyLine(key)
      : setting === 'SITE_URL' ? find(/SITE_URL/)
      // A setting of `site` (`site.feedLogo.small`) at the line of its key, or of the key it is in.
      : setting.startsWith('site.') ? (setting.split('.').slice(1).reverse().map(keyLine).find((line) => line > 0) ?? 0)
      : find(new RegExp(`\\b${setting}\\b`))) || 1,
    field: key === undefined ? setting : `${setting}["${key}"]`,
    message,
  }));
}
