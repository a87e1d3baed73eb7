import { describe, expect, it } from 'vitest';
import { searchCalls } from '../../../src/search/calls';
import { buildFoldTable } from '../../../src/search/fold-map';
import { createLexicon } from '../../../src/search/lexicon';
import { planQuery } from '../../../src/search/query';
import { createFolder } from '../../../src/search/text';

const folder = createFolder(buildFoldTable());
const lexicon = createLexicon({ entries: [{ form: '党费', aliases: [], pinyin: [], glossary: true }, { form: '三会一课', aliases: ['三会一课制度'], pinyin: ['shyk'], glossary: true }] }, folder);
const calls = (query: string) => searchCalls(planQuery(query, folder, lexicon), folder, lexicon);

describe('searchCalls', () => {
  it('makes a two-character Chinese word one unquoted search that also ranks', () => {
    expect(calls('黨費')).toEqual([
      { kind: 'run', run: '党费', query: '党费' },
      { kind: 'rank', run: '', query: '党费' },
      { kind: 'title', run: '党费', query: '"党费ꙮ"' },
      { kind: 'defines', run: '党费', query: '"党费ꙭ"' },
    ]);
  });
  it('searches longer runs as the exact phrase of their bigrams, one call per run', () => {
    expect(calls('三会一课 台账').filter((c) => c.kind === 'run' || c.kind === 'rank')).toEqual([
      { kind: 'run', run: '三会一课', query: '"三会 会一 一课"' },
      { kind: 'run', run: '台账', query: '"台账"' },
      { kind: 'rank', run: '', query: '三会 会一 一课 台账' },
    ]);
  });
  it('preloads the end of a lone character range and makes no title search for it', () => {
    expect(calls('年').filter((c) => c.kind !== 'defines')).toEqual([
      { kind: 'run', run: '年', query: '年', preload: '年\u9fff\u9fff' },
      { kind: 'rank', run: '', query: '年' },
    ]);
  });
  it('ranks each way of writing the query on its own, so shyk ranks like 三会一课 and 党费 shyk like 党费 三会一课', () => {
    expect(calls('shyk').filter((c) => c.kind === 'rank')).toEqual([
      { kind: 'rank', run: '', query: 'sh hy yk' },
      { kind: 'rank', run: '', query: '三会 会一 一课' },
    ]);
    expect(calls('三会一课').filter((c) => c.kind === 'rank')).toEqual([{ kind: 'rank', run: '', query: '三会 会一 一课' }]);
    expect(calls('党费 shyk').filter((c) => c.kind === 'rank').map((c) => c.query)).toEqual(['党费 sh hy yk', '党费 三会 会一 一课']);
  });
  it('quotes a two-letter Latin run: its unquoted search would also match metadata words', () => {
    expect(calls('wp')[0]).toEqual({ kind: 'run', run: 'wp', query: '"wp"' });
  });
  it('lowercases runs and merges duplicates', () => {
    expect(calls('PPT ppt').filter((c) => c.kind === 'run')).toEqual([{ kind: 'run', run: 'ppt', query: '"pp pt"' }]);
  });
  it('looks up the definition of each form the glossary defines, punctuation left out', () => {
    expect(calls('《党费》 三会一课制度 台账').filter((c) => c.kind === 'defines')).toEqual([
      { kind: 'defines', run: '党费', query: '"党费ꙭ"' },
      { kind: 'defines', run: '三会一课制度', query: '"三会一课制度ꙭ"' },
      { kind: 'defines', run: '三会一课', query: '"三会一课ꙭ"' },
    ]);
  });
  it('makes no calls for a query without words', () => {
    expect(calls(' ，。 ')).toEqual([]);
  });
});
