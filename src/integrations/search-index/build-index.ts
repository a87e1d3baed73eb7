// Builds the search index of a built site: every searchable page transformed by
// src/integrations/search-index/index-page.ts, indexed through Pagefind's Node API into <site>/pagefind/,
// with what the browser needs next to it: the fold table (kb-fold.json) and the facet data
// (kb-facets.json). A large library is indexed in shards (planned in shard-plan.ts), one
// Pagefind process at a time, which the browser merges (kb-index.json).
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { loadGlossaryTerms, type GlossaryTermRef } from '../../lib/glossary';
import { loadPolicyCatalog } from '../../lib/policy-catalog';
import type { CatalogPolicy } from '../../lib/policy-titles';
import { FOLD_FILE, INDEX_FILE, LEXICON_FILE, shardFolder, SUGGEST_FILE, type IndexManifest } from '../../search/files';
import { facetLoading } from '../../search/facets';
import { shardFile, SUGGEST_DIR, SUGGEST_KINDS } from '../../search/suggest';
import { buildFoldTable } from '../../search/fold-map';
import { createFolder } from '../../search/text';
import { writeFacetData } from './facet-data';
import { writeIndexJson } from './index-json';
import { hasIndexMarker, readIndexPreloads, writeIndexPreloads } from './index-preload';
import { shardFolders } from './index-files';
import { INDEX_LANGUAGE, type SearchRecord } from './index-page';
import { BODY_ATTRIBUTE, searchRecords } from './page-records';
import { planShards, shardFull, SHARD_PAGES } from './shard-plan';
import { lexiconFile } from './lexicon-data';
import { suggestFiles, type SuggestFiles, type SuggestSource } from './suggest-data';

/** Result of {@link buildSearchIndex}. */
export interface BuildIndexResult {
  /** Pages indexed. */
  pages: number;
  /** Problems, each "file → problem → fix". */
  problems: string[];
}

/** All index.html files under `dir`, skipping `skip` folders (the index itself). */
export async function htmlFiles(dir: string, skip: string[] = ['pagefind']): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.includes(entry.name)) out.push(...(await htmlFiles(path, skip)));
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** Site-relative URL of a built file: dist/templates/x/index.html → "/templates/x/". */
export function pageUrl(site: string, file: string): string {
  const rel = relative(site, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** Pagefind's scripts, styles and WebAssembly, which every index folder gets a copy of. */
const BUNDLE_FILE = /\.(js|css)$|^wasm\./;

/** Pages handed to Pagefind before waiting for its answers. */
const IN_FLIGHT = 16;
/** Files read ahead of the one being transformed. */
const READ_AHEAD = 8;

/** What a search record offers as suggestions: its title; a glossary term and its aliases. */
function recordSuggestions(record: SearchRecord): SuggestSource[] {
  const url = record.url.replace(/^\//, '');
  if (record.collection === 'glossary') {
    const [term = record.title, ...aliases] = record.defines;
    return [
      { text: term, url, kind: 'term', fullPinyin: true },
      ...aliases.map((alias): SuggestSource => ({ text: alias, url, kind: 'alias', form: term, fullPinyin: true })),
    ];
  }
  const kind = SUGGEST_KINDS.find((k) => k === record.collection);
  return kind ? [{ text: record.title, url, kind }] : [];
}

/** Policy aliases (《党章》) as suggestions leading to the current version's page. */
function policyAliasSuggestions(policies: readonly CatalogPolicy[]): SuggestSource[] {
  const current = [...policies].sort((a, b) => Number(a.supersededBy !== undefined) - Number(b.supersededBy !== undefined));
  return current.flatMap((policy) => policy.aliases.map((alias): SuggestSource => ({ text: alias, url: `policies/${policy.id}/`, kind: 'alias', form: policy.title })));
}

/** Writes the suggestion manifest and every shard (empty ones too, so no fetch fails). */
async function writeSuggestions(outputPath: string, files: SuggestFiles): Promise<void> {
  const dir = join(outputPath, SUGGEST_DIR);
  await mkdir(dir, { recursive: true });
  await writeIndexJson(outputPath, SUGGEST_FILE, files.manifest);
  for (let n = 0; n < files.manifest.shards; n++) await writeIndexJson(dir, shardFile(n), files.shards.get(n) ?? '{}');
}

/** Options of {@link buildSearchIndex}. */
export interface BuildIndexOptions {
  /** Where to write the index; default "<site>/pagefind". */
  outputPath?: string;
  /** Glossary terms (aliases and pinyin for query expansion and suggestions); default read from content/glossary. */
  glossary?: readonly GlossaryTermRef[];
  /** Catalogued policies (full titles and aliases); default read from content/policies. */
  policies?: readonly CatalogPolicy[];
  /** Most pages per shard; default {@link SHARD_PAGES} (shard-plan.ts). */
  shardPages?: number;
  /** Largest facet file loaded with the first results; default FACETS_WITH_RESULTS_MAX_BYTES (facets.ts). */
  facetsWithResultsMaxBytes?: number;
}

/** How many of `files` carry the searchable part: about the page count (a glossary page holds many records). */
async function countBodyPages(files: readonly string[]): Promise<number> {
  let count = 0;
  for (const file of files) if ((await readFile(file, 'utf8')).includes(BODY_ATTRIBUTE)) count++;
  return count;
}

/** A fresh Pagefind index (a fresh Pagefind process after close()). */
async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  return index;
}

/**
 * Indexes every searchable page of the built site in `site` (default "dist") into
 * `<site>/pagefind/`, with the fold table, facet data and lexicon the browser needs. URLs are
 * stored without the base path; the client adds it.
 */
export async function buildSearchIndex(site = 'dist', options: BuildIndexOptions = {}): Promise<BuildIndexResult> {
  const outputPath = options.outputPath ?? join(site, 'pagefind');
  const glossary = options.glossary ?? loadGlossaryTerms();
  const policies = options.policies ?? loadPolicyCatalog().policies;
  const table = buildFoldTable();
  const folder = createFolder(table);
  const problems: string[] = [];
  await rm(outputPath, { recursive: true, force: true });
  const files = await htmlFiles(site);
  const plan = planShards(await countBodyPages(files), options.shardPages ?? SHARD_PAGES);
  let index = await newIndex();
  let pages = 0;
  let shard = 0;
  let inShard = 0;
  const merge: string[] = [];
  const suggestions: SuggestSource[] = [];
  /** Pages that preload the index's first files (the search page), filled in at the end. */
  const preloading: string[] = [];
  // Pagefind indexes in its own process: keep a few pages in flight so that it works on one
  // while this process reads and transforms the next (two cores, both busy), and read files
  // ahead. Pages are still handed over in file order.
  const inFlight: Promise<void>[] = [];
  /** Writes the current shard and stops its Pagefind process, which frees its memory. */
  const writeShard = async () => {
    await Promise.all(inFlight.splice(0));
    const dir = shard === 0 ? outputPath : join(outputPath, shardFolder(shard));
    if (shard > 0) merge.push(shardFolder(shard));
    const written = await index.writeFiles({ outputPath: dir });
    for (const error of written.errors) problems.push(`${dir} → Pagefind: ${error} → 检查磁盘空间和写权限`);
    await pagefind.close();
    // A merged shard is read with the first index's script and WebAssembly: drop its own copies.
    if (shard > 0) for (const name of await readdir(dir)) if (BUNDLE_FILE.test(name)) await rm(join(dir, name));
  };
  const reads = files.map((file, i) => (i < READ_AHEAD ? readFile(file, 'utf8') : undefined));
  for (const [i, file] of files.entries()) {
    const ahead = files[i + READ_AHEAD];
    if (ahead !== undefined) reads[i + READ_AHEAD] = readFile(ahead, 'utf8');
    const source = await (reads[i] as Promise<string>);
    reads[i] = undefined;
    if (hasIndexMarker(source)) preloading.push(file);
    for (const record of searchRecords(source, pageUrl(site, file), folder)) {
      if (!record.title) problems.push(`${file} → 页面没有 <h1> 标题 → 检查 src/pages/[collection]/[id].astro 是否输出标题`);
      if (shardFull(plan, shard, inShard)) {
        await writeShard();
        index = await newIndex();
        shard++;
        inShard = 0;
      }
      inFlight.push(
        index.addHTMLFile({ url: record.url, content: record.html }).then((added) => {
          for (const error of added.errors) problems.push(`${file} → Pagefind: ${error} → 检查页面 HTML`);
        }),
      );
      suggestions.push(...recordSuggestions(record));
      pages++;
      inShard++;
    }
    if (inFlight.length >= IN_FLIGHT) await Promise.all(inFlight.splice(0, inFlight.length - IN_FLIGHT / 2));
  }
  await writeShard();
  suggestions.push(...policyAliasSuggestions(policies));
  await writeIndexJson(outputPath, FOLD_FILE, table);
  await writeIndexJson(outputPath, LEXICON_FILE, lexiconFile(glossary, policies, folder));
  const facetBytes = await writeFacetData(outputPath, shardFolders(outputPath, merge));
  const preloads = await readIndexPreloads(outputPath, merge);
  // Written last: the browser reads it first, and it names files that now all exist.
  const manifest: IndexManifest = { merge, warm: preloads.merged, facets: { bytes: facetBytes, loading: facetLoading(facetBytes, options.facetsWithResultsMaxBytes) } };
  await writeIndexJson(outputPath, INDEX_FILE, manifest);
  await writeSuggestions(outputPath, suggestFiles(suggestions, folder));
  // The pages name the index by its URL in the site: only an index in its usual place is theirs.
  if (outputPath === join(site, 'pagefind')) await writeIndexPreloads(preloading, preloads);
  return { pages, problems };
}
