import { describe, expect, it } from 'vitest';
import { queryLink, readState, resultLink, writeState } from '../../../src/search/url-state';

describe('search URL state', () => {
  it('reads the query and every facet value, ignoring unknown and empty parameters', () => {
    const state = readState('?q=%E5%85%9A%E8%B4%B9&tag=a&tag=b&year=&foo=1');
    expect(state.query).toBe('党费');
    expect([...state.filters]).toEqual([['tag', new Set(['a', 'b'])]]);
  });
  it('writes q first and facets in display order, nothing for an empty state', () => {
    const filters = new Map([
      ['tag', new Set(['整改'])],
      ['collection', new Set(['党内法规'])],
    ] as const);
    expect(writeState({ query: '党费 整改', filters: new Map(filters) })).toBe('?q=%E5%85%9A%E8%B4%B9+%E6%95%B4%E6%94%B9&collection=%E5%85%9A%E5%86%85%E6%B3%95%E8%A7%84&tag=%E6%95%B4%E6%94%B9');
    expect(writeState({ query: '', filters: new Map() })).toBe('');
  });
  it('round-trips', () => {
    const search = '?q=%22%E4%B8%89%E4%BC%9A%22&scenario=x&year=2019';
    expect(writeState(readState(search))).toBe(search);
  });
  it('links to a query and to a result with its highlight and anchor', () => {
    expect(queryLink('a b')).toBe('?q=a+b');
    expect(resultLink('/kb/templates/x/', '党费', 'item-3')).toBe('/kb/templates/x/?highlight=%E5%85%9A%E8%B4%B9#item-3');
    expect(resultLink('/glossary/#term-dang-fei', '党费')).toBe('/glossary/?highlight=%E5%85%9A%E8%B4%B9#term-dang-fei');
    expect(resultLink('/t/', 'x', '一、问题')).toBe('/t/?highlight=x#%E4%B8%80%E3%80%81%E9%97%AE%E9%A2%98');
  });
});
