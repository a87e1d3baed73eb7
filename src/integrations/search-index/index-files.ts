// Reading back an index Pagefind wrote: its shard folders (kb-index.json) and the page
// fragments in them. Used by the facet data writer, bench:search and the index tests.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { INDEX_FILE, type IndexManifest } from '../../search/files';

/** Pagefind's signature at the start of every decompressed file (pagefind_web). */
const SIGNATURE = 'pagefind_dcd';

/** The JSON of one Pagefind file: gunzipped, signature removed. */
export function readPagefindJson(compressed: Uint8Array): unknown {
  const data = gunzipSync(compressed);
  const start = data.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? SIGNATURE.length : 0;
  return JSON.parse(data.subarray(start).toString('utf8'));
}

/** The manifest of the index written in `indexDir`, or undefined where there is none (a plain Pagefind index). */
export async function readIndexManifest(indexDir: string): Promise<IndexManifest | undefined> {
  const file = join(indexDir, INDEX_FILE);
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as IndexManifest) : undefined;
}

/** The folders of every shard of the index written in `indexDir` (itself first; itself alone for an index without shards). */
export async function shardDirs(indexDir: string): Promise<string[]> {
  return shardFolders(indexDir, (await readIndexManifest(indexDir))?.merge ?? []);
}

/** The folders of an index in `indexDir` whose shards past the first are `merge`. */
export function shardFolders(indexDir: string, merge: readonly string[]): string[] {
  return [indexDir, ...merge.map((dir) => join(indexDir, dir))];
}

/** One page's fragment, as far as our readers need it. */
export interface StoredFragment {
  url: string;
  filters?: Record<string, string[]>;
}

/**
 * Every page's fragment in one index folder, by Pagefind page id. A fragment file holds one page
 * ("und_174a65e.pf_fragment") or, past Pagefind's maxFragments, a group of pages (an object of
 * page id → fragment).
 */
export async function indexFragments(dir: string): Promise<Map<string, StoredFragment>> {
  const folder = join(dir, 'fragment');
  const out = new Map<string, StoredFragment>();
  for (const name of (await readdir(folder)).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    const data = readPagefindJson(await readFile(join(folder, name))) as Record<string, unknown>;
    if (typeof data['url'] === 'string') out.set(name.replace(/\.pf_fragment$/, ''), data as unknown as StoredFragment);
    else for (const [id, fragment] of Object.entries(data)) out.set(id, fragment as StoredFragment);
  }
  return out;
}
