// Command-line options of `npm run bench`. Pure.

/** Parsed options. */
export interface BenchArgs {
  /** Library sizes; default [1000, 5000, 20000]. */
  sizes: number[];
  /** Generator seed; default "kb-bench". */
  seed: string;
  /** Git ref to build instead of the working tree, e.g. "HEAD". */
  ref: string | undefined;
  /** Query of the first search; default "三会一课". */
  query: string;
}

/** Default sizes: 1 000, 5 000 and 20 000 entries (a 县/市 archive of a few years reaches 20 000). */
export const DEFAULT_SIZES = [1000, 5000, 20000];

/** Parses `--sizes 200,1000 --ref HEAD --seed x --query y` (also `--sizes=…`); an error message in Chinese on bad input. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs | { error: string } {
  const out: BenchArgs = { sizes: DEFAULT_SIZES, seed: 'kb-bench', ref: undefined, query: '三会一课' };
  const args = argv.flatMap((a) => (/^--\w+=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!;
    const value = args[i + 1];
    if (!['--sizes', '--seed', '--ref', '--query'].includes(name)) {
      return { error: `不认识的参数 ${name} → 可用：--sizes 200,1000,5000、--ref HEAD、--seed 文字、--query 查询词` };
    }
    if (value === undefined || value.startsWith('--')) return { error: `${name} 后面缺少值 → 例如 ${name === '--sizes' ? '--sizes 200,1000' : `${name} …`}` };
    i++;
    if (name === '--sizes') {
      const sizes = value.split(',').map((s) => Number(s.trim()));
      if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) return { error: `--sizes ${value}：规模应为逗号分隔的正整数 → 例如 --sizes 200,1000,5000` };
      out.sizes = [...new Set(sizes)].sort((a, b) => a - b);
    } else if (name === '--seed') out.seed = value;
    else if (name === '--ref') out.ref = value;
    else out.query = value;
  }
  return out;
}
