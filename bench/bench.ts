// `npm run bench`: performance benchmark of issue 9. Generates a synthetic library of N entries
// from the shipped content, builds it with our site and with a minimal reference, measures both
// and checks the budgets (README, 性能预算). Prints a table, writes .bench/results.json, and
// exits non-zero when a budget is missed. The logic lives in bench/lib/.
// Usage: npm run bench [-- --sizes 1000,5000,20000] [--ref HEAD] [--seed kb-bench] [--query 三会一课]
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBenchArgs } from './lib/args';
import { formatReport } from './lib/format';
import { runBench } from './lib/run';

const parsed = parseBenchArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.error(parsed.error);
  process.exit(2);
}
const repo = process.cwd();
const started = performance.now();
try {
  const report = await runBench({ ...parsed, repo, log: (line) => console.error(line) });
  const out = join(repo, '.bench', 'results.json');
  await mkdir(join(repo, '.bench'), { recursive: true });
  await writeFile(out, JSON.stringify(report, null, 2) + '\n');
  console.log(formatReport(report));
  console.log(`\n结果：.bench/results.json；构建日志：.bench/bench.log；用时 ${((performance.now() - started) / 60000).toFixed(1)} 分钟`);
  process.exit(report.budgets.every((b) => b.ok) ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
