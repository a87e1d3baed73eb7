// Time to first results in headless Chromium, ours and default Pagefind's, cold (a fresh
// context opening the search URL) and on an open page (a new query typed), with the CPU
// throttled through Chrome DevTools' emulation of a slow machine (Emulation.setCPUThrottlingRate).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SETTLED_SIGNAL, settledSignal } from '../browser';
import { median } from './bench';

/** CPU throttling of the timed searches on a slow machine: Chrome DevTools' 4× emulation. */
export const THROTTLED_RATE = 4;

/** Which search: the site's own page, or default Pagefind through a minimal page. */
export type Engine = 'ours' | 'default';

/** File names of the minimal default-Pagefind page the bench writes into the site. */
export const DEFAULT_PAGE = 'bench-default.html';
export const DEFAULT_SCRIPT = 'bench-default.js';

/**
 * The minimal client for default Pagefind: at load it searches ?q=, loads the first ten
 * results' data and lists them (what any results page must do before showing anything), then
 * the rest; window.benchSearch(q) does the same for a new query on the open page.
 */
export function defaultClient(indexDir: string): { html: string; script: string } {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>default Pagefind</title>
<link rel="modulepreload" href="/${indexDir}/pagefind.js"><script type="module" src="/${DEFAULT_SCRIPT}"></script></head>
<body><ol data-search-results></ol></body></html>`;
  const script = `const pagefind = await import('/${indexDir}/pagefind.js');
const list = document.querySelector('[data-search-results]');
async function run(query) {
  const response = await pagefind.search(query);
  const first = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
  list.replaceChildren(...first.map((d) => { const li = document.createElement('li'); li.textContent = d.meta.title ?? d.url; return li; }));
  window.__kbFirst = performance.now();
  const rest = await Promise.all(response.results.slice(10).map((r) => r.data()));
  return [...first, ...rest].map((d) => d.url);
}
window.benchSearch = async (query) => { window.__kbUrls = await run(query); };
const query = new URLSearchParams(location.search).get('q');
if (query) window.benchSearch(query).catch((error) => (window.__kbUrls = { error: String(error) })).finally(() => window.__kbSettle?.());
`;
  return { html, script };
}

/**
 * Marks, in every page of a context, when results first appear after navigation or after
 * window.__kbT0, and logs SETTLED_SIGNAL (bench/lib/browser.ts) once the search has settled; the bench clears
 * window.__kbFirst and window.__kbSent before timing a new query on an open page.
 */
async function instrument(context: BrowserContext) {
  await context.addInitScript((signal: string) => {
    const w = window as unknown as Record<string, unknown>;
    w['__kbSettle'] = () => {
      if (w['__kbSent']) return;
      w['__kbSent'] = true;
      console.debug(signal);
    };
    const observer = new MutationObserver(() => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      if (!list) return;
      // Ours: results of the query in the search box (data-kb-query says which query the list
      // shows); default: any result (its script signals the end itself).
      const ours = document.querySelector('kb-search');
      const box = document.querySelector<HTMLInputElement>('#kb-search-page');
      const current = !ours || list.dataset['kbQuery'] === (box?.value ?? '').trim();
      const done = ours?.getAttribute('data-state') === 'done' && list.getAttribute('aria-busy') === 'false';
      if (w['__kbFirst'] === undefined && current && (list.querySelector('li') || done)) w['__kbFirst'] = performance.now();
      if (ours && current && done && w['__kbFirst'] !== undefined) (w['__kbSettle'] as () => void)();
    });
    document.addEventListener('DOMContentLoaded', () => observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true }));
  }, SETTLED_SIGNAL);
}

/** A fresh context and page (empty cache) with the CPU throttled `rate` times. */
export async function freshPage(browser: Browser, rate: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  await instrument(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page };
}

/** Opens the engine's search for `query` on a fresh page; ms from navigation start to first results. */
export async function coldLoad(page: Page, origin: string, engine: Engine, query: string): Promise<number> {
  const settled = settledSignal(page);
  const path = engine === 'ours' ? 'search/' : DEFAULT_PAGE;
  await page.goto(`${origin}${path}?q=${encodeURIComponent(query)}`);
  await settled;
  return (await page.evaluate('window.__kbFirst')) as number;
}

/** Cold loads of a search at one CPU rate (see {@link measureColdLoads}). */
export interface ColdLoadMeasure {
  /** CPU throttling rate (4 = Chrome DevTools' slow machine). */
  rate: number;
  /** Median over the queries, ms from navigation start to first results. */
  medianMs: number;
  /** Each query's time, in the order of `queries`. */
  samplesMs: number[];
  queries: string[];
}

/** Opens the engine's search cold (a fresh context each) once per query at CPU `rate`. */
export async function measureColdLoads(browser: Browser, origin: string, engine: Engine, queries: readonly string[], rate: number): Promise<ColdLoadMeasure> {
  const samplesMs: number[] = [];
  for (const query of queries) {
    const { context, page } = await freshPage(browser, rate);
    try {
      samplesMs.push(await coldLoad(page, origin, engine, query));
    } finally {
      await context.close();
    }
  }
  return { rate, medianMs: median(samplesMs), samplesMs, queries: [...queries] };
}

/** Types a new query on an open search page of the engine; ms from the input to first results. */
export async function newQuery(page: Page, engine: Engine, query: string): Promise<number> {
  const settled = settledSignal(page);
  const q = JSON.stringify(query);
  if (engine === 'ours') {
    // As a committed input-method word arrives: one input event with the whole query.
    await page.evaluate(`(() => {
      window.__kbFirst = undefined;
      window.__kbSent = false;
      const input = document.querySelector('#kb-search-page');
      window.__kbT0 = performance.now();
      input.value = ${q};
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ${q} }));
    })()`);
  } else {
    await page.evaluate(`(() => {
      window.__kbFirst = undefined;
      window.__kbSent = false;
      window.__kbT0 = performance.now();
      window.benchSearch(${q}).finally(() => window.__kbSettle());
    })()`);
  }
  await settled;
  return (await page.evaluate('window.__kbFirst - window.__kbT0')) as number;
}

/**
 * Every result of our search for each query, in rank order, as pathname + hash: the search
 * page's own engine (the <kb-search> element's), asked directly so that all results come back
 * without paging through the list. The list shows the same hits in the same order; the
 * browser tests check what it renders.
 */
export async function ourResults(page: Page, origin: string, queries: readonly string[]): Promise<string[][]> {
  await page.goto(`${origin}search/`);
  await page.waitForFunction(() => document.querySelector('kb-search')?.getAttribute('data-state') === 'done');
  const out: string[][] = [];
  for (const query of queries) {
    out.push(
      (await page.evaluate(`(async () => {
        const engine = document.querySelector('kb-search').engine;
        const outcome = await engine.search(${JSON.stringify(query)});
        const fragments = await Promise.all(outcome.hits.map((hit) => engine.fragment(hit.result)));
        return fragments.map((f) => { const url = new URL(f.url, location.origin); return decodeURI(url.pathname) + decodeURIComponent(url.hash); });
      })()`)) as string[],
    );
  }
  return out;
}

/** Every result of default Pagefind for each query, as pathnames. */
export async function defaultResults(page: Page, origin: string, queries: readonly string[]): Promise<string[][]> {
  await page.goto(`${origin}${DEFAULT_PAGE}`);
  await page.waitForFunction(() => typeof (window as unknown as Record<string, unknown>)['benchSearch'] === 'function');
  const out: string[][] = [];
  for (const query of queries) {
    const urls = (await page.evaluate(`(async () => { await window.benchSearch(${JSON.stringify(query)}); return window.__kbUrls; })()`)) as string[];
    out.push(urls.map((u) => decodeURI(new URL(u, origin).pathname)));
  }
  return out;
}
