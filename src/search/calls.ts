// Terms → Pagefind calls: the searches that answer a query plan, as data, so they can be
// tested without Pagefind and run all at once by the client (src/search/client.ts).
//
// - One search per run (docs/search-notes.md, trap 2: one quoted phrase per call): the exact
//   phrase of its bigrams; a lone character is a prefix search, with the end of its range
//   preloaded (trap 7).
// - Unquoted searches over the tokens, for Pagefind's relevance score only (exact mode scores
//   everything alike, and unquoted search is no strict AND: trap 3): one per way of writing the
//   query (as typed; with each term's first expansion; …), a page taking its best score. One
//   search over every variant at once would score a pinyin query (shyk) by the Latin word that
//   some pages hold, and rank the pages holding 三会一课 differently from the query 三会一课.
// - One search per run of two or more characters among the title tokens the indexer appends.
// - One search per form the query searches (as typed, an alias, a pinyin reading) that the
//   glossary defines, among the tokens glossary terms carry for it, so the definition comes first.
import { EMPTY_LEXICON, lexiconKey, type Lexicon } from './lexicon';
import { planRuns, runKey, type QueryPlan } from './query';
import { DEFINES_MARK, runTokens, TITLE_MARK, type Folder } from './text';

/** One Pagefind search to make. */
export interface SearchCall {
  /**
   * What the call answers: pages holding a run, the ranking scores, pages with a run in the
   * title, or the glossary terms that define a form the query searches.
   */
  kind: 'run' | 'rank' | 'title' | 'defines';
  /** The run (lower case) for "run" and "title", the form's key for "defines"; "" for "rank". */
  run: string;
  /** The search string given to Pagefind. */
  query: string;
  /** A search to preload first (the end of a lone character's prefix range), if any. */
  preload?: string;
}

/** The highest code point of the CJK block: a lone character's prefix range ends with it. */
const RANGE_END = '\u9fff\u9fff';

/** Whether a run is two Han characters: one token, so its unquoted search is already exact. */
function isHanBigram(run: string): boolean {
  return [...run].length === 2 && /^\p{Script=Han}+$/u.test(run);
}

/**
 * The searches for a plan. Calls with the same query are the same search; the client makes it
 * once. A query that is one two-character Chinese word is a single search: the unquoted search
 * of its one token is exact (tokens are at most two characters; only Chinese, because the
 * unquoted search also looks at metadata words such as the collection id "templates").
 */
export function searchCalls(plan: QueryPlan, folder: Folder, lexicon: Lexicon = EMPTY_LEXICON): SearchCall[] {
  const runs = planRuns(plan);
  if (runs.length === 0) return [];
  const rank = runs.flatMap(runTokens).join(' ');
  const calls: SearchCall[] = [];
  const widest = Math.max(...plan.terms.map((term) => term.variants.length));
  const rankQueries = new Set<string>();
  for (let v = 0; v < widest; v++) {
    const written = plan.terms.flatMap((term) => (term.variants[Math.min(v, term.variants.length - 1)]?.parts ?? []).flatMap((part) => part.runs.map(runKey)));
    rankQueries.add([...new Set(written)].flatMap(runTokens).join(' '));
  }
  const single = runs.length === 1 && isHanBigram(runs[0] as string);
  for (const run of runs) {
    const length = [...run].length;
    if (length === 1) calls.push({ kind: 'run', run, query: run, preload: run + RANGE_END });
    else if (single) calls.push({ kind: 'run', run, query: rank });
    else calls.push({ kind: 'run', run, query: `"${runTokens(run).join(' ')}"` });
  }
  for (const query of rankQueries) if (query) calls.push({ kind: 'rank', run: '', query });
  for (const run of runs) {
    if ([...run].length < 2) continue;
    calls.push({ kind: 'title', run, query: `"${runTokens(run).map((token) => token + TITLE_MARK).join(' ')}"` });
  }
  // Only forms the glossary defines can have a definition to find.
  const forms = new Set(plan.terms.flatMap((term) => term.variants.map((variant) => lexiconKey(variant.text, folder))));
  for (const form of forms) if (lexicon.defined.has(form)) calls.push({ kind: 'defines', run: form, query: `"${form}${DEFINES_MARK}"` });
  return calls;
}
