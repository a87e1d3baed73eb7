// Runs a command and measures it: wall time, and peak memory both as the largest sum of resident
// set sizes (RSS) over the process and all its descendants (Astro's workers, Pagefind's binary)
// and as the largest RSS of any one of them (what must fit a machine's per-process limits),
// sampled from /proc about every 100 ms. Linux only; no packages.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';

/** One process as /proc shows it. */
export interface ProcInfo {
  pid: number;
  ppid: number;
  /** Resident set size in bytes. */
  rss: number;
}

/** Sum of `rss` over `root` and every process descending from it, e.g. a build and its workers. */
export function treeRss(processes: readonly ProcInfo[], root: number): number {
  return tree(processes, root).reduce((sum, p) => sum + p.rss, 0);
}

/** The largest `rss` of one process among `root` and its descendants. */
export function largestRss(processes: readonly ProcInfo[], root: number): number {
  return Math.max(0, ...tree(processes, root).map((p) => p.rss));
}

function tree(processes: readonly ProcInfo[], root: number): ProcInfo[] {
  const children = new Map<number, ProcInfo[]>();
  for (const p of processes) {
    const list = children.get(p.ppid);
    if (list) list.push(p);
    else children.set(p.ppid, [p]);
  }
  const found: ProcInfo[] = [];
  const seen = new Set<number>();
  const stack = processes.filter((p) => p.pid === root);
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p.pid)) continue;
    seen.add(p.pid);
    found.push(p);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return found;
}

/**
 * Parent pid and RSS out of /proc/<pid>/stat, e.g. "123 (node) S 45 … " → { ppid: 45, rss: pages × 4096 }.
 * The command name may hold spaces and parentheses, so fields are counted after the last ")".
 */
export function parseStat(text: string, pageSize = 4096): { ppid: number; rss: number } | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const fields = text.slice(close + 2).split(' ');
  // After the name: state(0) ppid(1) … rss is field 24 of stat(5), i.e. index 21 here.
  const ppid = Number(fields[1]);
  const rss = Number(fields[21]);
  return Number.isFinite(ppid) && Number.isFinite(rss) ? { ppid, rss: rss * pageSize } : undefined;
}

async function snapshot(): Promise<ProcInfo[]> {
  const out: ProcInfo[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const parsed = parseStat(await readFile(`/proc/${name}/stat`, 'utf8'));
      if (parsed) out.push({ pid: Number(name), ...parsed });
    } catch {
      // The process ended between readdir and readFile.
    }
  }
  return out;
}

/** Result of {@link runMeasured}. */
export interface MeasuredRun {
  /** Wall time in ms. */
  ms: number;
  /** Largest RSS of the process tree seen, in bytes. */
  peakRss: number;
  /** Largest RSS of any single process of the tree, in bytes. */
  peakProcessRss: number;
  /** Output lines that matched `options.capture`, in order. */
  captured: string[];
  /** Exit code (null when killed by a signal). */
  code: number | null;
  /** The last 4 KB of stdout + stderr (Vite's boxed warnings left out), for error messages. */
  tail: string;
}

/**
 * Runs `command args` in `cwd`, output appended to `logFile`, sampling the tree's RSS every
 * `intervalMs` (default 100).
 */
export async function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string; intervalMs?: number; capture?: RegExp },
): Promise<MeasuredRun> {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  log.write(`\n$ ${command} ${args.join(' ')}   (cwd ${options.cwd})\n`);
  let tail = '';
  const captured: string[] = [];
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Vite's boxed warnings (one per MDX file) would push the error out of the tail: skip them there.
  const noise = /[│╭╰─]|MODULE_LEVEL_DIRECTIVE|^\s*$/;
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    const all = chunk.toString().split('\n');
    if (options.capture) captured.push(...all.filter((line) => options.capture!.test(line)));
    const lines = all.filter((line) => !noise.test(line));
    if (lines.length) tail = (tail + lines.join('\n') + '\n').slice(-4096);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let peakRss = 0;
  let peakProcessRss = 0;
  let sampling = false;
  const sample = async () => {
    if (sampling || child.pid === undefined) return;
    sampling = true;
    try {
      const processes = await snapshot();
      peakRss = Math.max(peakRss, treeRss(processes, child.pid));
      peakProcessRss = Math.max(peakProcessRss, largestRss(processes, child.pid));
    } finally {
      sampling = false;
    }
  };
  const timer = setInterval(() => void sample(), options.intervalMs ?? 100);
  void sample();
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => resolve(exitCode));
  });
  const ms = performance.now() - started;
  clearInterval(timer);
  await new Promise<void>((resolve) => log.end(resolve));
  return { ms, peakRss, peakProcessRss, code, tail, captured };
}
