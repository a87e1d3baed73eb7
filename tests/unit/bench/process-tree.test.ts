import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largestRss, parseStat, runMeasured, treeRss } from '../../../bench/lib/process-tree';
import { INDEX_TIMING, indexTimingLine, parseIndexTiming } from '../../../src/integrations/search-index/timing-line';

describe('process tree memory', () => {
  it('sums the RSS of a process and all its descendants, not of its siblings', () => {
    const procs = [
      { pid: 1, ppid: 0, rss: 1 },
      { pid: 10, ppid: 1, rss: 100 },
      { pid: 11, ppid: 10, rss: 20 },
      { pid: 12, ppid: 11, rss: 3 },
      { pid: 13, ppid: 1, rss: 1000 },
    ];
    expect(treeRss(procs, 10)).toBe(123);
    expect(treeRss(procs, 99)).toBe(0);
    // The largest single process of the same tree: 100 (pid 10), not the sibling's 1000.
    expect(largestRss(procs, 10)).toBe(100);
  });

  it('reads parent and RSS from /proc/<pid>/stat even when the name holds spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i));
    fields[1] = '4242'; // ppid
    fields[21] = '25'; // rss in pages
    const stat = `123 (node (worker) x) S ${fields.slice(1).join(' ')}`;
    expect(parseStat(stat)).toEqual({ ppid: 4242, rss: 25 * 4096 });
  });

  it('keeps the output lines that match the capture pattern, and only those', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kb-bench-'));
    const run = await runMeasured('sh', ['-c', 'echo "a 搜索索引：12 个页面，用时 3.5 秒 → pagefind/"; echo other'], { cwd: dir, logFile: join(dir, 'log'), capture: INDEX_TIMING });
    expect(run.captured).toEqual(['a 搜索索引：12 个页面，用时 3.5 秒 → pagefind/']);
    expect(run.captured.map(parseIndexTiming)).toEqual([3500]);
    expect(parseIndexTiming(indexTimingLine(154, 15_700))).toBe(15_700);
  });

  it('measures a real command: time, exit code and a peak that includes its child', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kb-bench-'));
    const script = "const b=Buffer.alloc(64*1024*1024,1);setTimeout(()=>console.log(b[0]),400)";
    const run = await runMeasured('sh', ['-c', `"${process.execPath}" -e '${script}'; exit 3`], { cwd: dir, logFile: join(dir, 'log'), intervalMs: 50 });
    expect(run.code).toBe(3);
    expect(run.ms).toBeGreaterThan(300);
    expect(run.peakRss).toBeGreaterThan(64 * 1024 * 1024);
    expect(run.peakProcessRss).toBeGreaterThan(64 * 1024 * 1024);
    expect(run.peakProcessRss).toBeLessThanOrEqual(run.peakRss);
    expect(run.tail).toContain('1');
  });
});
