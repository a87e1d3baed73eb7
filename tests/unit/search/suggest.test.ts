import { describe, expect, it } from 'vitest';
import { suggestFiles, type SuggestSource } from '../../../src/integrations/search-index/suggest-data';
import { buildFoldTable } from '../../../src/search/fold-map';
import { queryKeys, suggestFor, type SuggestShard } from '../../../src/search/suggest';
import { createFolder } from '../../../src/search/text';

const folder = createFolder(buildFoldTable());

const sources: SuggestSource[] = [
  { text: '三会一课', url: 'glossary/#term-san-hui-yi-ke', kind: 'term', fullPinyin: true },
  { text: '三会一课制度', url: 'glossary/#term-san-hui-yi-ke', kind: 'alias', form: '三会一课', fullPinyin: true },
  { text: '党章', url: 'policies/dang-zhang/', kind: 'alias', form: '中国共产党章程' },
  { text: '中国共产党章程', url: 'policies/dang-zhang/', kind: 'policies' },
  { text: '三会一课', url: 'topics/san-hui-yi-ke/', kind: 'topics' },
  { text: '落实三会一课制度的问题清单', url: 'templates/x/', kind: 'templates' },
  { text: '黨支部標準化建設報告', url: 'materials/y/', kind: 'materials' },
  { text: 'PPT 制作规范', url: 'materials/z/', kind: 'materials' },
];

/** Suggestions as the browser gets them, and which shards it read. */
async function suggestWithShards(query: string, options = {}) {
  const files = suggestFiles(sources, folder, options);
  const read: number[] = [];
  const found = await suggestFor(query, folder, files.manifest.shards, async (n) => {
    read.push(n);
    return JSON.parse(files.shards.get(n) ?? '{}') as SuggestShard;
  });
  return { found: found.map((r) => `${r.k}:${r.t}`), read };
}
const suggest = async (query: string, options = {}) => (await suggestWithShards(query, options)).found;

describe('suggestions', () => {
  it('offers the term, its alias and the titles that start with or contain what was typed, best first', async () => {
    expect(await suggest('三会')).toEqual(['term:三会一课', 'alias:三会一课制度', 'topics:三会一课', 'templates:落实三会一课制度的问题清单']);
  });
  it('finds by pinyin initials and full pinyin', async () => {
    expect(await suggest('shyk')).toEqual(['term:三会一课', 'alias:三会一课制度', 'topics:三会一课', 'templates:落实三会一课制度的问题清单']);
    expect(await suggest('sanhui')).toEqual(['term:三会一课', 'alias:三会一课制度']);
  });
  it('matches either script', async () => {
    expect(await suggest('党支部')).toEqual(['materials:黨支部標準化建設報告']);
    expect(await suggest('黨章')).toEqual(['alias:党章', 'policies:中国共产党章程']);
  });
  it('matches Latin words literally, in any case', async () => {
    expect(await suggest('ppt')).toEqual(['materials:PPT 制作规范']);
  });
  it('suggests what starts with a single character', async () => {
    expect(await suggest('中')).toEqual(['policies:中国共产党章程']);
  });
  it('finds the same with many small shards as with one', async () => {
    for (const query of ['三会', 'shyk', '党章', '标准化']) expect(await suggest(query, { shardBytes: 50 })).toEqual(await suggest(query, { shardBytes: 1e9 }));
  });
  it('suggests nothing for blank or unmatched input', async () => {
    expect(await suggest('  ')).toEqual([]);
    expect(await suggest('量子')).toEqual([]);
  });
  it('tries the first character, or the pairs from the left', () => {
    expect(queryKeys('党支部标准化', folder)).toEqual(['党支', '支部', '部标', '标准', '准化']);
    expect(queryKeys('黨', folder)).toEqual(['党']);
  });
  it('reads one shard when the first pair lists everything, more only past a cut list', async () => {
    expect((await suggestWithShards('三会一课', { shardBytes: 50 })).read).toHaveLength(1);
    // With one suggestion kept per key, the list of 三会 is cut: the next pairs are read.
    const cut = await suggestWithShards('三会一课', { shardBytes: 50, perKey: 1 });
    expect(cut.read.length).toBeGreaterThan(1);
  });
});
