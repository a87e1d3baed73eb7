// Shapes of the benchmark's results (what .bench/results.json holds) and the ratio helper.
import type { NoJsMeasure, SearchMeasure } from './browser';
import type { TypeStats } from './dist-stats';
import type { GrownCollection } from './library';
import type { IndexManifest } from '../../src/search/files';
import type { ColdLoadMeasure } from './search/timing';

/** Build cost of one site at one size. */
export interface BuildMetrics {
  /** `astro build` without the search index, wall time in ms. */
  siteMs: number;
  /** Search index, ms: ours is built inside `astro build` (the time its log line reports, taken out of siteMs); the reference runs `pagefind --site dist`. */
  indexMs: number;
  /** siteMs + indexMs. */
  totalMs: number;
  /** totalMs / entries. */
  msPerEntry: number;
  /** Peak RSS of the `astro build` process tree, bytes. */
  peakRssSite: number;
  /** Peak RSS of the indexing process tree, bytes. */
  peakRssIndex: number;
  /** The larger of the two. */
  peakRss: number;
  /** Largest RSS of any single process in either step, bytes. */
  peakProcessRss: number;
  /** Processor time (user + system) of both steps, ms: steadier than wall time on a shared machine. */
  cpuMs: number;
  /** cpuMs / entries. */
  cpuMsPerEntry: number;
}

/** CSS + JS one kind of content page loads before interaction (the heaviest page of that kind). */
export interface ContentPageWeight {
  /** Page measured, e.g. "/templates/x/". */
  url: string;
  cssGzip: number;
  jsGzip: number;
  totalGzip: number;
  /** Files with their gzip size, e.g. "/_astro/client.js 4.1 KB". */
  assets: { url: string; gzip: number }[];
}

/** Everything measured for one built site (ours or the reference) at one size. */
export interface SiteMetrics {
  build: BuildMetrics;
  /** HTML pages built. */
  pages: number;
  /** Bytes of the whole output folder. */
  distBytes: number;
  /** Bytes of its pagefind/ folder. */
  indexBytes: number;
  /** Our facet file, gzipped, and when the search page loads it (none for the reference). */
  facetData?: IndexManifest['facets'] | undefined;
  /** HTML bytes per page type. */
  html: Record<string, TypeStats>;
  /** Per entry page type, e.g. "entry:templates". */
  contentPages: Record<string, ContentPageWeight>;
  /** JavaScript off vs on, the largest page of each entry type. */
  noJs: NoJsMeasure[];
  search: SearchMeasure;
  /**
   * The search page opened cold at /search/?q=… with the CPU throttled 4× (default Pagefind
   * through a minimal page for the reference), over the timed queries of bench:search.
   */
  coldLoad?: ColdLoadMeasure | undefined;
}

/** The same HTML page (same URL) at the smallest and the largest size. */
export interface GrowthSample {
  url: string;
  /** Bytes at the smallest and the largest size. */
  small: number;
  large: number;
  /** Links at the smallest and the largest size. */
  smallLinks: number;
  largeLinks: number;
}

/** Per page type: its HTML at the smallest and the largest size, and the same-URL page that grew most. */
export interface GrowthByType {
  small: TypeStats;
  large: TypeStats;
  /** Among pages built at both sizes (same URL), the one that grew most beyond its type's most at the smallest size. */
  sameUrl?: GrowthSample | undefined;
}

/** One size of the run. */
export interface SizeRun {
  size: number;
  counts: Record<GrownCollection, number>;
  site: SiteMetrics;
  reference: SiteMetrics;
}

/** One budget and whether it holds. */
export interface BudgetResult {
  id: 'no-js' | 'content-page-weight' | 'html-growth' | 'build-time-per-entry' | 'first-search-bytes' | 'first-results-time' | 'process-memory' | 'cold-load-time';
  /** The budget as stated in the README, in Chinese. */
  title: string;
  ok: boolean;
  /** Measured value in a sentence. */
  measured: string;
  /** Why it fails and where to look (empty when it holds). */
  misses: string[];
}

/** Contents of .bench/results.json. */
export interface BenchReport {
  meta: {
    date: string;
    /** Git commit the site was built from, with "+worktree" when uncommitted files were included. */
    source: string;
    seed: string;
    query: string;
    node: string;
    cpus: number;
    sizes: number[];
  };
  runs: SizeRun[];
  /** HTML growth between the smallest and the largest size, per page type. */
  growth: { from: number; to: number; byType: Record<string, GrowthByType> } | undefined;
  budgets: BudgetResult[];
}

/** `value / reference`, or undefined when the reference is 0 or missing. */
export function ratio(value: number | undefined, reference: number | undefined): number | undefined {
  if (value === undefined || reference === undefined || reference === 0) return undefined;
  return value / reference;
}
