// Lets the search page fetch Pagefind's entry and metadata files while its HTML parses, the way
// it already fetches pagefind.js and the WebAssembly. Both names are known only once the index
// is written: the metadata file is named by a hash, and Pagefind fetches its entry file as
// "pagefind-entry.json?ts=…", with the current time unless it is given a cache tag
// (its metaCacheTag option). So after indexing, the page's marker
// <meta name="kb-index-tag" content="" data-index-url="/kb/pagefind/"> gets a tag (a hash of
// every shard's entry file, which changes whenever the index does) and a preload link per file.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { INDEX_TAG_META } from '../../search/files';

/** One shard's entry file, as far as the preloads need it (pagefind_web, entry.rs). */
interface EntryFile {
  languages: Record<string, { hash: string; page_count: number }>;
}

/** The marker and the links a previous run put after it. */
const MARKER = new RegExp(`<meta name="${INDEX_TAG_META}" content="[^"]*" data-index-url="([^"]*)">(?:<link rel="preload"[^>]*data-kb-index>)*`, 'g');

/** What the index build tells the browser to fetch early; see {@link indexPreloads}. */
export interface IndexPreloads {
  /** The index's cache tag. */
  tag: string;
  /** The first shard's files, preloaded by the search page's HTML. */
  files: string[];
  /** The merged shards' files, preloaded by the client once it reads kb-index.json. */
  merged: string[];
}

/**
 * The cache tag for `entries` (the text of every shard's pagefind-entry.json, first shard
 * first; `merge` names the folders of the shards after the first) and the files each shard's
 * search needs first: its entry file and the metadata of the language index Pagefind picks for
 * our queries, the one with the most pages. The page preloads only the first shard's, so that it
 * stays the same size whatever the library's. Pagefind fetches a merged shard's files only once
 * the first shard's WebAssembly is in, one shard after the other's entry file; the client
 * preloads them as soon as it reads the manifest, which on a cold /search/?q= load is before.
 */
export function indexPreloads(entries: readonly string[], merge: readonly string[] = []): IndexPreloads {
  const tag = createHash('sha256').update(entries.join('\n')).digest('hex').slice(0, 12);
  const shardFiles = (text: string | undefined, dir: string) => {
    const entry = JSON.parse(text ?? '{"languages":{}}') as EntryFile;
    const [top] = Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count);
    return [`${dir}pagefind-entry.json?ts=${tag}`, ...(top ? [`${dir}pagefind.${top.hash}.pf_meta`] : [])];
  };
  return { tag, files: shardFiles(entries[0], ''), merged: merge.flatMap((dir, i) => shardFiles(entries[i + 1], dir)) };
}

/** Whether a built page carries the marker (the search page). */
export function hasIndexMarker(html: string): boolean {
  return html.includes(`name="${INDEX_TAG_META}"`);
}

/** `html` with the marker filled in; unchanged where the page has no marker. */
export function withIndexPreloads(html: string, preloads: { tag: string; files: readonly string[] }): string {
  return html.replace(MARKER, (_, indexUrl: string) => {
    const links = preloads.files.map((file) => `<link rel="preload" href="${indexUrl}${file}" as="fetch" crossorigin="anonymous" data-kb-index>`);
    return `<meta name="${INDEX_TAG_META}" content="${preloads.tag}" data-index-url="${indexUrl}">${links.join('')}`;
  });
}

/** The preloads of the index in `indexDir` whose shards past the first are in the folders `merge` ("shard-1/"). */
export async function readIndexPreloads(indexDir: string, merge: readonly string[]): Promise<IndexPreloads> {
  const entries = await Promise.all(['', ...merge].map((dir) => readFile(join(indexDir, dir, 'pagefind-entry.json'), 'utf8')));
  return indexPreloads(entries, merge);
}

/** Fills in the marker of `pages` (those {@link hasIndexMarker} found). */
export async function writeIndexPreloads(pages: readonly string[], preloads: IndexPreloads): Promise<void> {
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    const filled = withIndexPreloads(html, preloads);
    if (filled !== html) await writeFile(page, filled);
  }
}
