import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ImportError } from './errors.ts';

/** A file to write: absolute or relative path and its full content. */
export interface PlannedFile {
  path: string;
  content: string;
  /** The file is meant to replace an existing one (a catalogue entry being filled); default false. */
  replace?: boolean;
}

/** Throw ImportError for a target written twice or, without `force`, one that already exists. */
export function checkTargets(files: readonly PlannedFile[], { force = false }: { force?: boolean } = {}): void {
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) {
      throw new ImportError(file.path, '同一次导入中有两个文件要写到这个位置', '请给其中一个源文件换个标题或分两次导入');
    }
    seen.add(file.path);
    if (!force && !file.replace && existsSync(file.path)) {
      throw new ImportError(file.path, '目标文件已存在', '如要覆盖请加 --force，或用 --out 指定别的目录');
    }
  }
}

/**
 * Write all files or none: every target is checked first (an existing file needs `force`),
 * then each is written to a temporary file beside it and renamed into place only when all
 * temporary files were written (rename is atomic on one file system).
 */
export async function writeAllOrNothing(files: readonly PlannedFile[], { force = false }: { force?: boolean } = {}): Promise<void> {
  checkTargets(files, { force });
  const temps: string[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.tmp`);
      temps.push(temp);
      await writeFile(temp, file.content, 'utf8');
    }
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true })));
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError(dirname(files[0]?.path ?? '.'), `无法写入：${message}`, '请检查目录是否存在、是否有写权限、磁盘是否已满');
  }
  for (const [index, file] of files.entries()) await rename(temps[index]!, file.path);
}
