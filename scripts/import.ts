/**
 * Command-line entry of the importer (issue 3); the logic lives in scripts/lib/import/.
 *
 *   npm run import -- <file|dir>… [--collection policies|templates|materials] [--dry-run] [--force]
 *                     [--out <dir>] [--split auto|always|never] [--max-size <MB>]
 *
 * Prints per file what was done and what could not be decided, problems as `file → problem → fix`,
 * a count at the end; exits 1 when there was any problem (then nothing is written).
 */
import { COLLECTIONS, formatProblem, formatReport, ImportError, runImport, type Collection, type RunOptions } from './lib/import/index.ts';

const USAGE = '用法：npm run import -- <文件或目录>… [--collection policies|templates|materials] [--dry-run] [--force] [--out <目录>] [--split auto|always|never] [--max-size <MB>]';

/** Parse argv into paths and options; throws ImportError for unknown or incomplete options. */
export function parseArgs(argv: readonly string[]): { paths: string[]; options: RunOptions } {
  const paths: string[] = [];
  const options: RunOptions = { collection: 'materials' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new ImportError('命令行', `${arg} 后面缺少取值`, USAGE);
      return next;
    };
    switch (arg) {
      case '--collection': {
        const collection = value();
        if (!COLLECTIONS.includes(collection as Collection)) {
          throw new ImportError('命令行', `未知的集合 --collection ${collection}`, `请选 ${COLLECTIONS.join('、')} 之一`);
        }
        options.collection = collection as Collection;
        break;
      }
      case '--dry-run':
        options.dryRun = true;
        break;
      case '--force':
        options.force = true;
        break;
      case '--out':
        options.out = value();
        break;
      case '--split': {
        const split = value();
        if (split !== 'auto' && split !== 'always' && split !== 'never') {
          throw new ImportError('命令行', `未知的 --split ${split}`, '请选 auto、always 或 never');
        }
        options.split = split;
        break;
      }
      case '--max-size': {
        const mb = Number(value());
        if (!(mb > 0)) throw new ImportError('命令行', '--max-size 应为正数（单位 MB）', '例如 --max-size 10');
        options.maxBytes = mb * 1024 * 1024;
        break;
      }
      default:
        if (arg.startsWith('--')) throw new ImportError('命令行', `未知选项 ${arg}`, USAGE);
        paths.push(arg);
    }
  }
  if (paths.length === 0) throw new ImportError('命令行', '没有给出要导入的文件或目录', USAGE);
  return { paths, options };
}

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
