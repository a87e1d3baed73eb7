// Ranking of the pages that matched: pages found as typed before pages found only through an
// alias or pinyin; then the glossary term defining what was searched; then pages whose title
// holds every term; then Pagefind's relevance score.
import { runKey, type QueryPlan } from './query';

/** What ranking needs to know about a matching page. */
export interface RankedHit {
  /** Pagefind page id. */
  id: string;
  /** Every term found as typed. */
  literal: boolean;
  /** A glossary term that defines what the query searches (as typed or expanded). */
  defines: boolean;
  /** The page's title holds every term (two characters or longer). */
  inTitle: boolean;
  /** Pagefind's relevance score from the unquoted search (0 if none). */
  score: number;
}

/**
 * Whether a page's title holds every term in one of its forms, judged by the title searches
 * of runs of two or more characters (`titleIds`: run key → pages). Lone characters cannot be
 * looked up among title words and do not decide; a plan of lone characters only → false.
 */
export function titleHoldsAll(plan: QueryPlan, titleIds: ReadonlyMap<string, ReadonlySet<string>>, id: string): boolean {
  let decided = false;
  for (const term of plan.terms) {
    const forms = term.variants
      .map((variant) => variant.parts.flatMap((part) => part.runs.map(runKey)).filter((run) => [...run].length >= 2))
      .filter((runs) => runs.length > 0);
    if (forms.length === 0) continue;
    decided = true;
    if (!forms.some((runs) => runs.every((run) => titleIds.get(run)?.has(id)))) return false;
  }
  return decided;
}

/** Sorts hits best first (see the file comment); ties end in id order so the order is stable. */
export function rankHits<T extends RankedHit>(hits: readonly T[]): T[] {
  return [...hits].sort(
    (a, b) =>
      Number(b.literal) - Number(a.literal) ||
      Number(b.defines) - Number(a.defines) ||
      Number(b.inTitle) - Number(a.inTitle) ||
      b.score - a.score ||
      a.id.localeCompare(b.id),
  );
}
