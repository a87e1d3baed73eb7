// The performance budgets of issue 9, checked against a bench run. Pure: results in, verdicts
// out; each miss says what was measured, where, and where to look.
import { statsByType, type HtmlPage, type PageClassifier } from './dist-stats';
import type { BudgetResult, GrowthByType, GrowthSample, SizeRun } from './results';
import { TARGETS } from './search/bench';
import { THROTTLED_RATE } from './search/timing';

/** The budgets; the README's 性能预算 section states the same numbers. */
export const BUDGETS = {
  /** CSS + JS (gzip) a content page loads before interaction: 15 KB. */
  contentPageGzip: 15 * 1024,
  /** Text a reader gets without JavaScript, as a share of the text with it: at least 90 %. */
  noJsTextShare: 0.9,
  /**
   * A page "grows" when, built at both sizes (same URL), it has more than 10 % (and more than 10)
   * more links at the largest size than it had, or than the most any page of its type had, at the
   * smallest size. Links count what a page lists whatever the length of each row; comparing the
   * same page keeps chance out (a variant entry that borrowed more paragraphs), and the type's
   * most lets a paginated list fill its last page up to a full one …
   */
  htmlGrowthLinksShare: 0.1,
  htmlGrowthLinks: 10,
  /** … or when its HTML is more than 1.5 times as large, measured the same way (lists without links). */
  htmlGrowthBytesRatio: 1.5,
  /** Build time per entry at the largest size ÷ at the smallest, in processor time (user + sys, which other people's load on a shared machine moves far less than wall time): at most 1.3. */
  buildPerEntryRatio: 1.3,
  /** Bytes a first search fetches: 300 KB. */
  firstSearchBytes: 300 * 1024,
  /** Time to first results at the largest size ÷ at the smallest: at most 1.2. */
  firstResultsRatio: 1.2,
  /** Peak memory of any one build process (Astro, a worker, Pagefind's binary): 8 GiB. */
  processRss: 8 * 1024 ** 3,
} as const;

/** "2.4 GB" for bytes (GiB). */
function gib(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** "12.3 KB" for bytes. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Whether a link count grew beyond the tolerance, e.g. 170 → 237 links. */
export function linksGrew(small: number, large: number): boolean {
  return large - small > Math.max(BUDGETS.htmlGrowthLinks, BUDGETS.htmlGrowthLinksShare * small);
}

/** Whether HTML bytes grew beyond the tolerance, e.g. 15 KB → 157 KB. */
export function bytesGrew(small: number, large: number): boolean {
  return large > BUDGETS.htmlGrowthBytesRatio * small && large - small > 1024;
}

/**
 * Per page type, its HTML at both sizes (count, mean, largest page, most links) and, among pages
 * built at both sizes, the one that grew most beyond what its type allowed at the smallest size
 * (see BUDGETS.htmlGrowthLinks).
 */
export function htmlGrowth(small: readonly HtmlPage[], large: readonly HtmlPage[], classify: PageClassifier): Record<string, GrowthByType> {
  const before = statsByType(small, classify);
  const after = statsByType(large, classify);
  const pagesBefore = new Map(small.map((p) => [p.url, p]));
  const out: Record<string, GrowthByType> = {};
  for (const [type, stats] of Object.entries(after)) {
    const was = before[type];
    if (!was) continue;
    const entry: GrowthByType = { small: was, large: stats };
    const excess = (s: GrowthSample) => [s.largeLinks - Math.max(s.smallLinks, was.maxLinks), s.large / Math.max(s.small, was.max)] as const;
    for (const page of large) {
      const old = pagesBefore.get(page.url);
      if (!old || classify(page.url) !== type) continue;
      const sample = { url: page.url, small: old.bytes, large: page.bytes, smallLinks: old.links, largeLinks: page.links };
      const [links, bytes] = excess(sample);
      const best = entry.sameUrl && excess(entry.sameUrl);
      if (!best || links > best[0] || (links === best[0] && bytes > best[1])) entry.sameUrl = sample;
    }
    out[type] = entry;
  }
  return out;
}

/** Whether a page built at both sizes grew beyond what its type allowed at the smallest size. */
export function pageGrew(sample: GrowthSample, type: { max: number; maxLinks: number }): boolean {
  return linksGrew(Math.max(sample.smallLinks, type.maxLinks), sample.largeLinks) || bytesGrew(Math.max(sample.small, type.max), sample.large);
}

const sizeLabel = (n: number) => `N=${n}`;

/** Checks every budget; `growth` compares the smallest and largest sizes (undefined with one size). */
export function checkBudgets(runs: readonly SizeRun[], growth: { from: number; to: number; byType: Record<string, GrowthByType> } | undefined): BudgetResult[] {
  const sorted = [...runs].sort((a, b) => a.size - b.size);
  const results: BudgetResult[] = [];

  // 1. Readable without JavaScript.
  {
    const misses: string[] = [];
    let worst = 1;
    for (const run of sorted) {
      for (const m of run.site.noJs) {
        const share = m.withJs ? m.withoutJs / m.withJs : 0;
        worst = Math.min(worst, share);
        if (m.withoutJs === 0 || share < BUDGETS.noJsTextShare) {
          misses.push(`${sizeLabel(run.size)} ${m.url}：关闭 JavaScript 后 <main> 只显示 ${m.withoutJs} 字（开启时 ${m.withJs} 字）→ 检查正文是否要等脚本运行才显示（hidden、由脚本插入的内容）`);
        }
      }
    }
    results.push({
      id: 'no-js',
      title: '内容页不依赖 JavaScript 也能阅读',
      ok: misses.length === 0,
      measured: `关闭 JavaScript 时正文文字至少为开启时的 ${(worst * 100).toFixed(0)}%`,
      misses,
    });
  }

  // 2. At most 15 KB gzip of CSS + JS before interaction.
  {
    const misses: string[] = [];
    let heaviest = 0;
    for (const run of sorted) {
      for (const [type, w] of Object.entries(run.site.contentPages)) {
        heaviest = Math.max(heaviest, w.totalGzip);
        if (w.totalGzip > BUDGETS.contentPageGzip) {
          const files = [...w.assets].sort((a, b) => b.gzip - a.gzip).map((a) => `${a.url} ${kb(a.gzip)}`).join('、');
          misses.push(`${sizeLabel(run.size)} ${type} ${w.url}：加载 ${kb(w.totalGzip)}（gzip）CSS + JS，超出 ${kb(BUDGETS.contentPageGzip)}；文件：${files} → 把不是阅读必需的脚本改为按需加载（动态 import()）`);
        }
      }
    }
    results.push({
      id: 'content-page-weight',
      title: `内容页交互前加载的 CSS + JS 不超过 ${kb(BUDGETS.contentPageGzip)}（gzip）`,
      ok: misses.length === 0,
      measured: `最重的内容页 ${kb(heaviest)}`,
      misses,
    });
  }

  // 3. No page's HTML grows with the library: the same pages at both ends.
  {
    const misses: string[] = [];
    let compared = 0;
    if (growth) {
      for (const [type, g] of Object.entries(growth.byType).sort()) {
        const same = g.sameUrl;
        if (!same) continue;
        compared++;
        if (!pageGrew(same, g.small)) continue;
        misses.push(
          `${type} ${same.url}：${sizeLabel(growth.from)} 时 ${same.smallLinks} 个链接、${kb(same.small)}，${sizeLabel(growth.to)} 时 ${same.largeLinks} 个链接、${kb(same.large)}（${sizeLabel(growth.from)} 时同类页面最多 ${g.small.maxLinks} 个链接、最大 ${kb(g.small.max)}）→ 这个页面列出的内容随文库增长，应分页或只列前若干项`,
        );
      }
    }
    results.push({
      id: 'html-growth',
      title: '任何页面的 HTML 都不随文库规模增长（列表分页，导航不列出全部条目）',
      ok: growth !== undefined && misses.length === 0,
      measured: growth
        ? `比较了 ${compared} 类页面中 ${sizeLabel(growth.from)} 和 ${sizeLabel(growth.to)} 都有的同一网址，${misses.length ? `${misses.length} 类增长` : '没有一类增长'}`
        : '只有一个规模，无法比较（至少需要两个规模）',
      misses,
    });
  }

  // 4. Build time per entry.
  {
    const misses: string[] = [];
    const first = sorted[0];
    const last = sorted.at(-1);
    let measured = '只有一个规模，无法比较（至少需要两个规模）';
    let ok = false;
    if (first && last && first !== last) {
      const r = last.site.build.cpuMsPerEntry / first.site.build.cpuMsPerEntry;
      const refR = last.reference.build.cpuMsPerEntry / first.reference.build.cpuMsPerEntry;
      const wall = last.site.build.msPerEntry / first.site.build.msPerEntry;
      ok = r <= BUDGETS.buildPerEntryRatio;
      measured = `处理器时间 ${sizeLabel(last.size)} 每条目 ${last.site.build.cpuMsPerEntry.toFixed(1)} ms，${sizeLabel(first.size)} 每条目 ${first.site.build.cpuMsPerEntry.toFixed(1)} ms，比值 ${r.toFixed(2)}（参照站 ${refR.toFixed(2)}；墙钟时间比值 ${wall.toFixed(2)}）`;
      if (!ok) {
        const site = last.site.build.siteMs / last.size / (first.site.build.siteMs / first.size);
        const index = last.site.build.indexMs / last.size / (first.site.build.indexMs / first.size);
        misses.push(
          `构建时间随条目数超线性增长：每条目比值 ${r.toFixed(2)} > ${BUDGETS.buildPerEntryRatio}（其中 astro build ${site.toFixed(2)}，搜索索引 ${index.toFixed(2)}；参照站 ${refR.toFixed(2)}）→ 找每页都遍历整个文库的代码（如每页重新计算分面、相关条目、引用索引），改为整次构建只算一次`,
        );
      }
    }
    results.push({ id: 'build-time-per-entry', title: `N 最大时每条目构建时间（处理器时间）不超过 N 最小时的 ${BUDGETS.buildPerEntryRatio} 倍`, ok, measured, misses });
  }

  // 5. A first search fetches at most 300 KB.
  {
    const misses: string[] = [];
    let most = 0;
    for (const run of sorted) {
      const s = run.site.search;
      most = Math.max(most, s.bytes);
      if (s.bytes > BUDGETS.firstSearchBytes) {
        const files = s.largest.map((f) => `${f.url} ${kb(f.bytes)}`).join('、');
        misses.push(`${sizeLabel(run.size)} 搜索「${s.query}」下载 ${kb(s.bytes)}（${s.requests} 个请求），超出 ${kb(BUDGETS.firstSearchBytes)}；最大的：${files} → 减少首次搜索要取的索引分块或结果片段`);
      }
    }
    results.push({
      id: 'first-search-bytes',
      title: `首次搜索下载不超过 ${kb(BUDGETS.firstSearchBytes)}`,
      ok: misses.length === 0,
      measured: `最多 ${kb(most)}`,
      misses,
    });
  }

  // 6. Time to first results does not grow with the library.
  {
    const first = sorted[0];
    const last = sorted.at(-1);
    let measured = '只有一个规模，无法比较（至少需要两个规模）';
    const misses: string[] = [];
    let ok = false;
    if (first && last && first !== last) {
      const r = last.site.search.firstResultsMs / first.site.search.firstResultsMs;
      ok = r <= BUDGETS.firstResultsRatio;
      measured = `${sizeLabel(last.size)} ${last.site.search.firstResultsMs.toFixed(0)} ms，${sizeLabel(first.size)} ${first.site.search.firstResultsMs.toFixed(0)} ms，比值 ${r.toFixed(2)}`;
      if (!ok) misses.push(`首次搜索出结果的时间随文库变长：比值 ${r.toFixed(2)} > ${BUDGETS.firstResultsRatio} → 看首次搜索下载的文件（上一项）中哪些随条目数变大`);
    }
    results.push({ id: 'first-results-time', title: `N 最大时首次搜索出结果的时间不超过 N 最小时的 ${BUDGETS.firstResultsRatio} 倍`, ok, measured, misses });
  }

  // 7. Every build process fits in 8 GiB.
  {
    const misses: string[] = [];
    let most = 0;
    for (const run of sorted) {
      const rss = run.site.build.peakProcessRss;
      most = Math.max(most, rss);
      if (rss > BUDGETS.processRss) misses.push(`${sizeLabel(run.size)} 最大的单个进程占用 ${gib(rss)}，超出 ${gib(BUDGETS.processRss)} → 看构建日志中内容同步和页面生成两段，哪一段随条目数占用更多内存`);
    }
    results.push({ id: 'process-memory', title: `构建中任何一个进程的峰值内存不超过 ${gib(BUDGETS.processRss)}`, ok: misses.length === 0, measured: `最多 ${gib(most)}`, misses });
  }
  // 8. The search page opened cold on a slow machine shows results within bench:search's target, at every size.
  {
    const misses: string[] = [];
    let most = 0;
    const measured = sorted.filter((r) => r.site.coldLoad);
    for (const run of measured) {
      const cold = run.site.coldLoad!;
      most = Math.max(most, cold.medianMs);
      if (cold.medianMs <= TARGETS.coldMs) continue;
      const slowest = cold.queries
        .map((query, i) => ({ query, ms: cold.samplesMs[i] ?? 0 }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map((s) => `「${s.query}」${s.ms.toFixed(0)} ms`)
        .join('、');
      const reference = run.reference.coldLoad ? `参照站 ${run.reference.coldLoad.medianMs.toFixed(0)} ms` : '参照站未测';
      misses.push(`${sizeLabel(run.size)} 中位数 ${cold.medianMs.toFixed(0)} ms（${reference}），超出 ${TARGETS.coldMs} ms；最慢的：${slowest} → 看这些查询命中多少页：Pagefind 为每个命中页返回全部词位置`);
    }
    results.push({
      id: 'cold-load-time',
      title: `CPU 降速 ${THROTTLED_RATE} 倍时直接打开 /search/?q=…，每个规模首批结果时间的中位数不超过 ${TARGETS.coldMs} ms`,
      ok: measured.length > 0 && misses.length === 0,
      measured: measured.length > 0 ? `最多 ${most.toFixed(0)} ms` : '没有测量',
      misses,
    });
  }
  return results;
}
