/** The bench report as a terminal table: the figures first, then the budgets. */

const phaseLabels = {
  contentSync: 'content sync',
  bundling: 'bundling (Vite)',
  pageRendering: 'page rendering',
  feeds: 'feeds',
  relatedPass: 'related pass',
  imageOptimisation: 'image optimisation',
  searchIndexing: 'search indexing',
  sitemaps: 'sitemaps',
  socialImages: 'social images',
  afterRendering: 'after rendering (build:done hooks)',
};

export const kb = (bytes) => (bytes === null || bytes === undefined ? 'absent' : `${(bytes / 1024).toFixed(1)} KB`);
const mb = (bytes) => (bytes < 1024 ** 2 ? kb(bytes) : `${(bytes / 1024 ** 2).toFixed(0)} MB`);
const seconds = (ms) => (ms === null || ms === undefined ? 'absent' : `${(ms / 1000).toFixed(2)} s`);

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows.map((row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}

function formatLimit(check) {
  if (check.unit === 'bytes') return kb(check.limit);
  if (check.unit === 'ms') return seconds(check.limit);
  if (check.unit === 'memory') return mb(check.limit);
  return String(check.limit);
}

function formatValue(check) {
  if (check.value === null || check.value === undefined) return 'absent';
  if (check.unit === 'bytes') return kb(check.value);
  if (check.unit === 'ms') return seconds(check.value);
  if (check.unit === 'memory') return mb(check.value);
  if (check.unit === 'ratio') return check.value.toFixed(2);
  return String(check.value);
}

export function formatReport(report) {
  const { cold, warm, dist, browser } = report;
  const runs = report.runs > 1 ? ` (medians of ${report.runs} runs)` : '';
  // Publishing columns only when the run measured them (--publish).
  const columns = [
    ['cold', cold],
    ['warm (1 article changed)', warm],
    ...(report.publish ? [['publish 1 new story', report.publish], ['correct 1 old story', report.correct]] : []),
  ];
  const row = (label, cell) => [label, ...columns.map(([, build]) => cell(build))];
  const builds = table([
    ['', ...columns.map(([name]) => name)],
    row('wall time', (b) => seconds(b.wallMs)),
    row('CPU time (user + system)', (b) => seconds(b.cpuMs)),
    ['per article', `${report.perArticleMs.cold} ms`, `${report.perArticleMs.warm} ms`, ...columns.slice(2).map(() => '')],
    row('peak RSS', (b) => mb(b.peakRss)),
    row('  peak after log line', (b) => (b.peakRssDuring ?? '').slice(0, 40)),
    row('pages (Astro)', (b) => b.pages ?? 'absent'),
    ...Object.keys(phaseLabels).map((name) => row(`  ${phaseLabels[name]}`, (b) => seconds(b.phases[name]))),
  ]);
  const output = table([
    ['HTML pages', dist.htmlPages],
    ['dist/ size', mb(dist.distBytes)],
    ['Pagefind index', dist.pagefindBytes === null ? 'absent' : `${kb(dist.pagefindBytes)} in ${dist.pagefindFiles} files`],
  ]);
  const page = browser?.articlePage;
  const weight = page
    ? table([
        ['article page', 'raw', 'gzip', 'requests'],
        ...['html', 'css', 'js', 'font', 'other'].map((kind) => [`  ${kind}`, kb(page.byKind[kind].raw), kb(page.byKind[kind].gzip), page.byKind[kind].requests]),
        ['  total (images excluded)', kb(page.raw), kb(page.gzip), page.requests],
        ['  inline script', kb(page.inlineScriptBytes), '', ''],
      ])
    : 'article page: not measured (--no-browser)';
  const query = browser?.firstQuery
    ? `first search query "${browser.firstQuery.query}": ${kb(browser.firstQuery.gzip)} transferred (${kb(browser.firstQuery.raw)} raw) in ${browser.firstQuery.requests} requests; ${browser.firstQuery.how}`
    : 'first search query: absent (the site has no search index)';
  const checks = table([
    ['budget', 'limit', 'measured', ''],
    ...report.budgets.map((check) => [check.name, formatLimit(check), formatValue(check), check.status.toUpperCase()]),
  ]);
  return [
    `Dateline bench: ${report.articles} articles, ${report.corpus.readMoreItems} outside stories, ${report.corpus.images} images${runs}`,
    `${report.machine.cpus} CPUs, ${mb(report.machine.memoryBytes)} memory, Node ${report.machine.node}, load average ${report.machine.loadAverage.map((n) => n.toFixed(1)).join(' -> ')}`,
    '',
    builds,
    '',
    output,
    '',
    weight,
    '',
    query,
    '',
    checks,
  ].join('\n');
}
