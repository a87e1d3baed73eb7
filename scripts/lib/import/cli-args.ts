import { ImportError } from './errors.ts';
import type { RunOptions } from './index.ts';
import type { Collection } from './structure.ts';

/** Collections accepted by --collection. */
const COLLECTIONS: readonly Collection[] = ['policies', 'templates', 'materials'];

/** Usage line shown with command-line mistakes. */
export const USAGE = '用法：npm run import -- <文件或目录>… [--collection policies|templates|materials] [--into <条目>] [--dry-run] [--force] [--out <目录>] [--split auto|always|never] [--max-size <MB>]';

/** Parse argv into paths and options (default collection: materials); throws ImportError for unknown or incomplete options. */
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
      case '--into':
        options.into = value();
        break;
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
  if (options.into !== undefined && (options.collection !== 'policies' || paths.length > 1)) {
    throw new ImportError('命令行', '--into 只用于导入一个党内法规文件（--collection policies）', '请一次只导入一个文件，并加上 --collection policies');
  }
  return { paths, options };
}

