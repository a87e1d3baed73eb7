// How many pages go into each index shard. Pure.

/**
 * Most pages per index shard. Pagefind holds a whole index in one process's memory, about 0.9 GB
 * per 1,000 pages of 3–10 KB (18.7 GB at 20,000 in `npm run bench`), so shards of at most 5,000
 * pages keep each process near 5 GB, under the 8 GB a build may take.
 */
export const SHARD_PAGES = 5000;

/**
 * From this many pages on, the index is written in at least two shards, one written while the
 * next is filled. Pagefind writes an index on one core, in a time that grows faster than its
 * page count (3,106 pages: 55 s; 1,500: 17 s), so two halves cost far less than the whole on a
 * two-core machine. Below it one index is cheap to write, and every shard costs the browser one
 * more request per search term.
 */
export const PARALLEL_MIN_PAGES = 2000;

/** How a library's pages are split: `count` shards of `size` pages, planned from an estimate. */
export interface ShardPlan {
  count: number;
  size: number;
  /** Most pages any shard may hold. */
  max: number;
}

/**
 * The plan for about `estimate` pages: as few shards as `max` allows (two from `parallelMin`
 * pages on), of equal size, so no shard is a small remainder.
 */
export function planShards(estimate: number, max = SHARD_PAGES, parallelMin = PARALLEL_MIN_PAGES): ShardPlan {
  if (!(max >= 1)) throw new Error(`shard size ${max}: must be at least 1`);
  const count = Math.max(Math.ceil(estimate / max), estimate >= parallelMin ? 2 : 1);
  return { count, size: Math.min(max, Math.max(1, Math.ceil(estimate / count))), max };
}

/**
 * Whether shard number `shard` (from 0), holding `pages` pages, is full. The planned shards fill
 * to the planned size; the last one takes what the estimate missed, up to `max`, and pages past
 * that start further shards.
 */
export function shardFull(plan: ShardPlan, shard: number, pages: number): boolean {
  return pages >= plan.max || (shard < plan.count - 1 && pages >= plan.size);
}
