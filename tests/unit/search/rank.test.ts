import { describe, expect, it } from 'vitest';
import { buildFoldTable } from '../../../src/search/fold-map';
import { planQuery } from '../../../src/search/query';
import { rankHits, titleHolder } from '../../../src/search/rank';
import { createFolder } from '../../../src/search/text';

const folder = createFolder(buildFoldTable());

describe('rankHits', () => {
  it('puts literal matches first, then the definition, then titles, then score, then id', () => {
    const hits = [
      { id: 'f', literal: false, defines: true, inTitle: true, score: 9 },
      { id: 'e', literal: true, defines: false, inTitle: false, score: 5 },
      { id: 'd', literal: true, defines: false, inTitle: false, score: 5 },
      { id: 'c', literal: true, defines: false, inTitle: false, score: 7 },
      { id: 'b', literal: true, defines: false, inTitle: true, score: 1 },
      { id: 'a', literal: true, defines: true, inTitle: true, score: 0 },
    ];
    expect(rankHits(hits).map((h) => h.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('titleHolder', () => {
  const titles = new Map([
    ['湘潭', new Set(['a', 'b'])],
    ['党建', new Set(['a'])],
  ]);
  it('needs every term of two or more characters in the title', () => {
    const plan = planQuery('湘潭 党建', folder);
    expect(titleHolder(plan, titles)('a')).toBe(true);
    expect(titleHolder(plan, titles)('b')).toBe(false);
  });
  it('lets lone characters not decide, and decides nothing with lone characters only', () => {
    expect(titleHolder(planQuery('湘潭 年', folder), titles)('b')).toBe(true);
    expect(titleHolder(planQuery('年', folder), titles)('a')).toBe(false);
  });
});
