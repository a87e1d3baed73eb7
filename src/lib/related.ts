/** Something with an id, a collection and tags, e.g. a content entry. */
export interface Tagged {
  id: string;
  collection: string;
  data: { tags: string[] };
}

// Which candidates carry each tag, built once per candidate list (the library is loaded once per
// build), so finding an entry's relatives touches only entries that share a tag with it instead
// of scanning the whole library on every page.
const postings = new WeakMap<readonly Tagged[], Map<string, number[]>>();

function tagIndex(candidates: readonly Tagged[]): Map<string, number[]> {
  let index = postings.get(candidates);
  if (!index) {
    index = new Map();
    candidates.forEach((candidate, position) => {
      for (const tag of new Set(candidate.data.tags)) {
        const list = index!.get(tag);
        if (list) list.push(position);
        else index!.set(tag, [position]);
      }
    });
    postings.set(candidates, index);
  }
  return index;
}

/**
 * Entries sharing the most tags with `entry` (at least one), best first, then in the given
 * order; at most `limit` (default 5). The entry itself is never included.
 */
export function relatedByTags<T extends Tagged>(entry: Tagged, candidates: readonly T[], limit = 5): T[] {
  const index = tagIndex(candidates);
  const shared = new Map<number, number>();
  for (const tag of new Set(entry.data.tags)) {
    for (const position of index.get(tag) ?? []) shared.set(position, (shared.get(position) ?? 0) + 1);
  }
  return [...shared]
    .filter(([position]) => !(candidates[position]!.id === entry.id && candidates[position]!.collection === entry.collection))
    .sort(([a, countA], [b, countB]) => countB - countA || a - b)
    .slice(0, limit)
    .map(([position]) => candidates[position]!);
}
