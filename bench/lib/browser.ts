// Browser measurements in real headless Chromium, through the same contract for our site and the
// reference: a search form in <main>, results as a[href] inside [data-search-results], whose
// aria-busy is "false" once the search has rendered.
import type { Browser, Page, Request } from 'playwright-core';

/** What a first search cost. */
export interface SearchMeasure {
  query: string;
  /** Bytes of response bodies fetched from the moment the search starts until it has rendered and the network is quiet. */
  bytes: number;
  /** Of those, the bytes of responses complete before the first result showed (what the reader waited for). */
  bytesToFirstResults: number;
  requests: number;
  /** From the search start (focus + typing + submit) to the first result link on screen, in ms. */
  firstResultsMs: number;
  /** Result links shown. */
  results: number;
  /** The five largest responses, e.g. "/pagefind/wasm.unknown.pagefind 52 KB". */
  largest: { url: string; bytes: number }[];
  /** Every sample's time to first results, in ms, when several were taken (see {@link medianSearch}). */
  samplesMs?: number[];
}

/** Samples of the first search per site: one sample on a shared two-core machine is noise. */
export const FIRST_SEARCH_SAMPLES = 5;

/** The sample with the median time to first results (the lower middle one of an even count), with every sample's time. */
export function medianSearch(samples: readonly SearchMeasure[]): SearchMeasure {
  if (samples.length === 0) throw new Error('no first-search sample');
  const sorted = [...samples].sort((a, b) => a.firstResultsMs - b.firstResultsMs);
  return { ...(sorted[Math.floor((sorted.length - 1) / 2)] as SearchMeasure), samplesMs: samples.map((s) => s.firstResultsMs) };
}

/**
 * The console message a search page logs, through the observer the bench installs, once its
 * search has settled. The bench waits for it rather than polling the page with
 * page.waitForFunction: that injects Playwright's own script into the page, and parsing it costs
 * the page's main thread (about 100 ms at 4× CPU throttling) in the middle of what is measured.
 */
export const SETTLED_SIGNAL = 'kb-bench:settled';

/** Resolves once `page` logs {@link SETTLED_SIGNAL}; call before starting what it waits for. */
export function settledSignal(page: Page, timeoutMs = 120_000): Promise<unknown> {
  return page.waitForEvent('console', { predicate: (message) => message.text() === SETTLED_SIGNAL, timeout: timeoutMs });
}

/**
 * Opens `searchUrl` in a fresh context (empty cache), waits until the page is idle, then focuses
 * the search box, types `query` and submits, as a visitor does; counts every byte fetched from
 * then on. The page's own HTML, CSS and scripts are not counted: they are the page, not the search.
 */
export async function measureFirstSearch(browser: Browser, searchUrl: string, query: string, timeoutMs = 120_000): Promise<SearchMeasure> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(searchUrl, { waitUntil: 'networkidle' });
    let recording = false;
    let inFlight = 0;
    let lastActivity = Date.now();
    const finished: Request[] = [];
    page.on('request', () => {
      if (!recording) return;
      inFlight++;
      lastActivity = Date.now();
    });
    const done = (request: Request, ok: boolean) => {
      if (!recording) return;
      inFlight = Math.max(0, inFlight - 1);
      lastActivity = Date.now();
      if (ok) finished.push(request);
    };
    page.on('requestfinished', (request) => done(request, true));
    page.on('requestfailed', (request) => done(request, false));

    await page.evaluate((signal) => {
      const w = window as unknown as Record<string, unknown>;
      const results = document.querySelector('[data-search-results]');
      if (!results) throw new Error('no [data-search-results] on the search page');
      const observer = new MutationObserver(() => {
        if (!results.querySelector('a[href]')) return;
        w['__benchFirst'] ??= performance.now();
        if (results.getAttribute('aria-busy') === 'true') return;
        observer.disconnect();
        console.debug(signal);
      });
      observer.observe(results, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    }, SETTLED_SIGNAL);
    const settled = settledSignal(page, timeoutMs);
    recording = true;
    await page.evaluate((q) => {
      const w = window as unknown as Record<string, unknown>;
      const input = document.querySelector<HTMLInputElement>('main form input[name="q"]');
      if (!input?.form) throw new Error('no search form with an input named q in <main>');
      w['__benchStart'] = performance.now();
      input.focus();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form.requestSubmit();
    }, query);
    await settled;
    // Let late requests (result fragments, highlight scripts) finish: quiet for 500 ms.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < 500)) await page.waitForTimeout(50);
    recording = false;
    const timing = await page.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      return { start: w['__benchStart']!, first: w['__benchFirst']!, origin: performance.timeOrigin, results: document.querySelectorAll('[data-search-results] a[href]').length };
    });
    const firstAt = timing.origin + timing.first;
    const sized = await Promise.all(
      finished.map(async (request) => {
        const { startTime, responseEnd } = request.timing();
        return { url: new URL(request.url()).pathname, bytes: (await request.sizes()).responseBodySize, before: startTime + responseEnd <= firstAt };
      }),
    );
    if (errors.length) throw new Error(`page errors during the search: ${errors.join('; ')}`);
    return {
      query,
      bytes: sized.reduce((s, r) => s + r.bytes, 0),
      bytesToFirstResults: sized.reduce((s, r) => s + (r.before ? r.bytes : 0), 0),
      requests: sized.length,
      firstResultsMs: timing.first - timing.start,
      results: timing.results,
      largest: [...sized].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map(({ url, bytes }) => ({ url, bytes })),
    };
  } finally {
    await context.close();
  }
}

/** How much of a page's text a reader gets with and without JavaScript. */
export interface NoJsMeasure {
  /** Site-relative URL, e.g. "/templates/x/". */
  url: string;
  /** Characters of visible text in <main> with JavaScript on (text of buttons and form controls left out: scripts add those). */
  withJs: number;
  /** The same with JavaScript off. */
  withoutJs: number;
}

/** Visible reading text of <main> on `url` with JavaScript on and off. */
export async function measureNoJs(browser: Browser, url: string): Promise<NoJsMeasure> {
  const length = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ locale: 'zh-CN', javaScriptEnabled });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      // Runs through the debugging protocol, so it works with the page's JavaScript off too.
      return await page.evaluate(() => {
        const main = document.querySelector('main');
        if (!main) return 0;
        let total = 0;
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('button, select, option, textarea, label, noscript, script, style, template, [role="button"]')) continue;
          if (!parent.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
          total += (node.textContent ?? '').replace(/\s+/g, '').length;
        }
        return total;
      });
    } finally {
      await context.close();
    }
  };
  return { url: new URL(url).pathname, withJs: await length(true), withoutJs: await length(false) };
}
