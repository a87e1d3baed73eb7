import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../bench/lib/args';
import { formatBudgets, formatRatio, formatTable } from '../../../bench/lib/format';
import type { SiteMetrics, SizeRun } from '../../../bench/lib/results';

function metrics(scale: number): SiteMetrics {
  return {
    build: { siteMs: 10_000 * scale, indexMs: 2_000 * scale, totalMs: 12_000 * scale, msPerEntry: 60 * scale, peakRssSite: 512 * 1024 * 1024 * scale, peakRssIndex: 0, peakRss: 0, peakProcessRss: 0, cpuMs: 9_000 * scale, cpuMsPerEntry: 45 * scale },
    pages: Math.round(100 * scale),
    distBytes: 0,
    indexBytes: 1024 * 1024 * scale,
    html: { 'entry:templates': { count: 10, mean: 20_480 * scale, max: 40_960 * scale, maxUrl: '/templates/a/', maxLinks: 50, maxLinksUrl: '/templates/a/' }, tag: { count: 5, mean: 4096 * scale, max: 8192, maxUrl: '/tags/a/', maxLinks: 30, maxLinksUrl: '/tags/a/' } },
    contentPages: {},
    noJs: [],
    search: { query: 'q', bytes: 102_400 * scale, bytesToFirstResults: 51_200 * scale, requests: 10, firstResultsMs: 250 * scale, results: 10, largest: [] },
  };
}

describe('results table', () => {
  const runs: SizeRun[] = [
    { size: 1000, counts: { policies: 1, templates: 1, materials: 1 }, site: metrics(2), reference: metrics(1) },
    { size: 200, counts: { policies: 1, templates: 1, materials: 1 }, site: metrics(3), reference: metrics(1) },
  ];
  const table = formatTable(runs);
  const line = (label: string) => table.split('\n').find((l) => l.startsWith(`| ${label} |`));

  it('has one column group per size, smallest first: ours, reference, ratio', () => {
    expect(table.split('\n')[0]).toBe('| 指标 | N=200 本站 | 参照 | 比值 | N=1000 本站 | 参照 | 比值 |');
    expect(table.split('\n')[1]).toBe('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  });

  it('prints each figure with its unit and the ratio to the reference', () => {
    expect(line('构建时间：网站（astro build）')).toBe('| 构建时间：网站（astro build） | 30.0 s | 10.0 s | 3.00× | 20.0 s | 10.0 s | 2.00× |');
    expect(line('峰值内存：网站构建')).toBe('| 峰值内存：网站构建 | 1536.0 MB | 512.0 MB | 3.00× | 1024.0 MB | 512.0 MB | 2.00× |');
    expect(line('首次搜索：首批结果时间（5 次的中位数）')).toBe('| 首次搜索：首批结果时间（5 次的中位数） | 750 ms | 250 ms | 3.00× | 500 ms | 250 ms | 2.00× |');
    expect(line('首次搜索：其中出结果前')).toBe('| 首次搜索：其中出结果前 | 150.0 KB | 50.0 KB | 3.00× | 100.0 KB | 50.0 KB | 2.00× |');
  });

  it('compares our page types with the reference page type they map to', () => {
    expect(line('HTML 平均：条目页·整改模板')).toBe('| HTML 平均：条目页·整改模板 | 60.0 KB | 20.0 KB | 3.00× | 40.0 KB | 20.0 KB | 2.00× |');
    // The reference has no tag pages: compared with its listing pages, which it lacks here.
    expect(line('HTML 平均：标签页')).toBe('| HTML 平均：标签页 | 12.0 KB | – | – | 8.0 KB | – | – |');
  });

  it('shows a dash for a ratio without a reference', () => {
    expect(formatRatio(undefined)).toBe('–');
    expect(formatRatio(1.234)).toBe('1.23×');
  });
});

describe('budget lines', () => {
  it('marks each budget and indents its misses, then counts the failures', () => {
    const text = formatBudgets([
      { id: 'no-js', title: '甲', ok: true, measured: '好', misses: [] },
      { id: 'html-growth', title: '乙', ok: false, measured: '坏', misses: ['页面 → 改法'] },
    ]);
    expect(text).toBe('✓ 甲 —— 好\n✗ 乙 —— 坏\n    页面 → 改法\n1 项预算未达到');
  });
});

describe('command-line options', () => {
  it('defaults to the issue sizes and reads --sizes in both spellings', () => {
    expect(parseBenchArgs([])).toEqual({ sizes: [1000, 5000, 20000], seed: 'kb-bench', ref: undefined, query: '三会一课' });
    expect(parseBenchArgs(['--sizes', '100,50'])).toMatchObject({ sizes: [50, 100] });
    expect(parseBenchArgs(['--sizes=200', '--ref', 'HEAD'])).toMatchObject({ sizes: [200], ref: 'HEAD' });
  });

  it('explains bad input', () => {
    expect(parseBenchArgs(['--sizes', '10,x'])).toEqual({ error: '--sizes 10,x：规模应为逗号分隔的正整数 → 例如 --sizes 200,1000,5000' });
    expect(parseBenchArgs(['--size', '10'])).toMatchObject({ error: expect.stringContaining('不认识的参数 --size') });
    expect(parseBenchArgs(['--ref'])).toMatchObject({ error: expect.stringContaining('--ref 后面缺少值') });
  });
});
