/** Something with an id, a collection and tags, e.g. a content entry. */
export interface Tagged {
  id: string;
  collection: string;
  data: { tags: string[] };
}

/**
 * Entries sharing the most tags with `entry` (at least one), best first, then in the given
 * order; at most `limit` (default 5). The entry itself is never included.
 */
export function relatedByTags<T extends Tagged>(entry: Tagged, candidates: readonly T[], limit = 5): T[] {
  const tags = new Set(entry.data.tags);
  if (tags.size === 0) return [];
  return candidates
    .map((candidate, index) => ({ candidate, index, shared: candidate.data.tags.filter((tag) => tags.has(tag)).length }))
    .filter(({ candidate, shared }) => shared > 0 && !(candidate.id === entry.id && candidate.collection === entry.collection))
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
