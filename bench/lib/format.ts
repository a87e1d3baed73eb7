// The benchmark's report as text: one Markdown table (a row per figure; per size our site, the
// reference and their ratio) followed by the budgets. Pure.
import { FACETS_WITH_RESULTS_MAX_BYTES } from '../../src/search/facets';
import { FIRST_SEARCH_SAMPLES } from './browser';
import { THROTTLED_RATE } from './search/timing';
import { referenceTypeFor } from './dist-stats';
import { ratio, type BenchReport, type BudgetResult, type SiteMetrics, type SizeRun } from './results';

/** One row of the table: how to read the figure off a site's metrics and how to print it. */
export interface Row {
  label: string;
  /** `reference` is true when reading the reference's metrics (page types are mapped, see referenceTypeFor). */
  value(metrics: SiteMetrics, reference: boolean): number | undefined;
  format(value: number): string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const millis = (ms: number) => `${ms.toFixed(0)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const count = (n: number) => String(Math.round(n));

/** Chinese names of page types, e.g. "entry:templates" → "条目页·整改模板". */
export const PAGE_TYPE_LABELS: Record<string, string> = {
  home: '首页',
  'entry:policies': '条目页·党内法规',
  'entry:templates': '条目页·整改模板',
  'entry:materials': '条目页·学习资料',
  listing: '列表页',
  facet: '分面列表页',
  tag: '标签页',
  'tags-index': '标签索引',
  topic: '专题页',
  'topics-index': '专题索引',
  glossary: '术语表',
  search: '搜索页',
  reports: '报告',
  problems: '问题库',
  list: '整改清单',
  '404': '404',
};

/** Label of a page type, falling back to the type itself. */
export function pageTypeLabel(type: string): string {
  return PAGE_TYPE_LABELS[type] ?? type;
}

/** The rows of the table for the page types found in `runs`. */
export function tableRows(runs: readonly SizeRun[]): Row[] {
  const types = [...new Set(runs.flatMap((r) => Object.keys(r.site.html)))].sort((a, b) => typeOrder(a) - typeOrder(b) || a.localeCompare(b));
  const entryTypes = [...new Set(runs.flatMap((r) => Object.keys(r.site.contentPages)))].sort();
  const html = (type: string, field: 'mean' | 'max'): Row => ({
    label: `HTML ${field === 'mean' ? '平均' : '最大'}：${pageTypeLabel(type)}`,
    value: (m, reference) => m.html[reference ? referenceTypeFor(type) : type]?.[field],
    format: kib,
  });
  return [
    { label: '页面数（HTML）', value: (m) => m.pages, format: count },
    { label: '构建时间：网站（astro build）', value: (m) => m.build.siteMs, format: seconds },
    { label: '构建时间：搜索索引', value: (m) => m.build.indexMs, format: seconds },
    { label: '构建时间：合计', value: (m) => m.build.totalMs, format: seconds },
    { label: '每条目构建时间', value: (m) => m.build.msPerEntry, format: millis },
    { label: '处理器时间（user + sys）', value: (m) => m.build.cpuMs, format: seconds },
    { label: '每条目处理器时间', value: (m) => m.build.cpuMsPerEntry, format: millis },
    { label: '峰值内存：网站构建', value: (m) => m.build.peakRssSite, format: mib },
    { label: '峰值内存：搜索索引（本站在 astro build 内）', value: (m) => m.build.peakRssIndex, format: mib },
    { label: '峰值内存：最大的单个进程', value: (m) => m.build.peakProcessRss, format: mib },
    { label: 'dist/ 大小', value: (m) => m.distBytes, format: mib },
    { label: '搜索索引大小', value: (m) => m.indexBytes, format: mib },
    ...types.flatMap((t): Row[] => [
      html(t, 'mean'),
      html(t, 'max'),
      { label: `链接最多的一页：${pageTypeLabel(t)}`, value: (m, reference) => m.html[reference ? referenceTypeFor(t) : t]?.maxLinks, format: count },
    ]),
    ...entryTypes.map(
      (t): Row => ({ label: `CSS + JS（gzip）：${pageTypeLabel(t)}`, value: (m) => m.contentPages[t]?.totalGzip, format: kib }),
    ),
    { label: '首次搜索：下载量', value: (m) => m.search.bytes, format: kib },
    { label: '首次搜索：其中出结果前', value: (m) => m.search.bytesToFirstResults, format: kib },
    { label: '首次搜索：请求数', value: (m) => m.search.requests, format: count },
    { label: `筛选数据（gzip；超过 ${kib(FACETS_WITH_RESULTS_MAX_BYTES)} 时不随首次搜索加载，读者按需加载）`, value: (m) => m.facetData?.bytes, format: kib },
    { label: `首次搜索：首批结果时间（${FIRST_SEARCH_SAMPLES} 次的中位数）`, value: (m) => m.search.firstResultsMs, format: millis },
    { label: `直接打开 /search/?q=…（CPU 降速 ${THROTTLED_RATE} 倍）：首批结果时间（各查询的中位数）`, value: (m) => m.coldLoad?.medianMs, format: millis },
  ];
}

function typeOrder(type: string): number {
  const order = ['home', 'entry:policies', 'entry:templates', 'entry:materials', 'listing', 'facet', 'tag', 'tags-index', 'problems', 'list', 'topics-index', 'topic', 'glossary', 'search', '404'];
  const i = order.indexOf(type);
  return i < 0 ? order.length : i;
}

/** "1.23×", or "–" when there is nothing to compare with. */
export function formatRatio(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`;
}

/** The results table in Markdown: per size, our site, the reference and the ratio. */
export function formatTable(runs: readonly SizeRun[]): string {
  const sorted = [...runs].sort((a, b) => a.size - b.size);
  const header = ['指标', ...sorted.flatMap((r) => [`N=${r.size} 本站`, '参照', '比值'])];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const row of tableRows(sorted)) {
    const cells = sorted.flatMap((run) => {
      const ours = row.value(run.site, false);
      const ref = row.value(run.reference, true);
      return [ours === undefined ? '–' : row.format(ours), ref === undefined ? '–' : row.format(ref), formatRatio(ratio(ours, ref))];
    });
    lines.push(`| ${row.label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The budgets as lines: ✓/✗, the budget, what was measured, then each miss indented. */
export function formatBudgets(budgets: readonly BudgetResult[]): string {
  const lines: string[] = [];
  for (const b of budgets) {
    lines.push(`${b.ok ? '✓' : '✗'} ${b.title} —— ${b.measured}`);
    for (const miss of b.misses) lines.push(`    ${miss}`);
  }
  const failed = budgets.filter((b) => !b.ok).length;
  lines.push(failed ? `${failed} 项预算未达到` : '全部预算达到');
  return lines.join('\n');
}

/** The whole report: a heading line, the table, notes on the reference, the budgets. */
export function formatReport(report: BenchReport): string {
  const { meta } = report;
  const counts = report.runs.map((r) => `N=${r.size}：法规 ${r.counts.policies}、模板 ${r.counts.templates}、资料 ${r.counts.materials}`).join('；');
  return [
    `性能基准（${meta.date}，源码 ${meta.source}，种子「${meta.seed}」，Node ${meta.node}，${meta.cpus} 核）`,
    `合成文库：${counts}`,
    '',
    formatTable(report.runs),
    '',
    '比值 = 本站 ÷ 参照站（同一次运行、同一合成文库；参照站：一个朴素布局、无插件的 Astro + 默认 Pagefind CLI）。',
    '参照站只有条目页、分页列表、首页、搜索页和 404：本站的分面、标签、术语等页面与参照站的列表页比较。',
    `首次搜索：搜索页加载完成后输入「${meta.query}」并提交，统计此后下载的字节数（页面本身的 HTML/CSS/JS 不计）；服务器不压缩（Pagefind 的索引文件本身已压缩）。`,
    '',
    '性能预算：',
    formatBudgets(report.budgets),
  ].join('\n');
}
