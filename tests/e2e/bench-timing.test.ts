// The search bench's timing harness (bench/lib/search/timing.ts) in real Chromium: it must time
// what the reader waits for and add nothing of its own to the page while the clock runs.
import { symlink, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { measureFirstSearch, SETTLED_SIGNAL } from '../../bench/lib/browser';
import { coldLoad, DEFAULT_PAGE, DEFAULT_SCRIPT, defaultClient, freshPage, newQuery, type Engine } from '../../bench/lib/search/timing';
import { startStaticServer, type RunningServer } from '../../scripts/lib/serve/static-server';
import { launchBrowser } from '../helpers/browser';

let browser: Browser;
let server: RunningServer;
let site: string;

beforeAll(async () => {
  inject('siteUrl');
  // The built site with the bench's default-Pagefind page beside it, searching the site's own index.
  site = await mkdtemp(join(tmpdir(), 'kb-bench-timing-'));
  for (const entry of ['search', 'pagefind', '_astro', 'boot.js', 'favicon.png', '404.html']) await symlink(resolve('dist', entry), join(site, entry));
  const client = defaultClient('pagefind');
  await writeFile(join(site, DEFAULT_PAGE), client.html);
  await writeFile(join(site, DEFAULT_SCRIPT), client.script);
  server = await startStaticServer({ root: site });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

/**
 * Scripts parsed in the page without a URL of their own (what page.evaluate and
 * page.waitForFunction inject), up to the harness's settled signal; one CDP session keeps
 * both kinds of event in the order the page produced them.
 */
async function injectedBeforeSettled(page: Page): Promise<() => number[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const lengths: number[] = [];
  let settled = false;
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.args.some((arg) => arg.value === SETTLED_SIGNAL)) settled = true;
  });
  cdp.on('Debugger.scriptParsed', (event) => {
    if (!settled && event.url === '') lengths.push(event.length ?? 0);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  return () => lengths;
}

describe('the search bench times first results without disturbing the page', () => {
  for (const engine of ['ours', 'default'] as Engine[]) {
    it(`${engine}: a cold load reports when results showed, and injects no script before the search settles`, async () => {
      const { context, page } = await freshPage(browser, 1);
      try {
        const injected = await injectedBeforeSettled(page);
        const started = Date.now();
        const ms = await coldLoad(page, server.url, engine, '党员');
        expect(ms).toBeGreaterThan(0);
        expect(ms).toBeLessThan(Date.now() - started);
        if (engine === 'ours') expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
        // Playwright's injected script is hundreds of KB; the page's own scripts all have URLs.
        expect(injected().filter((length) => length > 20_000)).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it(`${engine}: a new query on the open page is timed from the input to its own results`, async () => {
      const { context, page } = await freshPage(browser, 1);
      try {
        await coldLoad(page, server.url, engine, '党员');
        const ms = await newQuery(page, engine, '党费');
        expect(ms).toBeGreaterThan(0);
        if (engine === 'ours') expect(await page.locator('[data-search-results]').getAttribute('data-kb-query')).toBe('党费');
      } finally {
        await context.close();
      }
    });
  }

  it('library bench: the first search typed on an idle page reports its time and bytes, waiting for the page\'s own signal', async () => {
    // A spy on every page the measurement opens: polling with waitForFunction would inject Playwright's script mid-search.
    const polls: string[] = [];
    const spied = new Proxy(browser, {
      get(target, key) {
        if (key !== 'newContext') return Reflect.get(target, key);
        return async (...args: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...args);
          context.on('page', (page) => {
            const poll = page.waitForFunction.bind(page);
            page.waitForFunction = ((...pollArgs: Parameters<Page['waitForFunction']>) => {
              polls.push(String(pollArgs[0]));
              return poll(...pollArgs);
            }) as Page['waitForFunction'];
          });
          return context;
        };
      },
    });
    const measure = await measureFirstSearch(spied, `${server.url}search/`, '三会一课');
    expect(measure.results).toBeGreaterThan(0);
    expect(measure.firstResultsMs).toBeGreaterThan(0);
    expect(measure.bytesToFirstResults).toBeGreaterThan(0);
    expect(measure.bytesToFirstResults).toBeLessThanOrEqual(measure.bytes);
    expect(polls).toEqual([]);
  });
});
