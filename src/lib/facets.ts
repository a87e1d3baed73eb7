import { uniqueSlugs } from './slug';

/** One facet of a listing: how to read its values off an item, e.g. scenario → ['组织生活会']. */
export interface Facet<T> {
  /** URL segment and label key, e.g. "scenario". */
  key: 'scenario' | 'dimension' | 'kind' | 'year' | 'tag' | 'status';
  /** Values of one item; an item may have several. */
  values(item: T): string[];
  /** Order values are shown in; default: the given order for enums, newest first for years. */
  order?: readonly string[];
}

/** A facet value with its URL slug and how many items carry it. */
export interface FacetValue {
  value: string;
  slug: string;
  count: number;
}

// Every listing and entry page asks for the same facets of the same library: count them once per
// (items, facet key). The libraries are loaded once per build, so their arrays are stable keys.
const computed = new WeakMap<readonly unknown[], Map<string, FacetValue[]>>();

/** Values of `facet` across `items`, counted, in display order (enum order, years descending, else by count). */
export function facetValues<T>(facet: Facet<T>, items: readonly T[]): FacetValue[] {
  let byKey = computed.get(items);
  if (!byKey) computed.set(items, (byKey = new Map()));
  let values = byKey.get(facet.key);
  if (!values) byKey.set(facet.key, (values = countValues(facet, items)));
  return values;
}

function countValues<T>(facet: Facet<T>, items: readonly T[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const value of new Set(facet.values(item))) counts.set(value, (counts.get(value) ?? 0) + 1);
  const slugs = facet.key === 'year' ? new Map([...counts.keys()].map((v) => [v, v])) : uniqueSlugs(counts.keys());
  const rank = (value: string) => (facet.order ? facet.order.indexOf(value) : -1);
  return [...counts]
    .map(([value, count]) => ({ value, count, slug: slugs.get(value) ?? value }))
    .sort((a, b) => {
      if (facet.order) return rank(a.value) - rank(b.value);
      if (facet.key === 'year') return b.value.localeCompare(a.value);
      return b.count - a.count || a.value.localeCompare(b.value, 'zh-Hans-CN');
    });
}

/** One static listing page: which facet filter, which page, and the items on it. */
export interface ListingPage<T> {
  /** Path below the collection root, "" for page 1 of all, e.g. "scenario/zu-zhi-sheng-huo-hui/page/2". */
  path: string;
  filter?: { key: Facet<T>['key']; value: string; slug: string };
  page: number;
  pages: number;
  total: number;
  items: T[];
}

/**
 * Every listing page of a collection: all items, then each value of each facet,
 * each split into pages of `pageSize` (default 20) so no page lists everything.
 */
export function listingPages<T>(items: readonly T[], facets: readonly Facet<T>[], pageSize = 20): ListingPage<T>[] {
  const pages: ListingPage<T>[] = [...paginate(items, '', undefined, pageSize)];
  for (const facet of facets) {
    for (const { value, slug } of facetValues(facet, items)) {
      const matching = items.filter((item) => facet.values(item).includes(value));
      pages.push(...paginate(matching, `${facet.key}/${slug}`, { key: facet.key, value, slug }, pageSize));
    }
  }
  return pages;
}

function* paginate<T>(items: readonly T[], prefix: string, filter: ListingPage<T>['filter'], pageSize: number) {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  for (let page = 1; page <= pages; page++) {
    const suffix = page === 1 ? '' : `page/${page}`;
    const path = [prefix, suffix].filter(Boolean).join('/');
    const slice = items.slice((page - 1) * pageSize, page * pageSize);
    yield filter ? { path, filter, page, pages, total: items.length, items: slice } : { path, page, pages, total: items.length, items: slice };
  }
}
