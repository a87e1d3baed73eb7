// How many pages go into each index shard. Pure.

/**
 * Most pages per index shard. Pagefind holds a whole index in one process's memory, about 0.9 GB
 * per 1,000 pages of 3–10 KB (18.7 GB at 20,000 in `npm run bench`), so shards of at most 5,000
 * pages keep each process near 5 GB, under the 8 GB a build may take.
 */
export const SHARD_PAGES = 5000;

/**
 * Pages per shard when a library that memory lets into at most {@link MAX_SPLIT} shards is split
 * for writing speed. Pagefind's time to write an index grows faster than its page count (at
 * 3,154 pages: one index 71 s, two halves 51–61 s, three thirds 50–51 s, written one after the
 * other), while every shard costs the browser one more request per search term.
 */
export const SPLIT_PAGES = 1000;

/** Most shards a library is split into for writing speed alone. */
export const MAX_SPLIT = 3;

/** How a library's pages are split: `count` shards of `size` pages, planned from an estimate. */
export interface ShardPlan {
  count: number;
  size: number;
  /** Most pages any shard may hold. */
  max: number;
}

/**
 * The plan for about `estimate` pages. A library that memory splits into more than
 * {@link MAX_SPLIT} shards fills each to `max`: every shard costs the browser a word chunk per
 * search term, and at 20,000 pages five equal shards of 4,000 fetched 310 KB for the first
 * search against 246 KB for four of 5,000 and one of 93 (`npm run bench`). A smaller library
 * gets one shard per {@link SPLIT_PAGES} pages up to {@link MAX_SPLIT} (at least what memory
 * needs), of equal size.
 */
export function planShards(estimate: number, max = SHARD_PAGES): ShardPlan {
  if (!(max >= 1)) throw new Error(`shard size ${max}: must be at least 1`);
  const forMemory = Math.max(1, Math.ceil(estimate / max));
  const forSpeed = Math.min(MAX_SPLIT, Math.floor(estimate / SPLIT_PAGES));
  if (forMemory > forSpeed) return { count: forMemory, size: max, max };
  return { count: forSpeed, size: Math.ceil(estimate / forSpeed), max };
}

/**
 * Whether shard number `shard` (from 0), holding `pages` pages, is full. The planned shards fill
 * to the planned size; the last one takes what the estimate missed, up to `max`, and pages past
 * that start further shards.
 */
export function shardFull(plan: ShardPlan, shard: number, pages: number): boolean {
  return pages >= plan.max || (shard < plan.count - 1 && pages >= plan.size);
}
