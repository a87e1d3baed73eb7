import { describe, expect, it } from 'vitest';
import { planShards, shardFull, type ShardPlan } from '../../../src/integrations/search-index/shard-plan';

/** Shard sizes that filling `pages` pages one by one produces under `plan`. */
function fill(plan: ShardPlan, pages: number): number[] {
  const sizes = [0];
  for (let i = 0; i < pages; i++) {
    if (shardFull(plan, sizes.length - 1, sizes.at(-1) as number)) sizes.push(0);
    sizes[sizes.length - 1] = (sizes.at(-1) as number) + 1;
  }
  return sizes;
}

describe('index shards', () => {
  it('keeps a small library in one index', () => {
    expect(planShards(154)).toEqual({ count: 1, size: 5000, max: 5000 });
    expect(fill(planShards(154), 154)).toEqual([154]);
    expect(fill(planShards(1999), 1999)).toEqual([1999]);
  });

  it('writes a library of 2,000 pages or more in up to three equal parts, which Pagefind writes faster than the whole', () => {
    expect(fill(planShards(2000), 2000)).toEqual([1000, 1000]);
    expect(fill(planShards(3106), 3106)).toEqual([1036, 1036, 1034]);
    expect(planShards(12000)).toEqual({ count: 3, size: 4000, max: 5000 });
    expect(planShards(3106, 1000)).toEqual({ count: 4, size: 1000, max: 1000 });
  });

  it('fills the shards of a library too large for one to the limit: fewer word chunks per search in the browser', () => {
    const plan = planShards(20093);
    expect(plan).toEqual({ count: 5, size: 5000, max: 5000 });
    expect(fill(plan, 20093)).toEqual([5000, 5000, 5000, 5000, 93]);
  });

  it('lets the last planned shard take what a low estimate missed, up to the limit, then starts another', () => {
    // The estimate counts pages; a glossary page yields one record per term.
    expect(fill(planShards(107), 154)).toEqual([154]);
    expect(fill(planShards(107, 60), 154)).toEqual([60, 60, 34]);
    expect(fill(planShards(9000), 10400)).toEqual([3000, 3000, 4400]);
    expect(fill(planShards(9000), 11400)).toEqual([3000, 3000, 5000, 400]);
    expect(fill(planShards(14000), 16000)).toEqual([4667, 4667, 5000, 1666]);
  });

  it('rejects a limit below one page', () => {
    expect(() => planShards(100, 0)).toThrow(/at least 1/);
  });
});
