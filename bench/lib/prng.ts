// A small seeded PRNG for the synthetic library: the same seed gives the same library on every
// machine and Node version (Math.random cannot be seeded). Mulberry32, public domain
// (Tommy Ettinger), is plenty for picking titles and dates; it is not for cryptography.

/** A seeded random source with the few helpers the generator needs. */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included; e.g. int(2010, 2025). */
  int(min: number, max: number): number;
  /** True with probability `p`, e.g. chance(0.25). */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A new random source derived from this one and `label`, so adding draws in one place does not shift another. */
  fork(label: string): Random;
}

/** 32-bit FNV-1a hash of a string, e.g. to turn "policies/x" into a seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A random source seeded with `seed` (a number, or a string hashed with {@link hashString}). */
export function createRandom(seed: number | string): Random {
  let state = (typeof seed === 'string' ? hashString(seed) : seed) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() needs a non-empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    fork: (label) => createRandom(hashString(`${state}:${label}`)),
  };
  return random;
}
