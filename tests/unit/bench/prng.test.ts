import { describe, expect, it } from 'vitest';
import { createRandom, hashString } from '../../../bench/lib/prng';

describe('seeded random source', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRandom('kb-bench');
    const b = createRandom('kb-bench');
    const draws = (r: ReturnType<typeof createRandom>) => Array.from({ length: 20 }, () => r.next());
    expect(draws(a)).toEqual(draws(b));
    expect(draws(createRandom('other'))).not.toEqual(draws(createRandom('kb-bench')));
  });

  it('keeps integers inside both bounds and reaches each of them', () => {
    const r = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => r.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('forks independent streams that do not depend on later draws of the parent', () => {
    const a = createRandom(7);
    const forkA = a.fork('x').next();
    const b = createRandom(7);
    expect(b.fork('x').next()).toBe(forkA);
    expect(createRandom(7).fork('y').next()).not.toBe(forkA);
  });

  it('hashes strings to stable 32-bit numbers', () => {
    // Published FNV-1a 32-bit test vectors (Fowler/Noll/Vo reference test suite).
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
    expect(hashString('abc')).not.toBe(hashString('abd'));
  });
});
