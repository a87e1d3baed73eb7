/**
 * Re-imports every source file of ../shared/sources through the editorial records of
 * scripts/sources/ and writes the entries they make (the shipped regulation texts).
 *
 *   npm run import:sources [-- --check] [--sources <dir>]
 *
 * --check writes nothing and exits 1 when a shipped file differs from a fresh import.
 * Same sources + same records + same catalogue → byte-identical files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatProblem } from './lib/import/errors.ts';
import { loadSourceRecords, runSourceRecords } from './lib/import/source-run.ts';
import { writeAllOrNothing } from './lib/import/write-atomic.ts';

const REPO = resolve(import.meta.dirname, '..');

async function main(argv: readonly string[]): Promise<number> {
  const check = argv.includes('--check');
  const at = argv.indexOf('--sources');
  const sourcesDir = resolve(REPO, at >= 0 && argv[at + 1] ? argv[at + 1]! : '../shared/sources');
  if (!existsSync(sourcesDir)) {
    console.error(`${sourcesDir} → 找不到来源文件夹 → 请确认 ../shared/sources 存在，或用 --sources <目录> 指定`);
    return 1;
  }
  const records = await loadSourceRecords(join(REPO, 'scripts/sources'));
  // Every source file must have a record, so that "every source file" is really every one.
  const recorded = new Set(records.map((record) => record.file));
  const unrecorded = readdirSync(join(sourcesDir, 'policies')).filter((name) => name.endsWith('.md') || name.endsWith('.txt') || name.endsWith('.docx')).map((name) => `policies/${name}`).filter((file) => !recorded.has(file));
  for (const file of unrecorded) console.error(`${file} → 没有编辑记录 → 请在 scripts/sources/ 里为它写一个记录（见 scripts/lib/import/source-record.ts）`);
  const run = await runSourceRecords({ records, sourcesDir, contentDir: join(REPO, 'content') });
  console.log(run.report.join('\n'));
  for (const problem of run.problems) console.error(formatProblem(problem));
  if (run.problems.length || unrecorded.length) {
    console.error(`${run.problems.length + unrecorded.length} 个问题，未写入任何文件。`);
    return 1;
  }
  const changed = [...run.files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
  const show = (path: string) => relative(REPO, path);
  if (check) {
    for (const [path] of changed) console.error(`${show(path)} → 与重新导入的结果不同 → 运行 npm run import:sources 重新生成，或检查是否有人手改了正文`);
    console.log(`${records.length} 个记录，${run.files.size} 个条目，${changed.length} 个与重新导入不同。`);
    return changed.length ? 1 : 0;
  }
  await writeAllOrNothing(
    changed.map(([path, content]) => ({ path, content })),
    { force: true },
  );
  console.log(`${records.length} 个记录，${run.files.size} 个条目；已更新 ${changed.length} 个文件${changed.length ? `：${changed.map(([path]) => show(path)).join('、')}` : ''}。`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(formatProblem(error));
  return 1;
});
