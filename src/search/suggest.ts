// Suggestions while typing: glossary terms, aliases and entry titles that start with or contain
// what was typed, in either script, or whose pinyin initials do (dzb → 党支部…). Built at build
// time (src/integrations/search-index/suggest-data.ts) into many small shard files keyed by the
// first character and character pairs of each suggestion; typing fetches the shard of the
// query's first pair whose list is complete, so the bytes per query stay small however large
// the library is.
// Both sides use this module's keys and hash, so they agree on which shard holds what.
import { foldedRuns, type Folder } from './text';

/** What a suggestion leads to. */
export type SuggestKind = 'term' | 'alias' | 'topics' | 'policies' | 'templates' | 'materials' | 'procedures' | 'documents';

/** Kinds in the order suggestions of equal match are shown: definitions and names first. */
export const SUGGEST_KINDS: readonly SuggestKind[] = ['term', 'alias', 'topics', 'policies', 'templates', 'materials', 'procedures', 'documents'];

/** One suggestion as stored in a shard (short field names: the shards are many). */
export interface SuggestRecord {
  /** Text shown and matched, e.g. "党章". */
  t: string;
  /** Site-relative path without leading slash, e.g. "policies/x/" or "glossary/#term-dang-fei". */
  u: string;
  k: SuggestKind;
  /** An alias's full form, e.g. "中国共产党章程". */
  f?: string;
  /** Pinyin initials, lower case, e.g. "dz"; absent without Chinese. */
  i?: string;
  /** Full pinyin without spaces (glossary terms only), e.g. "sanhuiyike". */
  p?: string;
}

/** The manifest (kb-suggest.json): how many shards there are. */
export interface SuggestManifest {
  shards: number;
}

/** One shard file: per key, how many suggestions hold it and the best of them. */
export type SuggestShard = Record<string, { n: number; r: SuggestRecord[] }>;

/** Folder of the shard files inside the index folder, and a shard's file name. */
export const SUGGEST_DIR = 'suggest';
/** File name of shard `n`, e.g. "17.json". */
export function shardFile(n: number): string {
  return `${n}.json`;
}

/** Matching form of a text: its folded runs joined, lower case ("《黨章》" → "党章"). */
export function suggestText(text: string, folder: Folder): string {
  return foldedRuns(text, folder).join('').toLowerCase();
}

/**
 * The keys of one text: its first character (a one-character query suggests what starts with
 * it) and every adjacent pair (a longer query is found through its own first and last pair).
 */
function grams(text: string): string[] {
  const chars = [...text];
  const out = new Set(chars.slice(0, 1));
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

/** Every key a suggestion is filed under: characters and pairs of its text, initials and pinyin. */
export function recordKeys(record: SuggestRecord, folder: Folder): string[] {
  return [...new Set([suggestText(record.t, folder), record.i ?? '', record.p ?? ''].flatMap(grams))];
}

/**
 * The keys that can answer a query, in the order to try them: the query itself if one
 * character, else its character pairs from left to right. Every suggestion containing the query
 * is filed under each of them, so the first key whose list is complete (not cut to the best
 * few) answers the query alone; see {@link suggestFor}.
 */
export function queryKeys(query: string, folder: Folder): string[] {
  const chars = [...suggestText(query, folder)];
  if (chars.length === 0) return [];
  if (chars.length === 1) return [chars[0]!];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return [...new Set(pairs)];
}

/**
 * Suggestions for a query, reading shards through `shard(n)` (cached by the caller): tries the
 * query's keys in order and stops at the first whose list is complete, so a query usually costs
 * one shard, and a common start (党支…) one or two more.
 */
export async function suggestFor(query: string, folder: Folder, shards: number, shard: (n: number) => Promise<SuggestShard>, limit = SUGGEST_LIMIT): Promise<SuggestRecord[]> {
  const read: SuggestShard[] = [];
  for (const key of queryKeys(query, folder)) {
    const found = await shard(shardOf(key, shards));
    read.push(found);
    const posting = found[key];
    if (!posting || posting.n <= posting.r.length) break;
  }
  return pickSuggestions(query, read, folder, limit);
}

/** Shard of a key: FNV-1a over its UTF-16 code units, modulo the shard count. */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/** Order of two suggestions of equal match: kind, then shorter text, then text. */
export function priorOrder(a: SuggestRecord, b: SuggestRecord): number {
  return SUGGEST_KINDS.indexOf(a.k) - SUGGEST_KINDS.indexOf(b.k) || [...a.t].length - [...b.t].length || a.t.localeCompare(b.t, 'zh-Hans-CN');
}

/**
 * How well a suggestion matches a query (folded, lower case): 0 the same text, 1 text starting
 * with it, 2 text containing it, 3 pinyin or initials starting with it, 4 containing it;
 * undefined when it does not match.
 */
export function matchClass(record: SuggestRecord, query: string, folder: Folder): number | undefined {
  const text = suggestText(record.t, folder);
  if (text === query) return 0;
  if (text.startsWith(query)) return 1;
  if (text.includes(query)) return 2;
  const latin = [record.i ?? '', record.p ?? ''];
  if (latin.some((key) => key.startsWith(query))) return 3;
  if (latin.some((key) => key.includes(query))) return 4;
  return undefined;
}

/** Default number of suggestions shown. */
export const SUGGEST_LIMIT = 8;

/**
 * The best suggestions for a query among the records of its keys' shards: matching ones by
 * match class, then kind and length; one per destination.
 */
export function pickSuggestions(query: string, shards: readonly SuggestShard[], folder: Folder, limit = SUGGEST_LIMIT): SuggestRecord[] {
  const q = suggestText(query, folder);
  if (!q) return [];
  const keys = queryKeys(query, folder);
  const seen = new Set<string>();
  const scored: { record: SuggestRecord; rank: number }[] = [];
  for (const shard of shards) {
    for (const key of keys) {
      for (const record of shard[key]?.r ?? []) {
        const id = `${record.t}\u0000${record.u}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const rank = matchClass(record, q, folder);
        if (rank !== undefined) scored.push({ record, rank });
      }
    }
  }
  scored.sort((a, b) => a.rank - b.rank || priorOrder(a.record, b.record));
  const out: SuggestRecord[] = [];
  const places = new Set<string>();
  for (const { record } of scored) {
    const place = record.k === 'term' || record.k === 'alias' ? `${record.k}\u0000${record.t}` : record.u;
    if (places.has(place)) continue;
    places.add(place);
    out.push(record);
    if (out.length >= limit) break;
  }
  return out;
}
