import { describe, expect, it } from 'vitest';
import { FILL_KEY, loadFill, saveFill } from '../../../src/lib/workbench/fill-store';

const memory = () => {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
};

describe('fill-in values in storage', () => {
  it('round-trips values and removes the key when all are cleared', () => {
    const storage = memory();
    expect(saveFill(storage, { unit: '红星社区', year: '2025' })).toBe(true);
    expect(loadFill(storage)).toEqual({ unit: '红星社区', year: '2025' });
    saveFill(storage, {});
    expect(storage.map.has(FILL_KEY)).toBe(false);
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
