// Facet filters of the search page: which pages carry which facet values, counted over the
// current hits. The data is computed at build time (src/integrations/search-index/facet-data.ts
// writes kb-facets.json next to the index): our hits are an intersection of several Pagefind
// searches, so Pagefind's own per-search counts do not apply, and asking Pagefind once per
// value would cost one search per facet value.

/** Facets offered on the search page, in display order (the keys SearchMeta.astro declares). */
export const FACETS = ['collection', 'scenario', 'dimension', 'kind', 'year', 'tag'] as const;
/** One facet, e.g. "tag". */
export type FacetKey = (typeof FACETS)[number];
/** Selected values per facet; values of one facet are OR-ed, facets AND-ed. */
export type Filters = Map<FacetKey, Set<string>>;

/**
 * The facet file as written at build time. Pages with the same values share one combination,
 * and each combination lists its pages' ids in one string, so the file holds little more than
 * each page's id once (at 20,000 pages, about 4 bytes a page gzipped).
 */
export interface FacetFile {
  /** Every [facet, value] pair, e.g. [["collection", "党内法规"], ["year", "2019"]]. */
  values: [FacetKey, string][];
  /** Value combinations: indexes into `values`, e.g. [[0, 4], [1, 4, 7]]. */
  combos: number[][];
  /** For each combination, its pages' Pagefind ids without {@link FacetFile.prefix}, joined by ",": "174a65e,2b01c9d". */
  pages: string[];
  /** What every page id starts with, e.g. "und_" (Pagefind's language prefix). */
  prefix: string;
}

/**
 * The largest facet file (gzipped bytes) the search page loads after every first search's
 * results. A large library's facet data grows with its pages (about 7 bytes a page gzipped:
 * 142 KB at 20,000 pages, more than the search itself fetches), so past this size the reader
 * loads it with a button when they want to narrow the results.
 */
export const FACETS_WITH_RESULTS_MAX_BYTES = 48 * 1024;

/** When the search page loads the facet data: after the first results, or when the reader asks. */
export type FacetLoading = 'with-results' | 'on-request';

/** How to load a facet file of `bytes` gzipped bytes; decided at build time, where the size is known. */
export function facetLoading(bytes: number, max = FACETS_WITH_RESULTS_MAX_BYTES): FacetLoading {
  return bytes <= max ? 'with-results' : 'on-request';
}

/** Facet data ready for lookups. */
export interface FacetIndex {
  /** Value indexes (into `values`) of a page, empty for an unknown page. */
  of(id: string): readonly number[];
  values: readonly [FacetKey, string][];
}

/** Makes a {@link FacetIndex} from the file's data. */
export function facetIndex(file: FacetFile): FacetIndex {
  const pages = new Map<string, number>();
  file.pages.forEach((ids, combo) => {
    if (ids) for (const id of ids.split(',')) pages.set(file.prefix + id, combo);
  });
  return {
    of: (id) => file.combos[pages.get(id) ?? -1] ?? [],
    values: file.values,
  };
}

/** The longest prefix all `ids` share up to their last "_" (Pagefind's "und_"), or "". */
function sharedPrefix(ids: readonly string[]): string {
  const first = ids[0] ?? '';
  const prefix = first.slice(0, first.lastIndexOf('_') + 1);
  return prefix && ids.every((id) => id.startsWith(prefix)) ? prefix : '';
}

/** Builds the facet file from each page's values (build time). */
export function facetFile(pages: Iterable<[id: string, values: [FacetKey, string][]]>): FacetFile {
  const values: [FacetKey, string][] = [];
  const valueIndex = new Map<string, number>();
  const combos: number[][] = [];
  const comboIndex = new Map<string, number>();
  const members: string[][] = [];
  for (const [id, pairs] of pages) {
    const combo = [
      ...new Set(
        pairs.map(([key, value]) => {
          const name = `${key}\u0000${value}`;
          let index = valueIndex.get(name);
          if (index === undefined) {
            index = values.push([key, value]) - 1;
            valueIndex.set(name, index);
          }
          return index;
        }),
      ),
    ].sort((a, b) => a - b);
    const name = combo.join(',');
    let index = comboIndex.get(name);
    if (index === undefined) {
      index = combos.push(combo) - 1;
      comboIndex.set(name, index);
      members.push([]);
    }
    members[index]?.push(id);
  }
  const prefix = sharedPrefix(members.flat());
  // Sorted ids compress better, and the file does not depend on the order pages came in.
  return { values, combos, pages: members.map((ids) => ids.map((id) => id.slice(prefix.length)).sort().join(',')), prefix };
}

/** Whether a page passes every selected facet except `except` (OR within a facet, AND across). */
export function passes(id: string, filters: Filters, index: FacetIndex, except?: FacetKey): boolean {
  if (filters.size === 0) return true;
  const own = index.of(id).map((i) => index.values[i] as [FacetKey, string]);
  for (const [key, selected] of filters) {
    if (key === except || selected.size === 0) continue;
    if (!own.some(([k, value]) => k === key && selected.has(value))) return false;
  }
  return true;
}

/** One value of a facet as the filter panel shows it. */
export interface FacetValue {
  value: string;
  /** Hits that have this value and pass the other facets' selections. */
  count: number;
  selected: boolean;
  /** Whether it goes into the folded "more" part (tags beyond the first few). */
  folded: boolean;
}

/** One facet's values in display order; facets without any value to show are left out. */
export interface FacetGroup {
  key: FacetKey;
  values: FacetValue[];
}

/** Options of {@link facetGroups}. */
export interface FacetGroupOptions {
  /** Tag values shown before the rest fold away; default 8. */
  tagsShown?: number;
}

/**
 * Counts per facet value over `hits`, as a faceted search shows them: a value's count is the
 * number of hits having it among those that pass the *other* facets' selections, so ticking
 * one more value of the same facet adds to the results. Values with no hits are left out
 * unless selected. Years newest first; other facets by count, then by name.
 */
export function facetGroups(hits: readonly string[], filters: Filters, index: FacetIndex, options: FacetGroupOptions = {}): FacetGroup[] {
  const tagsShown = options.tagsShown ?? 8;
  const counts = new Map<number, number>();
  for (const id of hits) {
    const own = index.of(id);
    // Whether the hit passes the other facets, computed once per facet key of the hit.
    const passCache = new Map<FacetKey, boolean>();
    for (const i of own) {
      const [key] = index.values[i] as [FacetKey, string];
      let ok = passCache.get(key);
      if (ok === undefined) passCache.set(key, (ok = passes(id, filters, index, key)));
      if (ok) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
  }
  const groups: FacetGroup[] = [];
  for (const key of FACETS) {
    const selected = filters.get(key) ?? new Set<string>();
    const values = index.values
      .map(([k, value], i) => ({ k, value, count: counts.get(i) ?? 0 }))
      .filter(({ k, value, count }) => k === key && (count > 0 || selected.has(value)))
      .sort((a, b) => (key === 'year' ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'zh-Hans-CN')))
      .map(({ value, count }, i) => ({
        value,
        count,
        selected: selected.has(value),
        folded: key === 'tag' && i >= tagsShown && !selected.has(value),
      }));
    if (values.length) groups.push({ key, values });
  }
  return groups;
}

/** Number of selected values over all facets, e.g. for a "筛选 (2)" button. */
export function activeCount(filters: Filters): number {
  let count = 0;
  for (const values of filters.values()) count += values.size;
  return count;
}

/** The filters with one value switched on or off; returns a new map. */
export function toggleFilter(filters: Filters, key: FacetKey, value: string, on: boolean): Filters {
  const next: Filters = new Map([...filters].map(([k, v]) => [k, new Set(v)]));
  const values = next.get(key) ?? new Set<string>();
  if (on) values.add(value);
  else values.delete(value);
  if (values.size) next.set(key, values);
  else next.delete(key);
  return next;
}
