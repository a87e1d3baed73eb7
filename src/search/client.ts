// The search client: loads Pagefind and the fold table lazily (only once search is used),
// turns a query into exact phrase searches per run (src/search/text.ts), intersects them,
// ranks with one unquoted search plus a title check, and rebuilds excerpts and sub-results
// from each result's content in the original script (docs/search-notes.md, traps 1–3, 10).
import {
  createFolder,
  decodeContent,
  findTerm,
  needsCheck,
  parseQuery,
  runTokens,
  TITLE_MARK,
  type DecodedToken,
  type Folder,
  type FoldTable,
  type QueryTerm,
} from './text';

/** The parts of Pagefind's browser API we use (pagefind.js, 1.6). */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** Facets offered on the search page, in display order. */
export const FACETS = ['collection', 'scenario', 'dimension', 'kind', 'year', 'tag'] as const;
export type FacetKey = (typeof FACETS)[number];

/** One page that matched, before its text is loaded. */
export interface Hit {
  /** Pagefind's page id. */
  id: string;
  /** Whether the page's title holds every term. */
  inTitle: boolean;
  /** Pagefind's relevance score from the unquoted search (0 if none). */
  score: number;
  result: PagefindResult;
}

/** What a search returns: the parsed terms and every matching page, best first. */
export interface SearchOutcome {
  terms: QueryTerm[];
  hits: Hit[];
}

/** A piece of an excerpt: plain text or a highlighted match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** A sub-result: a heading, template item or article of the page where terms occur. */
export interface SubResult {
  /** Anchor id, e.g. "item-3". */
  id: string;
  /** Heading text or a short start of the item, in the original script. */
  title: string;
  excerpt: ExcerptPart[];
}

/** A hit with its text loaded: what a result shows. */
export interface HitDetails {
  url: string;
  title: string;
  collection: string;
  sub: string;
  filters: Record<string, string[]>;
  excerpt: ExcerptPart[];
  subResults: SubResult[];
}

/** Loads the fold table from the index folder; shared with the entry-page highlighter. */
export async function loadFolder(base: string): Promise<Folder> {
  const response = await fetch(`${base}pagefind/kb-fold.json`);
  if (!response.ok) throw new Error(`kb-fold.json: HTTP ${response.status}`);
  return createFolder((await response.json()) as FoldTable);
}

/** Joins a base path and a site-relative path: ("/kb/", "/templates/x/") → "/kb/templates/x/". */
export function withBase(base: string, path: string): string {
  return base.replace(/\/?$/, '/') + path.replace(/^\/+/, '');
}

const EXCERPT_BEFORE = 24;
const EXCERPT_LENGTH = 90;

/** Search over our Pagefind index; create one per page and reuse it. */
export class SearchEngine {
  /** Base path of the site, e.g. "/" or "/kb/" (import.meta.env.BASE_URL). */
  readonly base: string;
  #ready: Promise<{ pagefind: PagefindInstance; folder: Folder }> | undefined;
  /** Whether Pagefind and the fold table have loaded. */
  loaded = false;
  #facetSets: Promise<Map<FacetKey, Map<string, Set<string>>>> | undefined;

  constructor(base: string) {
    this.base = base.replace(/\/?$/, '/');
  }

  /** Starts loading Pagefind and the fold table; safe to call many times. */
  load(): Promise<{ pagefind: PagefindInstance; folder: Folder }> {
    this.#ready ??= (async () => {
      const url = `${this.base}pagefind/pagefind.js`;
      const [module, folder] = await Promise.all([import(/* @vite-ignore */ url) as Promise<PagefindModule>, loadFolder(this.base)]);
      // Pagefind picks the query language from <html lang> when the instance is created; with
      // zh-CN it word-splits queries and breaks our tokens apart (search-notes trap 1). The index
      // is "und", so let it see that, then put the page's language back at once.
      const html = document.documentElement;
      const lang = html.getAttribute('lang');
      html.setAttribute('lang', 'und');
      let pagefind: PagefindInstance;
      try {
        pagefind = module.createInstance({ basePath: `${this.base}pagefind/`, baseUrl: this.base });
      } finally {
        if (lang === null) html.removeAttribute('lang');
        else html.setAttribute('lang', lang);
      }
      await pagefind.init();
      this.loaded = true;
      return { pagefind, folder };
    })();
    this.#ready.catch(() => (this.#ready = undefined));
    return this.#ready;
  }

  /** The folder, once loaded. */
  async folder(): Promise<Folder> {
    return (await this.load()).folder;
  }

  /** Parses a query into terms (empty when it holds no letters, digits or CJK characters). */
  async parse(query: string): Promise<QueryTerm[]> {
    return parseQuery(query, await this.folder());
  }

  /**
   * Every page holding every term, pages with all terms in their title first, then by
   * Pagefind's score. Each run is one exact phrase search (trap 2: one phrase per call).
   */
  async search(query: string): Promise<SearchOutcome> {
    performance.mark('kb-search:start');
    const { pagefind } = await this.load();
    performance.mark('kb-search:loaded');
    const terms = await this.parse(query);
    if (terms.length === 0) return { terms, hits: [] };
    const runs = [...new Set(terms.flatMap((t) => t.runs.map((r) => r.toLowerCase())))];
    const byId = new Map<string, PagefindResult>();
    // All searches at once: one exact search per run; for ranking, an unquoted search over the
    // same tokens (exact mode scores everything alike, trap 3) and the title tokens per run.
    // A lone two-character run is one token, and every token is at most two characters, so the
    // unquoted (prefix) search of it is already exact: one search fewer for the commonest query.
    // Only for Chinese: metadata words are searched too, and the collection id ("templates")
    // is not page text.
    const single = runs.length === 1 && [...(runs[0] as string)].length === 2 && /\p{Script=Han}/u.test(runs[0] as string);
    const [exact, ranked, titleSets] = await Promise.all([
      single ? Promise.resolve(undefined) : Promise.all(runs.map((run) => this.#runSearch(pagefind, run))),
      pagefind.search(runs.flatMap(runTokens).join(' ')),
      Promise.all(runs.map((run) => this.#titleSearch(pagefind, run))),
    ]);
    const runResults = exact ?? [ranked?.results ?? []];
    let ids: Set<string> | undefined;
    for (const results of runResults) {
      const found = new Set<string>();
      for (const result of results) {
        found.add(result.id);
        byId.set(result.id, result);
      }
      ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found;
    }
    let candidates = [...(ids ?? [])];
    // Terms made of several runs ("党费，整改", quoted "三会 一课") or holding punctuation ("80%")
    // are checked against the text: Pagefind drops punctuation from queries (trap 4).
    const joined = terms.filter(needsCheck);
    if (joined.length && candidates.length) {
      const folder = await this.folder();
      const keep = await Promise.all(
        candidates.map(async (id) => {
          const tokens = decodeContent((await (byId.get(id) as PagefindResult).data()).content, folder);
          return joined.every((term) => findTerm(tokens, term.runs, term.separators).length > 0);
        }),
      );
      candidates = candidates.filter((_, i) => keep[i]);
    }
    performance.mark('kb-search:matched');
    if (candidates.length === 0) return { terms, hits: [] };
    const scores = new Map((ranked?.results ?? []).map((r) => [r.id, r.score]));
    // Lone characters cannot be looked up among title words; they do not decide the title boost.
    const titled = titleSets.filter((set): set is PagefindResult[] => set !== undefined);
    const inTitle = (id: string) => titled.length > 0 && titled.every((results) => results.some((r) => r.id === id));
    const hits = candidates.map((id) => ({ id, result: byId.get(id) as PagefindResult, inTitle: inTitle(id), score: scores.get(id) ?? 0 }));
    hits.sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.score - a.score || a.id.localeCompare(b.id));
    return { terms, hits };
  }

  /** Pages holding one run: the exact phrase of its bigrams, or words starting with a lone character. */
  async #runSearch(pagefind: PagefindInstance, run: string): Promise<PagefindResult[]> {
    if ([...run].length === 1) {
      // A prefix search reads only the chunk holding the bare prefix (trap 7): load the chunk
      // where the prefix's range ends too.
      await pagefind.preload(`${run}\u9fff\u9fff`);
      return (await pagefind.search(run))?.results ?? [];
    }
    return (await pagefind.search(`"${runTokens(run).join(' ')}"`))?.results ?? [];
  }

  /** Pages whose title holds a run of two or more characters; undefined for a lone character. */
  async #titleSearch(pagefind: PagefindInstance, run: string): Promise<PagefindResult[] | undefined> {
    if ([...run].length === 1) return undefined;
    const tokens = runTokens(run).map((token) => token + TITLE_MARK);
    return (await pagefind.search(`"${tokens.join(' ')}"`))?.results ?? [];
  }

  /**
   * Page ids per facet value, for counts and filtering in the browser (results are an
   * intersection of several searches, so Pagefind's own counts do not apply). Loaded once.
   */
  facetSets(): Promise<Map<FacetKey, Map<string, Set<string>>>> {
    this.#facetSets ??= (async () => {
      const { pagefind } = await this.load();
      const available = await pagefind.filters();
      const sets = new Map<FacetKey, Map<string, Set<string>>>();
      await Promise.all(
        FACETS.flatMap((key) =>
          Object.keys(available[key] ?? {}).map(async (value) => {
            const response = await pagefind.search(null, { filters: { [key]: value } });
            let values = sets.get(key);
            if (!values) sets.set(key, (values = new Map()));
            values.set(value, new Set((response?.results ?? []).map((r) => r.id)));
          }),
        ),
      );
      return sets;
    })();
    this.#facetSets.catch(() => (this.#facetSets = undefined));
    return this.#facetSets;
  }

  /** Loads a hit's text and builds its excerpt and sub-results for `terms`. */
  async details(hit: Hit, terms: QueryTerm[]): Promise<HitDetails> {
    const [data, folder] = await Promise.all([hit.result.data(), this.folder()]);
    const tokens = decodeContent(data.content, folder);
    const ranges = terms.flatMap((term) => findTerm(tokens, term.runs, term.separators)).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const anchors = data.anchors.filter((a) => a.id).sort((a, b) => a.location - b.location);
    // Group matches by the anchor before them; within a group prefer a match in the text after
    // a heading over one in the heading itself, which the sub-result's title already shows.
    const blockEnd = (from: number) => {
      let i = from;
      while (i < tokens.length && !(tokens[i] as DecodedToken).display.includes('\n')) i++;
      return i;
    };
    const groups = new Map<string, { anchor: (typeof anchors)[number]; ranges: [number, number][] }>();
    for (const range of ranges) {
      let anchor: (typeof anchors)[number] | undefined;
      for (const a of anchors) if (a.location <= range[0]) anchor = a;
      if (!anchor) continue;
      const group = groups.get(anchor.id);
      if (group) group.ranges.push(range);
      else groups.set(anchor.id, { anchor, ranges: [range] });
    }
    const subResults = [...groups.values()].slice(0, 5).map(({ anchor, ranges: own }) => {
      const heading = /^h[1-6]$/.test(anchor.element) ? blockEnd(anchor.location) : anchor.location;
      const focus = own.find(([start]) => start > heading);
      return {
        id: anchor.id,
        title: anchorTitle(anchor, tokens, folder),
        excerpt: focus ? excerpt(tokens, ranges, focus[0]) : [],
      };
    });
    // The page's excerpt: the first match after the title block (the title is shown already).
    const titleEnd = blockEnd(0);
    const main = ranges.find(([start]) => start > titleEnd) ?? ranges[0];
    return {
      url: data.url,
      title: data.meta['title'] ?? '',
      collection: data.meta['collection'] ?? '',
      sub: data.meta['sub'] ?? '',
      filters: data.filters,
      excerpt: main ? excerpt(tokens, ranges, main[0]) : excerpt(tokens, [], 0),
      subResults,
    };
  }
}

/** Title of an anchor: the heading's text, or the first words of an item or article. */
function anchorTitle(anchor: { element: string; text: string; location: number }, tokens: DecodedToken[], folder: Folder): string {
  if (/^h[1-6]$/.test(anchor.element) && anchor.text.trim()) {
    return decodeContent(anchor.text.trim(), folder)
      .map((t) => t.display)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return textAt(tokens, anchor.location, 20);
}

function textAt(tokens: DecodedToken[], start: number, length: number): string {
  let out = '';
  for (let i = start; i < tokens.length && [...out].length < length; i++) {
    const display = (tokens[i] as DecodedToken).display;
    const cut = display.indexOf('\n');
    if (cut >= 0) {
      out += display.slice(0, cut);
      if (out.trim()) return out.trim();
      out = '';
      continue;
    }
    out += display;
  }
  return out.trim() + (start + length < tokens.length ? '…' : '');
}

/**
 * An excerpt around `focus` within its paragraph, with every match inside it marked.
 * Characters are joined without spaces (token i is character i), so Chinese reads cleanly.
 */
export function excerpt(tokens: readonly DecodedToken[], ranges: readonly [number, number][], focus: number): ExcerptPart[] {
  let start = Math.max(0, focus - EXCERPT_BEFORE);
  for (let i = focus - 1; i >= start; i--) {
    if ((tokens[i] as DecodedToken).display.includes('\n')) {
      start = i + 1;
      break;
    }
  }
  let end = Math.min(tokens.length, start + EXCERPT_LENGTH);
  for (let i = Math.max(start, focus); i < end; i++) {
    if ((tokens[i] as DecodedToken).display.includes('\n')) {
      end = i;
      break;
    }
  }
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0 && !(tokens[start - 1] as DecodedToken).display.includes('\n')) push('…', false);
  for (let i = start; i < end; i++) {
    const marked = ranges.some(([a, b]) => i >= a && i < b && (tokens[i] as DecodedToken).folded !== '');
    push((tokens[i] as DecodedToken).display.replace(/\n/g, ''), marked);
  }
  if (end < tokens.length && !(tokens[end] as DecodedToken).display.includes('\n')) push('…', false);
  if (parts[0] && !parts[0].mark) parts[0].text = parts[0].text.trimStart();
  return parts;
}
