// The build's log line about the search index, written by the integration and read back by the
// benchmark (bench/lib/run.ts), which takes the index's share out of the `astro build` time.

/** "搜索索引：154 个页面，用时 15.7 秒 → pagefind/" for 154 pages indexed in 15,700 ms. */
export function indexTimingLine(pages: number, ms: number): string {
  return `搜索索引：${pages} 个页面，用时 ${(ms / 1000).toFixed(1)} 秒 → pagefind/`;
}

/** Matches {@link indexTimingLine}'s output anywhere in a log line (Astro prefixes time and name). */
export const INDEX_TIMING = /搜索索引：(\d+) 个页面，用时 ([\d.]+) 秒/;

/** The milliseconds a log line reports, e.g. "02:04:01 [dangjian-kb] 搜索索引：154 个页面，用时 15.7 秒 → pagefind/" → 15700; undefined for other lines. */
export function parseIndexTiming(line: string): number | undefined {
  const match = INDEX_TIMING.exec(line);
  return match ? Number(match[2]) * 1000 : undefined;
}
