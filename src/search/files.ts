// Names of the files the indexer writes next to Pagefind's own in <site>/pagefind/ and the
// browser fetches from there: one definition for both sides, and the browser's loader.
// Each JSON file also ships gzipped ("….json.gz"), like Pagefind's own files, because the
// static servers this site lands on often do not compress: the browser fetches that copy and
// inflates it natively (native-gunzip.ts), and the plain file where it cannot.
import type { FacetLoading } from './facets';
import { inflateIndexFetches } from './native-gunzip';
import { createFolder, type Folder, type FoldTable } from './text';

/** Per-character fold table (src/search/fold-map.ts). */
export const FOLD_FILE = 'kb-fold.json';
/** Facet values per page (src/search/facets.ts). */
export const FACET_FILE = 'kb-facets.json';
/** Aliases and pinyin keys for query expansion (src/search/lexicon.ts). */
export const LEXICON_FILE = 'kb-lexicon.json';
/** How many suggestion shards there are (src/search/suggest.ts); the shards sit in suggest/. */
export const SUGGEST_FILE = 'kb-suggest.json';
/**
 * What the browser needs to know about the index before its first search ({@link IndexManifest}):
 * the shards to merge and how to load the facet data.
 */
export const INDEX_FILE = 'kb-index.json';

/**
 * Name of the <meta> in the search page's head that the index build fills in with the index's
 * cache tag (Pagefind's metaCacheTag option), followed by preloads of Pagefind's first files
 * (src/integrations/search-index/index-preload.ts).
 */
export const INDEX_TAG_META = 'kb-index-tag';

/** Content of {@link INDEX_FILE}. */
export interface IndexManifest {
  /**
   * Folders of the shards after the first, relative to pagefind/, e.g. ["shard-1/"]. A library
   * too large for one Pagefind process is indexed in shards, each a complete Pagefind index of
   * its own; the browser merges them into the first with Pagefind's mergeIndex().
   */
  merge: string[];
  /**
   * The merged shards' first files (entry file with the cache tag, metadata), relative to
   * pagefind/: the client preloads them when the page carries the cache tag, since Pagefind asks
   * for them only once the first shard's WebAssembly is in (index-preload.ts).
   */
  warm: string[];
  /** The facet file: its gzipped size in bytes, and when the search page loads it (facets.ts). */
  facets: { bytes: number; loading: FacetLoading };
}

/** Folder of shard `n` (n ≥ 1) relative to pagefind/; shard 0 is pagefind/ itself. */
export function shardFolder(n: number): string {
  return `shard-${n}/`;
}

/** The gzipped copy of one of our JSON files, e.g. "kb-facets.json.gz". */
export function gzipName(name: string): string {
  return `${name}.gz`;
}

/**
 * Fetches a JSON file of the index folder under the site's base path, e.g. ("/kb/", FOLD_FILE):
 * its gzipped copy inflated natively where the browser can, else the plain file.
 */
export async function fetchIndexJson<T>(base: string, name: string): Promise<T> {
  const dir = `${base.replace(/\/?$/, '/')}pagefind/`;
  if (inflateIndexFetches(dir)) {
    const packed = await fetch(dir + gzipName(name));
    if (packed.ok) return (await packed.json()) as T;
  }
  const response = await fetch(dir + name);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const folders = new Map<string, Promise<Folder>>();

/** Loads the fold table once per page; shared by search, suggestions and the entry-page highlighter. */
export function loadFolder(base: string): Promise<Folder> {
  let folder = folders.get(base);
  if (!folder) {
    folder = fetchIndexJson<FoldTable>(base, FOLD_FILE).then(createFolder);
    folder.catch(() => folders.delete(base));
    folders.set(base, folder);
  }
  return folder;
}
