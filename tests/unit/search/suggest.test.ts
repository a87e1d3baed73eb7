import { describe, expect, it } from 'vitest';
import { suggestFiles, type SuggestSource } from '../../../src/integrations/search-index/suggest-data';
import { buildFoldTable } from '../../../src/search/fold-map';
import { pickSuggestions, queryKeys, shardOf, type SuggestShard } from '../../../src/search/suggest';
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

/** Suggestions as the browser gets them: only the shards of the query's keys. */
function suggest(query: string, options = {}) {
  const files = suggestFiles(sources, folder, options);
  const shards = [...new Set(queryKeys(query, folder).map((key) => shardOf(key, files.manifest.shards)))].map(
    (n) => JSON.parse(files.shards.get(n) ?? '{}') as SuggestShard,
  );
  return pickSuggestions(query, shards, folder).map((r) => `${r.k}:${r.t}`);
}

describe('suggestions', () => {
  it('offers the term, its alias and the titles that start with or contain what was typed, best first', () => {
    expect(suggest('三会')).toEqual(['term:三会一课', 'alias:三会一课制度', 'topics:三会一课', 'templates:落实三会一课制度的问题清单']);
  });
  it('finds by pinyin initials and full pinyin', () => {
    expect(suggest('shyk')).toEqual(['term:三会一课', 'alias:三会一课制度', 'topics:三会一课', 'templates:落实三会一课制度的问题清单']);
    expect(suggest('sanhui')).toEqual(['term:三会一课', 'alias:三会一课制度']);
  });
  it('matches either script', () => {
    expect(suggest('党支部')).toEqual(['materials:黨支部標準化建設報告']);
    expect(suggest('黨章')).toEqual(['alias:党章', 'policies:中国共产党章程']);
  });
  it('matches Latin words literally, in any case', () => {
    expect(suggest('ppt')).toEqual(['materials:PPT 制作规范']);
  });
  it('suggests what starts with a single character', () => {
    expect(suggest('中')).toEqual(['policies:中国共产党章程']);
  });
  it('finds the same with many small shards as with one', () => {
    for (const query of ['三会', 'shyk', '党章', '标准化']) expect(suggest(query, { shardBytes: 50 })).toEqual(suggest(query, { shardBytes: 1e9 }));
  });
  it('suggests nothing for blank or unmatched input', () => {
    expect(suggest('  ')).toEqual([]);
    expect(suggest('量子')).toEqual([]);
  });
  it('reads at most two shards per query', () => {
    expect(queryKeys('党支部标准化', folder)).toEqual(['党支', '准化']);
    expect(queryKeys('党', folder)).toEqual(['党']);
  });
});
