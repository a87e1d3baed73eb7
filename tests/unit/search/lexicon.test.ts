import { describe, expect, it } from 'vitest';
import { lexiconFile, lexiconSource } from '../../../src/integrations/search-index/lexicon-data';
import { loadGlossaryTerms } from '../../../src/lib/glossary';
import { loadPolicyCatalog } from '../../../src/lib/policy-catalog';
import { buildFoldTable } from '../../../src/search/fold-map';
import { createLexicon, expansions, lexiconKey, readLexicon, type LexiconFile } from '../../../src/search/lexicon';
import { planQuery } from '../../../src/search/query';
import { createFolder } from '../../../src/search/text';

const folder = createFolder(buildFoldTable());

/** What each term of a query is searched as: [typed, ...expansions] texts, with how. */
function forms(query: string, lexicon = small) {
  return planQuery(query, folder, lexicon).terms.map((term) => term.variants.map((v) => `${v.via}:${v.text}`));
}

/** The lexicon as the browser gets it: the file written at build time, through JSON. */
function shipped(...args: Parameters<typeof lexiconSource>) {
  return readLexicon(JSON.parse(JSON.stringify(lexiconFile(...args, folder))) as LexiconFile);
}

const small = shipped(
    [
      { id: 'san-hui-yi-ke', term: '三会一课', aliases: ['三会一课制度'], definition: '…' },
      { id: 'liang-xue-yi-zuo', term: '两学一做', aliases: [], definition: '…' },
      { id: 'dang-fei', term: '党费', aliases: ['黨費'], definition: '…' },
    ],
    [
      { title: '中国共产党章程', aliases: ['党章'] },
      { title: '中国共产党支部工作条例（试行）', aliases: ['支部工作条例', '党支部工作条例'] },
    ],
);

describe('pinyin expansion', () => {
  it('reads initials and full pinyin of a glossary term, in any case', () => {
    expect(forms('shyk')).toEqual([['typed:shyk', 'pinyin:三会一课']]);
    expect(forms('SanHuiYiKe')).toEqual([['typed:SanHuiYiKe', 'pinyin:三会一课']]);
    expect(forms('lxyz')).toEqual([['typed:lxyz', 'pinyin:两学一做']]);
  });
  it('joins Latin words that together spell a term into one term', () => {
    expect(forms('san hui yi ke')).toEqual([['typed:san hui yi ke', 'pinyin:三会一课']]);
    const [term] = planQuery('san hui yi ke', folder, small).terms;
    expect(term?.variants[0]?.parts.map((p) => p.text)).toEqual(['san', 'hui', 'yi', 'ke']);
  });
  it('leads an alias spelled in pinyin to its term', () => {
    expect(forms('shykzd')).toEqual([['typed:shykzd', 'pinyin:三会一课']]);
  });
  it('leaves other Latin words, mixed queries and quoted terms as typed', () => {
    expect(forms('PPT')).toEqual([['typed:PPT']]);
    expect(forms('GB/T')).toEqual([['typed:GB/T']]);
    expect(forms('"shyk"')).toEqual([['typed:shyk']]);
    expect(forms('san hui 台账')).toEqual([['typed:san'], ['typed:hui'], ['typed:台账']]);
  });
});

describe('alias expansion', () => {
  it('adds the full title for a policy alias, brackets and script ignored', () => {
    expect(forms('《党章》')).toEqual([['typed:《党章》', 'alias:中国共产党章程']]);
    expect(forms('黨章 党费')).toEqual([['typed:黨章', 'alias:中国共产党章程'], ['typed:党费']]);
    expect(forms('支部工作条例')).toEqual([['typed:支部工作条例', 'alias:中国共产党支部工作条例（试行）']]);
  });
  it('adds a glossary term for its alias but not an alias for its term', () => {
    expect(forms('三会一课制度')).toEqual([['typed:三会一课制度', 'alias:三会一课']]);
    expect(forms('三会一课')).toEqual([['typed:三会一课']]);
    expect(forms('黨費')).toEqual([['typed:黨費']]);
  });
  it('lists what was searched besides the typed words', () => {
    expect(expansions(planQuery('党章 shyk', folder, small))).toEqual(['中国共产党章程', '三会一课']);
    expect(expansions(planQuery('党费', folder, small))).toEqual([]);
  });
  it('compares forms by their folded words', () => {
    expect(lexiconKey('《黨章》', folder)).toBe('党章');
  });
});

describe('the shipped glossary and policies', () => {
  const lexicon = shipped(loadGlossaryTerms(), loadPolicyCatalog().policies);
  it('read from the file are the lookups built from the source, with folded keys and nothing to fold in the browser', () => {
    const built = createLexicon(lexiconSource(loadGlossaryTerms(), loadPolicyCatalog().policies), folder);
    expect(lexicon).toEqual(built);
    expect(lexicon.byAlias.get('党章')).toEqual(['中国共产党章程']);
    // A policy with no alias adds nothing to the file.
    const file = lexiconFile([], [{ title: '中国共产党纪律处分条例', aliases: [] }], folder);
    expect(file).toEqual({ byAlias: {}, byPinyin: {}, defined: [] });
  });
  it('expand the queries readers type', () => {
    expect(forms('shyk', lexicon)).toEqual([['typed:shyk', 'pinyin:三会一课']]);
    expect(forms('sanhuiyike', lexicon)).toEqual([['typed:sanhuiyike', 'pinyin:三会一课']]);
    expect(forms('san hui yi ke', lexicon)).toEqual([['typed:san hui yi ke', 'pinyin:三会一课']]);
    expect(forms('lxyz', lexicon)).toEqual([['typed:lxyz', 'pinyin:两学一做']]);
    expect(forms('《党章》', lexicon)).toEqual([['typed:《党章》', 'alias:中国共产党章程']]);
    expect(forms('支部工作条例', lexicon)).toEqual([['typed:支部工作条例', 'alias:中国共产党支部工作条例（试行）']]);
  });
});
