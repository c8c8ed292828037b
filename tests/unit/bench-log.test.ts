import { describe, expect, it } from 'vitest';
import { astroTotals, parseDuration, phasesFromLog } from '../../bench/build-log.mjs';

const stamp = (entries: [number, string][]) => entries.map(([at, text]) => ({ at, text }));

describe('phasesFromLog', () => {
  const lines = stamp([
    [900, '13:42:16 [content] Syncing content'],
    [2400, '13:42:18 [content] Synced content'],
    [3000, '13:42:28 [vite] ✓ built in 8.65s'],
    [3100, '13:42:28 [vite] ✓ built in 78ms'],
    [3200, ' generating static routes '],
    [3300, '[related] 1100 stories, 72658 candidates scored in 905ms'],
    [3400, '13:42:32   ├─ /articles/a/index.html (+13ms) '],
    [3500, '13:42:32   ├─ /rss.xml (+120ms) '],
    [3600, '13:42:32   └─ /topics/china/rss.xml (+30ms) '],
    [3700, '13:42:33   ├─ /social/articles/a.png (+12ms) '],
    [3800, '13:42:33   ├─ /social/articles/b.png (+8ms) '],
    [12000, '13:42:39 ✓ Completed in 9.17s.'],
    [12100, '14:40:01 [dateline:search-index] Indexed 1000 of 1254 pages for search in 2500 ms (dist/pagefind).'],
    [12900, '13:42:39 [build] 1254 page(s) built in 23.55s'],
  ]);
  const phases = phasesFromLog(lines);

  it('reads each phase Astro and our integrations log, in milliseconds', () => {
    expect(phases.contentSync?.ms).toBe(1500);
    expect(phases.bundling?.ms).toBe(8728);
    expect(phases.pageRendering?.ms).toBe(9170);
    expect(phases.relatedPass?.ms).toBe(905);
    expect(phases.feeds?.ms).toBe(150);
    expect(phases.searchIndexing?.ms).toBe(2500);
    expect(phases.socialImages?.ms).toBe(20);
    expect(phases.afterRendering?.ms).toBe(900);
    expect(astroTotals(lines)).toEqual({ pages: 1254, astroMs: 23550 });
  });

  it('reports a phase the build does not have as absent, not as zero', () => {
    expect(phases.sitemaps).toBeNull();
    expect(phases.imageOptimisation).toBeNull();
    const bare = phasesFromLog(stamp([[0, '13:42:39 [build] 3 page(s) built in 1.2s']]));
    expect(Object.values(bare).every((phase) => phase === null)).toBe(true);
  });

  it('reads durations in Astro notation', () => {
    expect(parseDuration('23.55s')).toBe(23550);
    expect(parseDuration('143ms')).toBe(143);
    expect(parseDuration('no time')).toBeNull();
  });
});
