import { describe, expect, it } from 'vitest';
import { BUDGETS, bytesGrew, checkBudgets, htmlGrowth, linksGrew, pageGrew } from '../../../bench/lib/budgets';
import { classifySitePage } from '../../../bench/lib/dist-stats';
import type { SiteMetrics, SizeRun } from '../../../bench/lib/results';

/** Metrics of a site that meets every budget; `patch` changes what a test needs. */
function metrics(size: number, patch: Partial<SiteMetrics> = {}, msPerEntry = 20): SiteMetrics {
  return {
    build: { siteMs: msPerEntry * size * 0.8, indexMs: msPerEntry * size * 0.2, totalMs: msPerEntry * size, msPerEntry, peakRssSite: 1e9, peakRssIndex: 3e8, peakRss: 1e9, peakProcessRss: 9e8, cpuMs: msPerEntry * size * 1.5, cpuMsPerEntry: msPerEntry * 1.5 },
    pages: size * 3,
    distBytes: size * 50_000,
    indexBytes: size * 8_000,
    html: { 'entry:templates': { count: size, mean: 30_000, max: 120_000, maxUrl: '/templates/a/', maxLinks: 80, maxLinksUrl: '/templates/a/' } },
    contentPages: { 'entry:templates': { url: '/templates/a/', cssGzip: 4_000, jsGzip: 6_000, totalGzip: 10_000, assets: [{ url: '/_astro/a.js', gzip: 6_000 }] } },
    noJs: [{ url: '/templates/a/', withJs: 1000, withoutJs: 1000 }],
    search: { query: '三会一课', bytes: 200_000, bytesToFirstResults: 150_000, requests: 20, firstResultsMs: 300, results: 10, largest: [{ url: '/pagefind/wasm.unknown.pagefind', bytes: 60_000 }] },
    coldLoad: { rate: 4, medianMs: 800, samplesMs: [700, 800, 950], queries: ['党费', '三会一课', '党性'] },
    ...patch,
  };
}

const run = (size: number, site: SiteMetrics, reference = metrics(size)): SizeRun => ({ size, counts: { policies: 1, templates: 1, materials: 1 }, site, reference });
const page = (url: string, bytes: number, links = 40) => ({ url, file: url.slice(1) + 'index.html', bytes, links });

describe('budget checks', () => {
  const growth = { from: 200, to: 5000, byType: htmlGrowth([page('/tags/', 10_000, 150)], [page('/tags/', 10_500, 152)], classifySitePage) };

  it('pass when every figure is inside its budget', () => {
    const results = checkBudgets([run(200, metrics(200)), run(5000, metrics(5000))], growth);
    expect(results.map((r) => [r.id, r.ok])).toEqual([
      ['no-js', true],
      ['content-page-weight', true],
      ['html-growth', true],
      ['build-time-per-entry', true],
      ['first-search-bytes', true],
      ['first-results-time', true],
      ['process-memory', true],
      ['cold-load-time', true],
    ]);
    expect(results.flatMap((r) => r.misses)).toEqual([]);
  });

  it('fail a content page over 15 KB and name its files, heaviest first', () => {
    const heavy = metrics(5000, {
      contentPages: {
        'entry:materials': { url: '/materials/x/', cssGzip: 4_000, jsGzip: 14_000, totalGzip: 18_000, assets: [{ url: '/_astro/small.js', gzip: 2_000 }, { url: '/_astro/i18n.js', gzip: 12_000 }] },
      },
    });
    const result = checkBudgets([run(200, metrics(200)), run(5000, heavy)], growth).find((r) => r.id === 'content-page-weight')!;
    expect(result.ok).toBe(false);
    expect(result.misses).toEqual([
      'N=5000 entry:materials /materials/x/：加载 17.6 KB（gzip）CSS + JS，超出 15.0 KB；文件：/_astro/i18n.js 11.7 KB、/_astro/small.js 2.0 KB → 把不是阅读必需的脚本改为按需加载（动态 import()）',
    ]);
  });

  it('fail a page that needs JavaScript to show its text', () => {
    const hidden = metrics(200, { noJs: [{ url: '/templates/a/', withJs: 1000, withoutJs: 100 }] });
    const result = checkBudgets([run(200, hidden), run(5000, metrics(5000))], growth).find((r) => r.id === 'no-js')!;
    expect(result.ok).toBe(false);
    expect(result.misses[0]).toContain('/templates/a/：关闭 JavaScript 后 <main> 只显示 100 字（开启时 1000 字）');
  });

  it('fail a page that lists more as the library grows, and point at the URL', () => {
    const small = [page('/policies/dang-zhang/', 10_000, 60), page('/policies/other/', 9_000, 40)];
    const large = [page('/policies/dang-zhang/', 60_000, 1560), page('/policies/other/', 9_100, 41)];
    const result = checkBudgets([run(200, metrics(200)), run(5000, metrics(5000))], { from: 200, to: 5000, byType: htmlGrowth(small, large, classifySitePage) }).find(
      (r) => r.id === 'html-growth',
    )!;
    expect(result.ok).toBe(false);
    expect(result.measured).toBe('比较了 1 类页面中 N=200 和 N=5000 都有的同一网址，1 类增长');
    expect(result.misses).toEqual([
      'entry:policies /policies/dang-zhang/：N=200 时 60 个链接、9.8 KB，N=5000 时 1560 个链接、58.6 KB（N=200 时同类页面最多 60 个链接、最大 9.8 KB）→ 这个页面列出的内容随文库增长，应分页或只列前若干项',
    ]);
  });

  it('fail an index that lists every tag even when it grows only a third', () => {
    const byType = htmlGrowth([page('/tags/', 17_700, 170)], [page('/tags/', 23_800, 237)], classifySitePage);
    const result = checkBudgets([run(200, metrics(200)), run(5000, metrics(5000))], { from: 200, to: 5000, byType }).find((r) => r.id === 'html-growth')!;
    expect(result.ok).toBe(false);
    expect(result.misses[0]).toMatch(/^tags-index \/tags\/：N=200 时 170 个链接、17\.3 KB，N=5000 时 237 个链接/);
  });

  it('do not count a list filling its last page, deeper pagination or pages only built at the larger size as growth', () => {
    const small = [page('/templates/', 18_000, 60), page('/templates/page/2/', 6_000, 25)];
    const large = [page('/templates/', 18_200, 64), page('/templates/page/2/', 18_100, 66), page('/templates/page/9/', 30_000, 120)];
    const byType = htmlGrowth(small, large, classifySitePage);
    expect(byType['listing']!.sameUrl).toMatchObject({ url: '/templates/page/2/', smallLinks: 25, largeLinks: 66 });
    expect(checkBudgets([run(200, metrics(200)), run(5000, metrics(5000))], { from: 200, to: 5000, byType }).find((r) => r.id === 'html-growth')!.ok).toBe(true);
  });

  it('judge a page against the most its type had, so a list filling up is not growth but passing a full page is', () => {
    const type = { max: 20_000, maxLinks: 100 };
    expect(pageGrew({ url: '/x/', small: 5_000, large: 20_000, smallLinks: 30, largeLinks: 100 }, type)).toBe(false);
    expect(pageGrew({ url: '/x/', small: 5_000, large: 21_000, smallLinks: 30, largeLinks: 111 }, type)).toBe(true);
    expect(pageGrew({ url: '/x/', small: 5_000, large: 31_000, smallLinks: 30, largeLinks: 40 }, type)).toBe(true);
  });

  it('fail when build time per entry grows more than 1.3× and say which step grew', () => {
    const result = checkBudgets([run(200, metrics(200, {}, 20)), run(5000, metrics(5000, {}, 40))], growth).find((r) => r.id === 'build-time-per-entry')!;
    expect(result.ok).toBe(false);
    expect(result.measured).toBe('处理器时间 N=5000 每条目 60.0 ms，N=200 每条目 30.0 ms，比值 2.00（参照站 1.00；墙钟时间比值 2.00）');
    expect(result.misses[0]).toContain('astro build 2.00，搜索索引 2.00');
  });

  it('fail a first search over 300 KB and list the largest downloads', () => {
    const big = metrics(5000, { search: { ...metrics(5000).search, bytes: 400 * 1024 } });
    const result = checkBudgets([run(200, metrics(200)), run(5000, big)], growth).find((r) => r.id === 'first-search-bytes')!;
    expect(result.ok).toBe(false);
    expect(result.misses[0]).toContain('N=5000 搜索「三会一课」下载 400.0 KB（20 个请求），超出 300.0 KB；最大的：/pagefind/wasm.unknown.pagefind 58.6 KB');
  });

  it('fail when the first results take more than 1.2× as long at the largest size', () => {
    const slow = metrics(5000, { search: { ...metrics(5000).search, firstResultsMs: 390 } });
    const result = checkBudgets([run(200, metrics(200)), run(5000, slow)], growth).find((r) => r.id === 'first-results-time')!;
    expect(result.ok).toBe(false);
    expect(result.measured).toBe('N=5000 390 ms，N=200 300 ms，比值 1.30');
    const fine = metrics(5000, { search: { ...metrics(5000).search, firstResultsMs: 360 } });
    expect(checkBudgets([run(200, metrics(200)), run(5000, fine)], growth).find((r) => r.id === 'first-results-time')!.ok).toBe(true);
  });

  it('fail when the search page opened cold at 4x CPU takes over 1 s at any size, naming the slowest queries', () => {
    const slow = metrics(20000, { coldLoad: { rate: 4, medianMs: 1706, samplesMs: [1706, 5157, 1300, 8119], queries: ['党费', '黨支部', '湘潭', '党员 教育 管理'] } });
    const reference = metrics(20000, { coldLoad: { rate: 4, medianMs: 1500, samplesMs: [1500], queries: ['党费'] } });
    const result = checkBudgets([run(1000, metrics(1000)), run(20000, slow, reference)], growth).find((r) => r.id === 'cold-load-time')!;
    expect(result.ok).toBe(false);
    expect(result.measured).toBe('最多 1706 ms');
    expect(result.misses).toHaveLength(1);
    expect(result.misses[0]).toContain('N=20000 中位数 1706 ms（参照站 1500 ms），超出 1000 ms；最慢的：「党员 教育 管理」8119 ms、「黨支部」5157 ms、「党费」1706 ms');
    const unmeasured = checkBudgets([run(1000, metrics(1000, { coldLoad: undefined }))], growth).find((r) => r.id === 'cold-load-time')!;
    expect([unmeasured.ok, unmeasured.measured]).toEqual([false, '没有测量']);
  });

  it('fail when any one build process passes 8 GB, whatever the sum of the tree', () => {
    const big = metrics(5000, { build: { ...metrics(5000).build, peakProcessRss: 8.5 * 1024 ** 3 } });
    const result = checkBudgets([run(200, metrics(200)), run(5000, big)], growth).find((r) => r.id === 'process-memory')!;
    expect(result.ok).toBe(false);
    expect(result.misses[0]).toContain('N=5000 最大的单个进程占用 8.5 GB，超出 8.0 GB');
  });

  it('cannot judge growth or build time from a single size', () => {
    const results = checkBudgets([run(200, metrics(200))], undefined);
    expect(results.find((r) => r.id === 'html-growth')!.ok).toBe(false);
    expect(results.find((r) => r.id === 'build-time-per-entry')!.measured).toContain('至少需要两个规模');
  });
});

describe('growth tolerance', () => {
  it('allows 10 % or 10 more links, whichever is more', () => {
    expect(linksGrew(200, 220)).toBe(false);
    expect(linksGrew(200, 221)).toBe(true);
    expect(linksGrew(20, 30)).toBe(false);
    expect(linksGrew(20, 31)).toBe(true);
  });

  it('allows pages to grow up to 1.5 times in bytes', () => {
    expect(bytesGrew(60_000, 78_000)).toBe(false);
    expect(bytesGrew(15_000, 157_000)).toBe(true);
    expect(bytesGrew(1_000, 1_900)).toBe(false);
    expect(BUDGETS.firstSearchBytes).toBe(300 * 1024);
  });
});
