// Facet data for the search page, computed once at build time from what Pagefind wrote: every
// page's filters keyed by Pagefind's page id (the fragment's file name), which is what the
// browser gets back for each result without loading the result's text.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FACETS, facetFile, type FacetKey } from '../../search/facets';
import { FACET_FILE, SHARDS_FILE, type IndexShards } from '../../search/files';
import { writeIndexJson } from './index-json';

/** Pagefind's signature at the start of every decompressed file (pagefind_web). */
const SIGNATURE = 'pagefind_dcd';

/** The JSON of one Pagefind file: gunzipped, signature removed. */
export function readPagefindJson(compressed: Uint8Array): unknown {
  const data = gunzipSync(compressed);
  const start = data.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? SIGNATURE.length : 0;
  return JSON.parse(data.subarray(start).toString('utf8'));
}

/** One page's fragment, as far as the facets need it. */
interface FragmentFilters {
  filters?: Record<string, string[]>;
}

/**
 * Every page's facet values from the index in `indexDir`, by page id. A fragment file holds
 * one page ("und_174a65e.pf_fragment") or, past Pagefind's maxFragments, a group of pages
 * (an object of page id → fragment).
 */
export async function pageFacets(indexDir: string): Promise<Map<string, [FacetKey, string][]>> {
  const dir = join(indexDir, 'fragment');
  const pages = new Map<string, [FacetKey, string][]>();
  const add = (id: string, fragment: FragmentFilters) => {
    const pairs: [FacetKey, string][] = [];
    for (const key of FACETS) for (const value of fragment.filters?.[key] ?? []) pairs.push([key, value]);
    pages.set(id, pairs);
  };
  for (const name of (await readdir(dir)).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    const data = readPagefindJson(await readFile(join(dir, name))) as FragmentFilters & Record<string, unknown>;
    if (typeof data['url'] === 'string') add(name.replace(/\.pf_fragment$/, ''), data);
    else for (const [id, fragment] of Object.entries(data)) add(id, fragment as FragmentFilters);
  }
  return pages;
}

/**
 * Writes kb-facets.json into `indexDir` from the index shards in `shardDirs` (default: the index
 * in `indexDir` alone); returns its gzipped size in bytes.
 */
export async function writeFacetData(indexDir: string, shardDirs: readonly string[] = [indexDir]): Promise<number> {
  const pages = new Map<string, [FacetKey, string][]>();
  for (const dir of shardDirs) for (const [id, values] of await pageFacets(dir)) pages.set(id, values);
  return writeIndexJson(indexDir, FACET_FILE, facetFile(pages));
}

/** The folders of every shard of the index written in `indexDir` (itself first; itself alone for an index without shards). */
export async function shardDirs(indexDir: string): Promise<string[]> {
  const file = join(indexDir, SHARDS_FILE);
  if (!existsSync(file)) return [indexDir];
  const { merge } = JSON.parse(await readFile(file, 'utf8')) as IndexShards;
  return [indexDir, ...merge.map((dir) => join(indexDir, dir))];
}
