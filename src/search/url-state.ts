// The search page's state in its address: ?q=…&collection=…&tag=…, so a search can be shared,
// bookmarked and restored with back and forward.
import { FACETS, type Filters } from './facets';

/** What the address of the search page says. */
export interface SearchState {
  /** The query as typed, e.g. "党费 整改"; "" when none. */
  query: string;
  /** Selected facet values. */
  filters: Filters;
}

/** Reads the state from a location's search string, e.g. "?q=党费&tag=组织生活会". */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = new Map();
  for (const key of FACETS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters.set(key, new Set(values));
  }
  return { query: params.get('q') ?? '', filters };
}

/** The search string of a state, "" when empty: q first, then facets in display order. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FACETS) for (const value of state.filters.get(key) ?? []) params.append(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Link to a search for `query` (relative to the search page), e.g. "?q=%E5%85%9A%E8%B4%B9". */
export function queryLink(query: string): string {
  return `?${new URLSearchParams({ q: query })}`;
}

/**
 * Link from a result to its page, carrying the words to mark there (?highlight=…) and the
 * anchor; e.g. ("/kb/templates/x/", "党费", "item-3") → "/kb/templates/x/?highlight=党费#item-3".
 * A URL that already holds an anchor (glossary terms) keeps it unless another is given.
 */
export function resultLink(url: string, highlight: string, anchor?: string): string {
  const [path = '', hash = ''] = url.split('#');
  const params = new URLSearchParams({ highlight });
  const target = anchor ? encodeURIComponent(anchor) : hash;
  return `${path}?${params}${target ? `#${target}` : ''}`;
}
