// The three libraries as the pages see them: loading, order, facets and URLs.
import { getCollection, type CollectionEntry } from 'astro:content';
import { DIMENSIONS, POLICY_KINDS, POLICY_STATUSES, SCENARIOS, MATERIAL_KINDS } from '../schemas';
import { yearOf } from '../schemas/shared';
import type { Facet } from './facets';
import { url } from './url';

/** The three content libraries, in navigation order. */
export const LIBRARIES = ['policies', 'templates', 'materials'] as const;
export type LibraryName = (typeof LIBRARIES)[number];
export type LibraryEntry = CollectionEntry<'policies'> | CollectionEntry<'templates'> | CollectionEntry<'materials'>;

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** Compare two Chinese labels in pinyin order. */
export const byPinyin = (a: string, b: string) => collator.compare(a, b);

/** Date that places an entry in time (material date, policy issue date), if any. */
export function entryDate(entry: LibraryEntry): string | undefined {
  if (entry.collection === 'materials') return entry.data.date;
  if (entry.collection === 'policies') return entry.data.issued;
  return undefined;
}

/** Year of {@link entryDate}, e.g. "2019". */
export function entryYear(entry: LibraryEntry): string | undefined {
  const date = entryDate(entry);
  return date ? String(yearOf(date)) : undefined;
}

const cache = new Map<LibraryName, Promise<LibraryEntry[]>>();

/**
 * Published (non-draft) entries of a library in listing order: materials newest first,
 * policies by kind then title, templates by title (pinyin). Loaded once per build.
 */
export function loadLibrary(name: LibraryName): Promise<LibraryEntry[]> {
  let loaded = cache.get(name);
  if (!loaded) {
    loaded = getCollection(name, (entry: LibraryEntry) => !entry.data.draft).then((entries: LibraryEntry[]) =>
      entries.sort(listingOrder),
    );
    cache.set(name, loaded);
  }
  return loaded;
}

let all: Promise<LibraryEntry[]> | undefined;

/** Every published entry of all three libraries; one array per build, so per-array caches (related, facets) hold. */
export function loadAll(): Promise<LibraryEntry[]> {
  all ??= Promise.all(LIBRARIES.map(loadLibrary)).then((libraries) => libraries.flat());
  return all;
}

function listingOrder(a: LibraryEntry, b: LibraryEntry): number {
  if (a.collection === 'policies' && b.collection === 'policies') {
    const kind = POLICY_KINDS.indexOf(a.data.kind) - POLICY_KINDS.indexOf(b.data.kind);
    if (kind) return kind;
  }
  const byDate = (entryDate(b) ?? '').localeCompare(entryDate(a) ?? '');
  return byDate || byPinyin(a.data.title, b.data.title) || a.id.localeCompare(b.id);
}

/** URL of an entry's page, e.g. "/kb/templates/ji-guan-dang-jian/". */
export function entryUrl(entry: { collection: string; id: string }): string {
  return url(`${entry.collection}/${entry.id}`);
}

/** URL of a listing page, e.g. listingUrl('templates', 'scenario/zu-zhi') → "/templates/scenario/zu-zhi/". */
export function listingUrl(name: LibraryName, path = ''): string {
  return url(`${name}/${path}`);
}

/** Facets each library's listing offers without JavaScript. */
export function facetsOf(name: LibraryName): Facet<LibraryEntry>[] {
  const tag: Facet<LibraryEntry> = { key: 'tag', values: (e) => e.data.tags };
  const year: Facet<LibraryEntry> = { key: 'year', values: (e) => [entryYear(e)].filter((y): y is string => !!y) };
  switch (name) {
    case 'templates':
      return [
        { key: 'scenario', values: (e) => (e.collection === 'templates' ? e.data.scenario : []), order: SCENARIOS },
        { key: 'dimension', values: (e) => (e.collection === 'templates' ? e.data.dimension : []), order: DIMENSIONS },
        tag,
      ];
    case 'materials':
      return [{ key: 'kind', values: (e) => (e.collection === 'materials' ? [e.data.kind] : []), order: MATERIAL_KINDS }, year, tag];
    case 'policies':
      return [
        { key: 'kind', values: (e) => (e.collection === 'policies' ? [e.data.kind] : []), order: POLICY_KINDS },
        { key: 'status', values: (e) => (e.collection === 'policies' ? [e.data.status] : []), order: POLICY_STATUSES },
        year,
        tag,
      ];
  }
}
