/**
 * The budgets a benchmark run is held to (issue "Scale and speed, measured"). Each check returns
 * pass, fail, or absent when the run has nothing to measure yet (no search index, say): an
 * absent figure is shown as such and does not count as a pass.
 */
const KB = 1024;
const GB = 1024 ** 3;

export const budgets = {
  articlePageGzipBytes: 12 * KB,
  articleInlineScriptBytes: 1 * KB,
  firstQueryBytes: 150 * KB,
  /** Cold build of 1,000 articles; larger archives get this much per 1,000 times 1.1. */
  coldBuildMsPer1000: 25_000,
  /** Near-linear: N articles take at most 1.1 x N/1000 times the 1,000-article build. */
  scaleSlack: 1.1,
  peakRssBytes: 2.5 * GB,
  warmToColdRatio: 0.6,
};

const check = (name, limit, value, pass, unit) => ({ name, limit, value, unit, status: value === null || value === undefined ? 'absent' : pass ? 'pass' : 'fail' });

/**
 * @param report the bench report (see bench/bench.mjs)
 * @param baseline1000 the cold build wall ms of the latest 1,000-article run, if any
 */
export function checkBudgets(report, baseline1000) {
  const { articles, cold, warm, browser } = report;
  const page = browser?.articlePage;
  const coldLimit = articles <= 1000 ? budgets.coldBuildMsPer1000 : budgets.coldBuildMsPer1000 * budgets.scaleSlack * (articles / 1000);
  const checks = [
    check('article page, everything but images (gzip)', budgets.articlePageGzipBytes, page?.gzip, page?.gzip <= budgets.articlePageGzipBytes, 'bytes'),
    check('article page script files', 0, page?.scriptFiles, page?.scriptFiles === 0, 'files'),
    check('article page inline script', budgets.articleInlineScriptBytes, page?.inlineScriptBytes, page?.inlineScriptBytes <= budgets.articleInlineScriptBytes, 'bytes'),
    check('first search query, transferred', budgets.firstQueryBytes, browser?.firstQuery?.gzip ?? null, browser?.firstQuery?.gzip <= budgets.firstQueryBytes, 'bytes'),
    check(`cold build of ${articles} articles`, coldLimit, cold.wallMs, cold.wallMs <= coldLimit, 'ms'),
    check('peak RSS', budgets.peakRssBytes, Math.max(cold.peakRss, warm?.peakRss ?? 0), Math.max(cold.peakRss, warm?.peakRss ?? 0) <= budgets.peakRssBytes, 'memory'),
    check('warm rebuild / cold build', budgets.warmToColdRatio, warm ? warm.wallMs / cold.wallMs : null, warm && warm.wallMs / cold.wallMs <= budgets.warmToColdRatio, 'ratio'),
  ];
  if (articles > 1000) {
    const limit = budgets.scaleSlack * (articles / 1000);
    const ratio = baseline1000 ? cold.wallMs / baseline1000 : null;
    checks.push(check(`cold build ${articles} / cold build 1000`, limit, ratio, ratio !== null && ratio <= limit, 'ratio'));
  }
  return checks;
}
