// A large library's facet data (142 KB gzipped at 20,000 entries) is not part of every first
// search: the search page offers it with a button, and loads it when the reader asks (the
// button, the phone's filter toggle, or filters already in the URL). Here the built site is
// indexed again with the limit at 0 bytes, so its small facet file counts as large.
import { createRequire } from 'node:module';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/lib/serve/static-server';
import { buildSearchIndex } from '../../src/integrations/search-index/build-index';
import { CSP } from '../../src/lib/csp';
import type { IndexManifest } from '../../src/search/files';
import { launchBrowser, openPage } from '../helpers/browser';
import { resultLinks, settled } from '../helpers/search-page';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let work: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  inject('siteUrl');
  work = await mkdtemp(join(tmpdir(), 'kb-facets-'));
  await cp('dist', work, { recursive: true });
  await buildSearchIndex(work, { facetsWithResultsMaxBytes: 0 });
  server = await startStaticServer({ root: work, headers: { 'Content-Security-Policy': CSP } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Records every request for the facet file. */
function facetRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('kb-facets.json')) seen.push(request.url());
  });
  return seen;
}

describe('facet data on request', () => {
  it('is marked in the manifest with its real size', async () => {
    const manifest = JSON.parse(await readFile(join(work, 'pagefind', 'kb-index.json'), 'utf8')) as IndexManifest;
    const gz = await readFile(join(work, 'pagefind', 'kb-facets.json.gz'));
    expect(manifest.facets).toEqual({ bytes: gz.length, loading: 'on-request' });
  });

  it('shows the results without fetching the facet data, then loads it from the button on a wide screen', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    const requests = facetRequests(page);
    await page.goto(`${server.url}search/?q=${encodeURIComponent('党费')}`);
    await settled(page);
    const all = await resultLinks(page);
    expect(all.length).toBeGreaterThan(2);
    const offer = page.locator('[data-kb-facets] [data-kb-facet-offer]');
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/约 \d+ KB/);
    expect(await page.locator('[data-kb-facets] fieldset').count()).toBe(0);
    expect(requests).toEqual([]);

    await page.locator('[data-kb-load-facets]').click();
    await page.waitForSelector('[data-kb-facets] input[name="collection"]');
    expect(requests.length).toBe(1);
    expect(await offer.count()).toBe(0);
    // The reader pressed the button: focus moves to the first filter, not back to the page top.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');

    const templates = page.locator('input[name="collection"][value="问题整改模板"]');
    const count = Number(await page.locator('label', { has: templates }).locator('.kb-facet__count').textContent());
    await templates.check();
    await settled(page);
    const filtered = await resultLinks(page);
    expect(filtered).toHaveLength(Math.min(count, 10));
    expect(filtered.every((path) => path.startsWith('/templates/'))).toBe(true);

    // Loaded once per page: the next query shows its filters straight away.
    await page.fill('#kb-search-page', '三会一课');
    await page.press('#kb-search-page', 'Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['kbQuery'] === '三会一课');
    await settled(page);
    await page.waitForSelector('[data-kb-facets] input[name="collection"]');
    expect(await offer.count()).toBe(0);
    expect(requests.length).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads it when a phone reader opens the filters, with no second tap', async () => {
    const { page } = await openPage(browser, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const requests = facetRequests(page);
    await page.goto(`${server.url}search/?q=${encodeURIComponent('党费')}`);
    await settled(page);
    const toggle = page.locator('[data-kb-facet-toggle]');
    await toggle.waitFor();
    expect(await page.isHidden('[data-kb-facet-offer]')).toBe(true);
    expect(requests).toEqual([]);
    await toggle.click();
    await page.waitForSelector('[data-kb-facets] input[name="collection"]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(requests.length).toBe(1);
    await page.context().close();
  });

  it('loads it at once for a shared address that already filters', async () => {
    const { page } = await openPage(browser);
    const requests = facetRequests(page);
    await page.goto(`${server.url}search/?q=${encodeURIComponent('党费')}&collection=${encodeURIComponent('问题整改模板')}`);
    await settled(page);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((path) => path.startsWith('/templates/'))).toBe(true);
    await page.waitForSelector('input[name="collection"][value="问题整改模板"]:checked');
    expect(requests.length).toBe(1);
    await page.context().close();
  });

  it('passes axe with the offer showing', async () => {
    const { page, context } = await openPage(browser, { bypassCSP: true, viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}search/?q=${encodeURIComponent('党费')}`);
    await settled(page);
    await page.locator('[data-kb-facet-offer]').waitFor();
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await context.close();
  });
});
