import { describe, expect, it } from 'vitest';
import { FILL_KEY, loadFill, loadFillState, saveFill, saveFillState } from '../../../src/lib/workbench/fill-store';

const memory = () => {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
};

describe('fill-in values in storage', () => {
  it('round-trips values and removes the key when all are cleared', () => {
    const storage = memory();
    expect(saveFill(storage, { unit: '红星社区', year: '2025', 'person:党委书记': '张建国' })).toBe(true);
    expect(loadFill(storage)).toEqual({ unit: '红星社区', year: '2025', 'person:党委书记': '张建国' });
    saveFill(storage, {});
    expect(storage.map.has(FILL_KEY)).toBe(false);
  });

  it('keeps blanks filled one by one per page, and drops malformed ones', () => {
    const storage = memory();
    saveFillState(storage, { values: {}, own: { '/templates/a/': { '3': { from: 'x月', to: '3月' }, bad: { from: 'x', to: 'y' } }, 'http://evil/': { '1': { from: 'x', to: 'y' } } } });
    expect(loadFillState(storage)).toEqual({ values: {}, own: { '/templates/a/': { '3': { from: 'x月', to: '3月' } } } });
    saveFill(storage, { unit: '红星社区' });
    expect(loadFillState(storage).own['/templates/a/']).toEqual({ '3': { from: 'x月', to: '3月' } });
  });

  it('reads version 1 values (shared values only)', () => {
    const storage = memory();
    storage.setItem(FILL_KEY, JSON.stringify({ format: 'kb-fill-values', version: 1, values: { unit: '红星社区', person: '张三' } }));
    expect(loadFillState(storage)).toEqual({ values: { unit: '红星社区', person: '张三' }, own: {} });
  });

  it('treats corrupted or foreign values as nothing filled and removes them', () => {
    for (const raw of ['{oops', '{"unit":"x"}', '{"format":"kb-fill-values","version":9,"values":{}}']) {
      const storage = memory();
      storage.setItem(FILL_KEY, raw);
      expect(loadFill(storage), raw).toEqual({});
      expect(storage.map.has(FILL_KEY), raw).toBe(false);
    }
  });

  it('works without storage', () => {
    expect(loadFill(undefined)).toEqual({});
    expect(saveFill(undefined, { unit: 'x' })).toBe(false);
  });
});
