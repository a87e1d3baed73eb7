// Suggestion data per query at a given library size: the suggestion shards built (with the
// site's own builder) for a synthetic library's titles, glossary and aliases, then a query typed
// one character at a time, counting every file the browser would fetch on the way (the fold
// table, the manifest, each shard once) at its gzip size.
import { gzipSync } from 'node:zlib';
import { suggestFiles, type SuggestSource } from '../../../src/integrations/search-index/suggest-data';
import { suggestFor, SUGGEST_KINDS, type SuggestKind, type SuggestShard } from '../../../src/search/suggest';
import type { Folder, FoldTable } from '../../../src/search/text';
import { splitMdx, type ContentFile } from '../library';

/** What can be suggested in a content folder: entry and topic titles, glossary terms, aliases. */
export function suggestSources(files: readonly ContentFile[]): SuggestSource[] {
  const out: SuggestSource[] = [];
  for (const file of files) {
    const [collection = '', name = ''] = file.path.split('/');
    const id = name.replace(/\.(mdx|yaml)$/, '');
    if (collection === 'glossary') {
      const term = /^term:\s*"?([^"\n]+)"?\s*$/m.exec(file.text)?.[1]?.trim();
      const aliases = /^aliases:\s*\[(.*)\]\s*$/m.exec(file.text)?.[1] ?? '';
      if (!term) continue;
      const url = `glossary/#term-${id}`;
      out.push({ text: term, url, kind: 'term', fullPinyin: true });
      for (const alias of aliases.split(',').map((a) => a.trim().replace(/^"|"$/g, '')).filter(Boolean)) out.push({ text: alias, url, kind: 'alias', form: term, fullPinyin: true });
      continue;
    }
    const kind = SUGGEST_KINDS.find((k): k is SuggestKind => k === collection);
    if (!kind || !file.path.endsWith('.mdx')) continue;
    const { data } = splitMdx(file.text);
    if (data['draft'] === true) continue;
    const title = String(data['title'] ?? '');
    const url = `${collection}/${id}/`;
    if (title) out.push({ text: title, url, kind });
    if (kind === 'policies' && Array.isArray(data['aliases'])) {
      for (const alias of data['aliases']) if (typeof alias === 'string') out.push({ text: alias, url, kind: 'alias', form: title });
    }
  }
  return out;
}

/** Bytes a query costs while typed, per library. */
export interface SuggestBytes {
  entries: number;
  shards: number;
  /** All shards together, gzip bytes (what the site ships). */
  totalBytes: number;
  /** Largest and median bytes fetched to type one query. */
  maxBytes: number;
  medianBytes: number;
  /** The query of the largest figure. */
  worstQuery: string;
}

/** Gzip size of a text, as a web server would send it. */
export function gzipBytes(text: string): number {
  return gzipSync(text).length;
}

/** Measures the suggestion bytes of `queries` typed one character at a time. */
export async function measureSuggestBytes(entries: number, sources: readonly SuggestSource[], queries: readonly string[], folder: Folder, foldTable: FoldTable): Promise<SuggestBytes> {
  const files = suggestFiles(sources, folder);
  const shardBytes = new Map([...files.shards].map(([n, text]) => [n, gzipBytes(text)]));
  const fixed = gzipBytes(JSON.stringify(foldTable)) + gzipBytes(JSON.stringify(files.manifest));
  const parsed = new Map([...files.shards].map(([n, text]) => [n, JSON.parse(text) as SuggestShard]));
  const perQuery = await Promise.all(
    queries.map(async (query) => {
      const chars = [...query];
      const fetched = new Set<number>();
      const shard = async (n: number) => {
        fetched.add(n);
        return parsed.get(n) ?? {};
      };
      for (let i = 1; i <= chars.length; i++) await suggestFor(chars.slice(0, i).join(''), folder, files.manifest.shards, shard);
      return { query, bytes: fixed + [...fetched].reduce((sum, n) => sum + (shardBytes.get(n) ?? gzipBytes('{}')), 0) };
    }),
  );
  const sorted = [...perQuery].sort((a, b) => a.bytes - b.bytes);
  const worst = sorted.at(-1);
  return {
    entries,
    shards: files.manifest.shards,
    totalBytes: [...shardBytes.values()].reduce((a, b) => a + b, 0),
    maxBytes: worst?.bytes ?? 0,
    medianBytes: sorted[Math.floor(sorted.length / 2)]?.bytes ?? 0,
    worstQuery: worst?.query ?? '',
  };
}
