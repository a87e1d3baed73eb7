/**
 * Errors a person can act on: which file, what is wrong, what to do (house style:
 * `file → problem → fix`, no stack traces for bad input).
 */
export class ImportError extends Error {
  /** The input file (or target path) the problem is about, e.g. "seeds/002.txt". */
  readonly file: string;
  /** What happened, in Chinese, e.g. "文件是空的". */
  readonly problem: string;
  /** What to do about it, in Chinese, e.g. "请检查是否选错了文件". */
  readonly fix: string;

  constructor(file: string, problem: string, fix: string) {
    super(`${file} → ${problem} → ${fix}`);
    this.name = 'ImportError';
    this.file = file;
    this.problem = problem;
    this.fix = fix;
  }
}

/** One line `file → problem → fix` for any thrown value; unexpected errors keep their message only. */
export function formatProblem(error: unknown, file = '（未知文件）'): string {
  if (error instanceof ImportError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `${file} → 意外错误：${message} → 请把这行信息和输入文件一起报告给维护者`;
}
