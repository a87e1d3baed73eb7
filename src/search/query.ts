// Query → terms: what a typed query asks for. Every term must occur on a page; a term may be
// found in several forms (variants): as typed, or through an alias or its pinyin. The first
// variant is always the typed one.
import { EMPTY_LEXICON, expandPlan, type Lexicon } from './lexicon';
import { parseQuery, type Folder, type QueryTerm } from './text';

/** How a variant came about. */
export type VariantSource = 'typed' | 'alias' | 'pinyin';

/** One way a term can occur: every part must occur (parts are what parseQuery returns). */
export interface QueryVariant {
  /** Parts that must all occur, e.g. the four words of "san hui yi ke" as typed. */
  parts: QueryTerm[];
  via: VariantSource;
  /** The form searched, as shown to the reader, e.g. "中国共产党章程". */
  text: string;
}

/** A term of the query: found when any of its variants is. */
export interface PlannedTerm {
  /** What the user typed, e.g. "党章". */
  text: string;
  /** Whether it was quoted. */
  quoted: boolean;
  /** The typed form first, then expansions. */
  variants: QueryVariant[];
}

/** A parsed query. */
export interface QueryPlan {
  terms: PlannedTerm[];
}

/**
 * Plans a query: its typed terms (e.g. "党费 整改" → two terms), each with the aliases and
 * pinyin readings the lexicon adds (src/search/lexicon.ts; none by default).
 */
export function planQuery(query: string, folder: Folder, lexicon: Lexicon = EMPTY_LEXICON): QueryPlan {
  const typed: QueryPlan = {
    terms: parseQuery(query, folder).map((term) => ({
      text: term.text,
      quoted: term.quoted,
      variants: [{ parts: [term], via: 'typed', text: term.text }],
    })),
  };
  return expandPlan(typed, lexicon, folder);
}

/** Every part of every variant, e.g. to mark all matches in an excerpt. */
export function allParts(plan: QueryPlan): QueryTerm[] {
  return plan.terms.flatMap((term) => term.variants.flatMap((variant) => variant.parts));
}

/** Lower-case key of a run as Pagefind compares words. */
export function runKey(run: string): string {
  return run.toLowerCase();
}

/** Distinct run keys of the plan in order of appearance. */
export function planRuns(plan: QueryPlan): string[] {
  return [...new Set(allParts(plan).flatMap((part) => part.runs.map(runKey)))];
}

