// Writes one of our JSON files into the index folder twice: plain, and gzipped for the browsers
// that inflate natively (src/search/files.ts reads them).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipName } from '../../search/files';

/** Writes `data` (JSON text, or a value to serialise) as `dir/name` and `dir/name.gz`; returns the gzipped size. */
export async function writeIndexJson(dir: string, name: string, data: unknown): Promise<number> {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  const packed = gzipSync(text, { level: 9 });
  await writeFile(join(dir, name), text);
  await writeFile(join(dir, gzipName(name)), packed);
  return packed.length;
}
