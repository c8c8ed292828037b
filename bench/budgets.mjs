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
  /** Above 5,000 articles (issue 12: 200 KB at 20,000). */
  firstQueryBytesLarge: 200 * KB,
  /** Publishing one story into a 5,000-article archive, until every place shows it. */
  publishMs: 15_000,
  /** Above 5,000 articles, publishing may take this many times the 5,000 figure (flat, not linear). */
  publishGrowth: 1.5,
  /** Cold build of 1,000 articles; larger archives get this much per 1,000 times 1.1. */
  coldBuildMsPer1000: 25_000,
  /** Near-linear: N articles take at most 1.1 x N/1000 times the 1,000-article build. */
  scaleSlack: 1.1,
  peakRssBytes: 2.5 * GB,
  /** Above 5,000 articles (issue 12: a 20,000-article cold build within 4 GB). */
  peakRssBytesLarge: 4 * GB,
  warmToColdRatio: 0.6,
};

const check = (name, limit, value, pass, unit) => ({ name, limit, value, unit, status: value === null || value === undefined ? 'absent' : pass ? 'pass' : 'fail' });

/**
 * @param report the bench report (see bench/bench.mjs)
 * @param baselines figures of earlier runs: `cold1000`, the cold build wall ms at 1,000 articles,
 *   and `publish5000`, the publish wall ms at 5,000 (null when not on record)
 */
export function checkBudgets(report, { cold1000 = null, publish5000 = null } = {}) {
  const { articles, cold, warm, browser, publish } = report;
  const large = articles > 5000;
  const queryLimit = large ? budgets.firstQueryBytesLarge : budgets.firstQueryBytes;
  const rssLimit = large ? budgets.peakRssBytesLarge : budgets.peakRssBytes;
  const page = browser?.articlePage;
  const coldLimit = articles <= 1000 ? budgets.coldBuildMsPer1000 : budgets.coldBuildMsPer1000 * budgets.scaleSlack * (articles / 1000);
  const checks = [
    check('article page, everything but images (gzip)', budgets.articlePageGzipBytes, page?.gzip, page?.gzip <= budgets.articlePageGzipBytes, 'bytes'),
    check('article page script files', 0, page?.scriptFiles, page?.scriptFiles === 0, 'files'),
    check('article page inline script', budgets.articleInlineScriptBytes, page?.inlineScriptBytes, page?.inlineScriptBytes <= budgets.articleInlineScriptBytes, 'bytes'),
    check('first search query, transferred', queryLimit, browser?.firstQuery?.gzip ?? null, browser?.firstQuery?.gzip <= queryLimit, 'bytes'),
    check(`cold build of ${articles} articles`, coldLimit, cold.wallMs, cold.wallMs <= coldLimit, 'ms'),
    check('peak RSS', rssLimit, Math.max(cold.peakRss, warm?.peakRss ?? 0), Math.max(cold.peakRss, warm?.peakRss ?? 0) <= rssLimit, 'memory'),
    check('warm rebuild / cold build', budgets.warmToColdRatio, warm ? warm.wallMs / cold.wallMs : null, warm && warm.wallMs / cold.wallMs <= budgets.warmToColdRatio, 'ratio'),
  ];
  if (publish) {
    const limit = large && publish5000 ? publish5000 * budgets.publishGrowth : budgets.publishMs * (large ? budgets.publishGrowth : 1);
    checks.push(check(`publish one story into ${articles}`, limit, publish.wallMs, publish.wallMs <= limit, 'ms'));
  }
  if (articles > 1000) {
    const limit = budgets.scaleSlack * (articles / 1000);
    const ratio = cold1000 ? cold.wallMs / cold1000 : null;
    checks.push(check(`cold build ${articles} / cold build 1000`, limit, ratio, ratio !== null && ratio <= limit, 'ratio'));
  }
  return checks;
}
