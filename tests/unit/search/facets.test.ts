import { describe, expect, it } from 'vitest';
import { activeCount, facetFile, facetGroups, facetIndex, facetLoading, FACETS_WITH_RESULTS_MAX_BYTES, passes, toggleFilter, type FacetKey, type Filters } from '../../../src/search/facets';

const file = facetFile([
  ['a', [['collection', '党内法规'], ['year', '2019'], ['tag', '党费']]],
  ['b', [['collection', '问题整改模板'], ['year', '2020'], ['tag', '党费'], ['tag', '整改']]],
  ['c', [['collection', '问题整改模板'], ['year', '2019'], ['tag', '整改']]],
  ['d', [['collection', '问题整改模板'], ['year', '2019'], ['tag', '整改']]],
]);
const index = facetIndex(file);
const filters = (entries: [FacetKey, string[]][]): Filters => new Map(entries.map(([k, v]) => [k, new Set(v)]));

describe('facetFile', () => {
  it('stores each value once and shares combinations between pages', () => {
    expect(file.values).toHaveLength(6);
    expect(file.combos).toHaveLength(3);
    expect(index.of('c')).toBe(index.of('d'));
    expect(file.pages).toHaveLength(3);
    expect(new Set(index.of('b').map((i) => file.values[i]))).toEqual(new Set([
      ['collection', '问题整改模板'],
      ['year', '2020'],
      ['tag', '党费'],
      ['tag', '整改'],
    ]));
  });
  it('gives no values for a page it does not know', () => {
    expect(index.of('zz')).toEqual([]);
  });
  it('writes Pagefind ids once, sorted, without the prefix they share, and reads them back', () => {
    const ids = facetFile([
      ['und_9f3', [['collection', '学习资料']]],
      ['und_1a2', [['collection', '学习资料']]],
      ['und_5c0', [['collection', '党内法规']]],
    ]);
    expect(ids.prefix).toBe('und_');
    expect(ids.pages).toEqual(['1a2,9f3', '5c0']);
    const read = facetIndex(ids);
    expect(read.of('und_9f3').map((i) => ids.values[i])).toEqual([['collection', '学习资料']]);
    expect(read.of('und_5c0').map((i) => ids.values[i])).toEqual([['collection', '党内法规']]);
    expect(read.of('9f3')).toEqual([]);
  });
  it('keeps ids whole when they share no prefix', () => {
    const mixed = facetFile([['und_1', []], ['zh_2', []]]);
    expect(mixed.prefix).toBe('');
    expect(facetIndex(mixed).of('zh_2')).toEqual([]);
    expect(mixed.pages).toEqual(['und_1,zh_2']);
  });
});

describe('passes', () => {
  it('ORs values within a facet and ANDs facets', () => {
    const f = filters([['tag', ['党费', '整改']], ['year', ['2019']]]);
    expect(['a', 'b', 'c', 'd'].filter((id) => passes(id, f, index))).toEqual(['a', 'c', 'd']);
  });
  it('ignores the facet it is told to', () => {
    expect(passes('b', filters([['year', ['2019']]]), index, 'year')).toBe(true);
    expect(passes('b', filters([['year', ['2019']]]), index)).toBe(false);
  });
});

describe('facetGroups', () => {
  it('counts each value over hits passing the other facets, years newest first, others by count', () => {
    const groups = facetGroups(['a', 'b', 'c', 'd'], filters([['collection', ['问题整改模板']]]), index);
    expect(groups).toEqual([
      {
        key: 'collection',
        values: [
          { value: '问题整改模板', count: 3, selected: true, folded: false },
          { value: '党内法规', count: 1, selected: false, folded: false },
        ],
      },
      {
        key: 'year',
        values: [
          { value: '2020', count: 1, selected: false, folded: false },
          { value: '2019', count: 2, selected: false, folded: false },
        ],
      },
      {
        key: 'tag',
        values: [
          { value: '整改', count: 3, selected: false, folded: false },
          { value: '党费', count: 1, selected: false, folded: false },
        ],
      },
    ]);
  });
  it('keeps a selected value with no hits and folds tags past the limit', () => {
    const groups = facetGroups(['c'], filters([['tag', ['党费']]]), index, { tagsShown: 0 });
    const tags = groups.find((g) => g.key === 'tag');
    expect(tags?.values).toEqual([
      { value: '整改', count: 1, selected: false, folded: true },
      { value: '党费', count: 0, selected: true, folded: false },
    ]);
  });
});

describe('filter helpers', () => {
  it('toggles values without touching the original and counts active values', () => {
    const start = filters([['tag', ['党费']]]);
    const more = toggleFilter(start, 'year', '2019', true);
    expect(activeCount(more)).toBe(2);
    expect(activeCount(start)).toBe(1);
    expect(toggleFilter(more, 'tag', '党费', false).has('tag')).toBe(false);
  });
});

describe('facetLoading', () => {
  it('loads a small facet file with the results and a large one when the reader asks', () => {
    expect(facetLoading(2_000)).toBe('with-results');
    expect(facetLoading(FACETS_WITH_RESULTS_MAX_BYTES)).toBe('with-results');
    expect(facetLoading(FACETS_WITH_RESULTS_MAX_BYTES + 1)).toBe('on-request');
    // 20,000 entries in `npm run bench` gave a 142 KB facet file.
    expect(facetLoading(142 * 1024)).toBe('on-request');
  });

  it('takes the limit it is given', () => {
    expect(facetLoading(1, 0)).toBe('on-request');
    expect(facetLoading(0, 0)).toBe('with-results');
  });
});
