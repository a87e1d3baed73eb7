// Result merging: which pages answer a plan, given the pages each run's search found. A page
// matches when every term is found in one of its variants, and a variant is found when every
// run of every part is. Parts with punctuation or several runs are checked against the page's
// text as well, since Pagefind drops punctuation from queries (docs/search-notes.md, trap 4).
import { runKey, type QueryPlan } from './query';
import { needsCheck } from './text';

const NONE: ReadonlySet<string> = new Set();

/** Per page: for each term, for each variant, whether every run of it was found. */
export type VariantHits = boolean[][];

/**
 * Pages found for every term in some variant (by the run searches alone), with which
 * variants were found. `runIds` maps a run key to the pages its search returned.
 */
export function candidates(plan: QueryPlan, runIds: ReadonlyMap<string, ReadonlySet<string>>): Map<string, VariantHits> {
  const out = new Map<string, VariantHits>();
  if (plan.terms.length === 0) return out;
  // Pages per variant: the intersection of its runs' pages. Sets are shared, not copied, where
  // there is nothing to intersect: a common word finds thousands of pages at 20,000 entries.
  const variantSets: ReadonlySet<string>[][] = plan.terms.map((term) =>
    term.variants.map((variant) => {
      let set: ReadonlySet<string> | undefined;
      for (const run of variant.parts.flatMap((part) => part.runs.map(runKey))) {
        const found = runIds.get(run) ?? NONE;
        set = set ? new Set([...set].filter((id) => found.has(id))) : found;
      }
      return set ?? NONE;
    }),
  );
  // Start from the smallest term's pages.
  const termSets = variantSets.map((sets) => (sets.length === 1 ? (sets[0] as ReadonlySet<string>) : new Set(sets.flatMap((set) => [...set]))));
  const smallest = [...termSets].sort((a, b) => a.size - b.size)[0] as ReadonlySet<string>;
  for (const id of smallest) {
    if (!termSets.every((set) => set.has(id))) continue;
    out.set(id, variantSets.map((sets) => sets.map((set) => set.has(id))));
  }
  return out;
}

/** Whether deciding a page's match (or whether it matched as typed) needs its text. */
export function needsText(plan: QueryPlan, hits: VariantHits): boolean {
  return plan.terms.some((term, t) => term.variants.some((variant, v) => hits[t]?.[v] === true && variant.parts.some(needsCheck)));
}

/** How a page matched. */
export interface MatchResult {
  /** Every term found. */
  ok: boolean;
  /** Every term found as typed (not only through an alias or pinyin). */
  literal: boolean;
}

/**
 * Decides a candidate's match. `check(t, v)` says whether variant v of term t occurs in the
 * page's text; it is called only for variants found by the run searches that need the check.
 */
export function resolveMatch(plan: QueryPlan, hits: VariantHits, check: (term: number, variant: number) => boolean): MatchResult {
  let ok = true;
  let literal = true;
  plan.terms.forEach((term, t) => {
    const found = term.variants.map((variant, v) => hits[t]?.[v] === true && (!variant.parts.some(needsCheck) || check(t, v)));
    if (!found.some(Boolean)) ok = false;
    if (!found[0]) literal = false;
  });
  return { ok, literal: ok && literal };
}
