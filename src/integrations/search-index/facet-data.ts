// Facet data for the search page, computed once at build time from what Pagefind wrote: every
// page's filters keyed by Pagefind's page id (the fragment's file name), which is what the
// browser gets back for each result without loading the result's text.
import { FACETS, facetFile, type FacetKey } from '../../search/facets';
import { FACET_FILE } from '../../search/files';
import { indexFragments } from './index-files';
import { writeIndexJson } from './index-json';

/** Every page's facet values from the index folder `dir`, by page id. */
export async function pageFacets(dir: string): Promise<Map<string, [FacetKey, string][]>> {
  const pages = new Map<string, [FacetKey, string][]>();
  for (const [id, fragment] of await indexFragments(dir)) {
    pages.set(id, FACETS.flatMap((key) => (fragment.filters?.[key] ?? []).map((value): [FacetKey, string] => [key, value])));
  }
  return pages;
}

/** Writes kb-facets.json into `indexDir` from the index folders `dirs` (every shard); returns its gzipped size in bytes. */
export async function writeFacetData(indexDir: string, dirs: readonly string[]): Promise<number> {
  const pages = new Map<string, [FacetKey, string][]>();
  for (const dir of dirs) for (const [id, values] of await pageFacets(dir)) pages.set(id, values);
  return writeIndexJson(indexDir, FACET_FILE, facetFile(pages));
}
