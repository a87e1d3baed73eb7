// The search client: loads Pagefind and the fold table lazily (only once search is used), makes
// the searches a query plan needs (src/search/calls.ts) all at once, merges and ranks what
// they return (match.ts, rank.ts) and builds what each result shows (excerpt.ts). The pure
// parts live in those modules; this one only talks to Pagefind and fetches files.
import { searchCalls, type SearchCall } from './calls';
import { hitDetails, type HitDetails, type PageFragment } from './excerpt';
import { facetIndex, type FacetFile, type FacetIndex } from './facets';
import { candidates, needsText, resolveMatch, type VariantHits } from './match';
import { FACET_FILE, fetchIndexJson, INDEX_FILE, INDEX_TAG_META, LEXICON_FILE, loadFolder, type IndexManifest } from './files';
import { readLexicon, type Lexicon, type LexiconFile } from './lexicon';
import { inflateIndexFetches } from './native-gunzip';
import { allParts, planQuery, type QueryPlan } from './query';
import { rankHits, titleHolder, type RankedHit } from './rank';
import { decodeContent, findTerm, type ContentTokens, type Folder } from './text';

/** The parts of Pagefind's browser API we use (pagefind.js, 1.6). */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PageFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** One page that matched, before its text is loaded. */
export interface Hit extends RankedHit {
  result: PagefindResult;
}

/**
 * The language Pagefind is told the queries are in. Not a valid language tag, on purpose:
 * Pagefind then uses the index with the most pages (our one "und" index) and splits a query
 * into characters itself rather than through Intl.Segmenter, whose first use loads ICU's
 * grapheme rules (about 30 ms of main thread, 110 ms at 4× CPU throttling) right before the
 * first search. Our queries are tokens we made (text.ts), so grapheme clusters add nothing.
 */
export const QUERY_LANGUAGE = 'kb_tokens';

/** What a search returns: the plan and every matching page, best first. */
export interface SearchOutcome {
  plan: QueryPlan;
  hits: Hit[];
}

/** What {@link SearchEngine.load} loads. */
interface Loaded {
  pagefind: PagefindInstance;
  folder: Folder;
  lexicon: Lexicon;
}

/** Search over our Pagefind index; create one per page and reuse it. */
export class SearchEngine {
  /** Base path of the site, e.g. "/" or "/kb/" (import.meta.env.BASE_URL). */
  readonly base: string;
  #ready: Promise<Loaded> | undefined;
  /** Whether Pagefind and the fold table have loaded. */
  loaded = false;
  #facets: Promise<FacetIndex> | undefined;
  #fragments = new Map<string, Promise<PageFragment>>();
  /** Whether the index is in shards (then a fragment's folder is known to Pagefind only). */
  #sharded = false;
  /** The facet file's gzipped size and when it loads (facets.ts); known once loaded. */
  facetFile: IndexManifest['facets'] = { bytes: 0, loading: 'with-results' };

  constructor(base: string) {
    this.base = base.replace(/\/?$/, '/');
  }

  /** Starts loading Pagefind and the fold table; safe to call many times. */
  load(): Promise<Loaded> {
    this.#ready ??= (async () => {
      inflateIndexFetches(`${this.base}pagefind/`);
      // Pagefind starts its own chain of fetches (entry, then metadata and WebAssembly) as soon
      // as its module is in, while our tables load beside it.
      const [pagefind, folder, lexiconFile] = await Promise.all([
        this.#startPagefind(),
        loadFolder(this.base),
        fetchIndexJson<LexiconFile>(this.base, LEXICON_FILE),
      ]);
      this.loaded = true;
      return { pagefind, folder, lexicon: readLexicon(lexiconFile) };
    })();
    this.#ready.catch(() => (this.#ready = undefined));
    return this.#ready;
  }

  /** Imports pagefind.js, creates the instance, merges the shards and waits until all are ready. */
  async #startPagefind(): Promise<PagefindInstance> {
    const [module, manifest] = await Promise.all([
      import(/* @vite-ignore */ `${this.base}pagefind/pagefind.js`) as Promise<PagefindModule>,
      fetchIndexJson<IndexManifest>(this.base, INDEX_FILE),
    ]);
    this.facetFile = manifest.facets;
    const tag = indexTag();
    if (tag) preloadIndexFiles(`${this.base}pagefind/`, manifest.warm);
    // Pagefind picks the query language from <html lang> when the instance is created; with
    // zh-CN it word-splits queries and breaks our tokens apart (search-notes trap 1). Let it see
    // QUERY_LANGUAGE instead, then put the page's language back at once.
    const html = document.documentElement;
    const lang = html.getAttribute('lang');
    html.setAttribute('lang', QUERY_LANGUAGE);
    // With the index's cache tag, Pagefind asks for the entry files the page preloaded.
    const tagged = tag ? { metaCacheTag: tag } : {};
    let pagefind: PagefindInstance;
    try {
      pagefind = module.createInstance({ basePath: `${this.base}pagefind/`, baseUrl: this.base, noWorker: true, ...tagged });
    } finally {
      if (lang === null) html.removeAttribute('lang');
      else html.setAttribute('lang', lang);
    }
    // The shards share the first index's WebAssembly (Pagefind loads it once).
    await Promise.all([pagefind.init(), ...manifest.merge.map((dir) => pagefind.mergeIndex(`${this.base}pagefind/${dir}`, { baseUrl: this.base, ...tagged }))]);
    this.#sharded = manifest.merge.length > 0;
    return pagefind;
  }

  /** The folder, once loaded. */
  async folder(): Promise<Folder> {
    return (await this.load()).folder;
  }


  /** Every page holding every term, best first (src/search/rank.ts). */
  async search(query: string): Promise<SearchOutcome> {
    performance.mark('kb-search:start');
    const { pagefind, folder, lexicon } = await this.load();
    performance.mark('kb-search:loaded');
    const plan = planQuery(query, folder, lexicon);
    const calls = searchCalls(plan, folder, lexicon);
    if (calls.length === 0) return { plan, hits: [] };
    const answers = await runCalls(pagefind, calls);
    const results = new Map<string, PagefindResult>();
    const runIds = new Map<string, Set<string>>();
    const titleIds = new Map<string, Set<string>>();
    const scores = new Map<string, number>();
    const defining = new Set<string>();
    calls.forEach((call, i) => {
      const found = answers[i] ?? [];
      // A page takes its best score over the ways of writing the query (calls.ts).
      if (call.kind === 'rank') for (const r of found) scores.set(r.id, Math.max(scores.get(r.id) ?? 0, r.score));
      else if (call.kind === 'defines') for (const r of found) defining.add(r.id);
      else {
        (call.kind === 'run' ? runIds : titleIds).set(call.run, new Set(found.map((r) => r.id)));
        if (call.kind === 'run') for (const r of found) results.set(r.id, r);
      }
    });
    const found = candidates(plan, runIds);
    const inTitle = titleHolder(plan, titleIds);
    const hits: Hit[] = [];
    const decide = (id: string, result: PagefindResult, variantHits: VariantHits, content: string) => {
      let tokens: ContentTokens | undefined;
      const match = resolveMatch(plan, variantHits, (t, v) => {
        const decoded = (tokens ??= decodeContent(content, folder));
        return (plan.terms[t]?.variants[v]?.parts ?? []).every((part) => findTerm(decoded, part.runs, part.separators).length > 0);
      });
      if (match.ok) hits.push({ id, result, literal: match.literal, defines: defining.has(id), inTitle: inTitle(id), score: scores.get(id) ?? 0 });
    };
    // Most pages are decided by the run searches alone, at once; a common query matches
    // thousands of pages at 20,000 entries, where a promise per page costs more than the rest.
    // Parts with punctuation or several runs are checked against the page's text.
    const checks: Promise<void>[] = [];
    for (const [id, variantHits] of found) {
      const result = results.get(id) as PagefindResult;
      if (needsText(plan, variantHits)) checks.push(this.fragment(result).then((fragment) => decide(id, result, variantHits, fragment.content)));
      else decide(id, result, variantHits, '');
    }
    await Promise.all(checks);
    performance.mark('kb-search:matched');
    return { plan, hits: rankHits(hits) };
  }

  /** Facet data computed at build time; loaded once, when first asked for. */
  facets(): Promise<FacetIndex> {
    this.#facets ??= fetchIndexJson<FacetFile>(this.base, FACET_FILE).then(facetIndex);
    this.#facets.catch(() => (this.#facets = undefined));
    return this.#facets;
  }

  /** Loads a hit's text and builds its excerpt and sub-results for the plan. */
  async details(hit: Hit, plan: QueryPlan): Promise<HitDetails> {
    const [fragment, folder] = await Promise.all([this.fragment(hit.result), this.folder()]);
    return hitDetails(fragment, allParts(plan), folder);
  }

  /**
   * A result's fragment (its text, anchors and metadata), read straight from its file: Pagefind's
   * own result.data() also builds Pagefind's excerpt and sub-results over the whole text, which
   * we do not use and which costs most on the longest pages. Uses result.data() where the
   * browser cannot gunzip a stream, and in a sharded index, where only Pagefind knows which
   * shard's folder holds the fragment.
   */
  fragment(result: PagefindResult): Promise<PageFragment> {
    let found = this.#fragments.get(result.id);
    if (!found) {
      found = this.#sharded ? result.data() : readFragment(this.base, result.id).catch(() => result.data());
      this.#fragments.set(result.id, found);
    }
    return found;
  }
}

/**
 * The index's cache tag, which the index build writes into the search page
 * (src/integrations/search-index/index-preload.ts); none on other pages and in `astro dev`,
 * where Pagefind then adds the time, as it does by default.
 */
function indexTag(): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${INDEX_TAG_META}"]`)?.content || undefined;
}

/**
 * Preloads files of the index folder the way the search page's own preload links do
 * (as="fetch", crossorigin): Pagefind's later fetch of the same URL then takes the response.
 */
function preloadIndexFiles(indexUrl: string, files: readonly string[]): void {
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = indexUrl + file;
    document.head.append(link);
  }
}

/** Pagefind's signature at the start of every decompressed file. */
const SIGNATURE = 'pagefind_dcd';

/**
 * Reads fragment `id` (Pagefind's page id) from the index folder, inflated natively (see
 * native-gunzip.ts); its URL gets the base path.
 */
async function readFragment(base: string, id: string): Promise<PageFragment> {
  if (!inflateIndexFetches(`${base}pagefind/`)) throw new Error('no DecompressionStream');
  const response = await fetch(`${base}pagefind/fragment/${encodeURIComponent(id)}.pf_fragment`);
  if (!response.ok) throw new Error(`fragment ${id}: HTTP ${response.status}`);
  const text = await response.text();
  const fragment = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as PageFragment;
  return { ...fragment, url: base + fragment.url.replace(/^\/+/, '') };
}

/** Makes each distinct search once, all at once; answers in the order of `calls`. */
async function runCalls(pagefind: PagefindInstance, calls: readonly SearchCall[]): Promise<PagefindResult[][]> {
  const made = new Map<string, Promise<PagefindResult[]>>();
  return Promise.all(
    calls.map((call) => {
      const key = `${call.preload ?? ''}\u0000${call.query}`;
      let answer = made.get(key);
      if (!answer) {
        answer = (async () => {
          if (call.preload) await pagefind.preload(call.preload);
          return (await pagefind.search(call.query))?.results ?? [];
        })();
        made.set(key, answer);
      }
      return answer;
    }),
  );
}
