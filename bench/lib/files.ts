// Disk side of the benchmark: reading the shipped content, writing a generated library, sizes
// of folders. Writes and deletes only below a ".bench" folder, so a wrong path can never
// touch the repository's content/ or dist/ (other people use them).
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ContentFile } from './library';

/** Throws unless `path` lies inside a folder named ".bench"; guards every delete and write. */
export function assertInsideBench(path: string): void {
  const parts = resolve(path).split(sep);
  if (!parts.includes('.bench') || parts.at(-1) === '.bench') {
    throw new Error(`${path} → 基准测试只写入 .bench/ 之下的文件夹 → 换一个 .bench/ 里的路径`);
  }
}

/** Every file below `dir`, recursively, as paths relative to it with "/" separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  await walk(dir);
  return out.sort();
}

/** The MDX and YAML files of a content folder, e.g. "content". */
export async function readContentDir(dir: string): Promise<ContentFile[]> {
  const paths = (await listFiles(dir)).filter((p) => /\.(mdx|ya?ml)$/.test(p));
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(join(dir, path), 'utf8') })));
}

/** Replaces folder `dir` (inside .bench/) with `files`. */
export async function writeContentDir(dir: string, files: readonly ContentFile[]): Promise<void> {
  assertInsideBench(dir);
  await rm(dir, { recursive: true, force: true });
  const folders = new Set(files.map((f) => dirname(join(dir, f.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // Topics may be absent from a small library; the collection folder still has to exist.
  for (const name of ['policies', 'templates', 'materials', 'topics', 'glossary']) await mkdir(join(dir, name), { recursive: true });
  // A few hundred at a time: 20,000 writes at once run out of file descriptors (EMFILE).
  for (let i = 0; i < files.length; i += WRITE_BATCH) {
    await Promise.all(files.slice(i, i + WRITE_BATCH).map((f) => writeFile(join(dir, f.path), f.text)));
  }
}

/** Files written at once by {@link writeContentDir}. */
const WRITE_BATCH = 256;

/** Total bytes of the files below `dir` (0 when it does not exist). */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await folderBytes(path);
    else if (entry.isFile()) total += (await stat(path)).size;
  }
  return total;
}
