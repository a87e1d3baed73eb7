// The suggestion shards (src/search/suggest.ts): every glossary term, alias and searchable page
// title filed under its characters, character pairs and pinyin initials, the best few per key,
// spread over as many shard files as keeps each small. Pinyin is computed here, at build time.
import { pinyinKeys } from '../../lib/glossary';
import { priorOrder, recordKeys, shardOf, type SuggestKind, type SuggestManifest, type SuggestRecord, type SuggestShard } from '../../search/suggest';
import type { Folder } from '../../search/text';

/** Something to suggest. */
export interface SuggestSource {
  /** Text shown, e.g. "三会一课". */
  text: string;
  /** Site-relative path without leading slash, e.g. "glossary/#term-san-hui-yi-ke". */
  url: string;
  kind: SuggestKind;
  /** An alias's full form. */
  form?: string | undefined;
  /** Also file it under its full pinyin (glossary terms and their aliases). */
  fullPinyin?: boolean;
}

/** Options of {@link suggestFiles}. */
export interface SuggestOptions {
  /** Suggestions kept per key, best first; default 16 (eight are shown). */
  perKey?: number;
  /** Target size of a shard's JSON in bytes; default 8,000 (about 1.5 KB gzip): a query reads few shards, each small. */
  shardBytes?: number;
}

/** The suggestion files: the manifest and each shard's JSON text by shard number. */
export interface SuggestFiles {
  manifest: SuggestManifest;
  shards: Map<number, string>;
}

const HAN = /\p{Script=Han}/u;

/** A stored record for a source: pinyin initials for Chinese text, full pinyin where asked. */
export function suggestRecord(source: SuggestSource): SuggestRecord {
  const record: SuggestRecord = { t: source.text, u: source.url, k: source.kind };
  if (source.form) record.f = source.form;
  if (HAN.test(source.text)) {
    const keys = pinyinKeys(source.text);
    if (keys.initials) record.i = keys.initials;
    if (source.fullPinyin && keys.full) record.p = keys.full;
  }
  return record;
}

/** Builds the shards for `sources` (duplicates of text and URL are dropped). */
export function suggestFiles(sources: readonly SuggestSource[], folder: Folder, options: SuggestOptions = {}): SuggestFiles {
  const perKey = options.perKey ?? 16;
  const shardBytes = options.shardBytes ?? 8_000;
  const unique = new Map<string, SuggestRecord>();
  for (const source of sources) {
    const id = `${source.text}\u0000${source.url}`;
    if (!unique.has(id)) unique.set(id, suggestRecord(source));
  }
  const records = [...unique.values()].sort(priorOrder);
  const postings = new Map<string, { n: number; r: SuggestRecord[] }>();
  for (const record of records) {
    for (const key of recordKeys(record, folder)) {
      let posting = postings.get(key);
      if (!posting) postings.set(key, (posting = { n: 0, r: [] }));
      posting.n++;
      if (posting.r.length < perKey) posting.r.push(record);
    }
  }
  const sizes = new Map<SuggestRecord, number>();
  const size = (record: SuggestRecord) => {
    let bytes = sizes.get(record);
    if (bytes === undefined) sizes.set(record, (bytes = Buffer.byteLength(JSON.stringify(record)) + 1));
    return bytes;
  };
  let total = 0;
  for (const [key, posting] of postings) total += key.length * 3 + 16 + posting.r.reduce((sum, r) => sum + size(r), 0);
  const count = Math.max(1, Math.ceil(total / shardBytes));
  const shards = new Map<number, SuggestShard>();
  for (const [key, posting] of postings) {
    const n = shardOf(key, count);
    let shard = shards.get(n);
    if (!shard) shards.set(n, (shard = {}));
    shard[key] = posting;
  }
  return { manifest: { shards: count }, shards: new Map([...shards].map(([n, shard]) => [n, JSON.stringify(shard)])) };
}
