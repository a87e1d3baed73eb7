/**
 * Command-line entry of the importer (issue 3); the logic lives in scripts/lib/import/.
 *
 *   npm run import -- <file|dir>… [--collection policies|templates|materials] [--dry-run] [--force]
 *                     [--out <dir>] [--split auto|always|never] [--max-size <MB>]
 *
 * Prints per file what was done and what could not be decided, problems as `file → problem → fix`,
 * a count at the end; exits 1 when there was any problem (then nothing is written).
 */
import { parseArgs } from './lib/import/cli-args.ts';
import { formatProblem, formatReport, runImport } from './lib/import/index.ts';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(formatProblem(error));
    return 2;
  }
  const { paths, options } = parsed;
  const run = await runImport(paths, options);
  for (const { result } of run.results) console.log(formatReport(result.report).join('\n'));
  for (const path of run.skipped) console.log(`${path} → 跳过（不是 .txt/.md/.docx，或是 README）`);
  for (const problem of run.problems) console.error(formatProblem(problem));
  const undecided = run.results.filter(({ result }) => result.report.undecided.length > 0).length;
  const summary = [
    `共 ${run.results.length} 篇`,
    `${undecided} 篇有未能确定的项`,
    `${run.problems.length} 个问题`,
    options.dryRun ? '试运行，未写入文件' : run.problems.length ? '因有问题，未写入任何文件' : `已写入 ${run.written} 个文件`,
  ].join('；');
  console.log(summary);
  return run.problems.length ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(formatProblem(error));
  return 1;
});
