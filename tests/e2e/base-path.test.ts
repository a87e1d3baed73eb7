// The site as IT staff deploy it: built with BASE_PATH=/kb/ (tests/setup/built-site.ts), served
// under /kb/ with the production CSP, used from end to end in Chromium: search, open a result on
// its highlighted anchor, add the item, open the list, export Word. The .docx is then opened as a
// document by LibreOffice, not only read as XML.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSP } from '../../src/lib/csp';
import { startStaticServer, type RunningServer } from '../../scripts/lib/serve/static-server';
import { launchBrowser, openPage } from '../helpers/browser';
import { KB_BASE, KB_DIST } from '../helpers/build';
import { documentText, libreOffice } from '../helpers/libreoffice';
import { allResults, settled } from '../helpers/search-page';

let browser: Browser;
let server: RunningServer;
let page: Page;
let errors: string[];
const violations: string[] = [];
const requests: string[] = [];
/** What the journey put into the list and the Word file it exported. */
let problem = '';
let docx: Buffer | undefined;
/** Text without white space, punctuation and digits: headings drop a final 。 and list numbers are the writer's. */
const words = (text: string) => text.replace(/[\s\p{P}\d]/gu, '');

beforeAll(async () => {
  inject('siteUrl'); // the site project's setup has built the /kb/ site too
  server = await startStaticServer({ root: KB_DIST, base: KB_BASE, headers: { 'Content-Security-Policy': CSP } });
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, { acceptDownloads: true, viewport: { width: 1280, height: 900 } }));
  page.on('request', (request) => requests.push(request.url()));
  await page.exposeFunction('__kbViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __kbViolation: (t: string) => void }).__kbViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a /kb/ deployment under the strict CSP', () => {
  it('searches, opens a result on its highlighted item, adds it, opens the list and exports Word', async () => {
    expect(server.url).toMatch(/\/kb\/$/);
    await page.goto(`${server.url}search/?q=${encodeURIComponent('党费')}`);
    await settled(page);
    const results = await allResults(page);
    expect(results.length).toBeGreaterThan(2);
    expect(results.filter((path) => !path.startsWith(KB_BASE))).toEqual([]);

    // A sub-result leads to the item holding the term, highlighted.
    const sub = page.locator('[data-search-results] .kb-result__subs a[href*="#item-"]').first();
    const href = (await sub.getAttribute('href')) ?? '';
    expect(href.startsWith(`${KB_BASE}templates/`), href).toBe(true);
    await sub.click();
    await page.waitForURL((url) => url.hash.startsWith('#item-'));
    expect(new URL(page.url()).pathname.startsWith(`${KB_BASE}templates/`)).toBe(true);
    expect(new URL(page.url()).searchParams.get('highlight')).toBe('党费');
    const item = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await page.waitForSelector(`[id="${item}"] mark.kb-hit`);
    expect(await page.$$eval(`[id="${item}"] mark.kb-hit`, (marks) => marks.map((m) => m.textContent))).toContain('党费');

    // Add that item, then go to the list by the page's own link.
    const add = page.locator(`[id="${item}"] [data-action="add"]`);
    await add.click();
    await expect.poll(() => add.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('kb.workbench.list') ?? '')).toContain(`#${item}`);
    await page.locator('[data-kb-list-link]').first().click();
    await page.waitForURL((url) => url.pathname === `${KB_BASE}list/`);
    const rows = page.locator('[data-kb-items] > li');
    await expect.poll(() => rows.count()).toBe(1);
    problem = await rows.first().locator('[name="problem"]').inputValue();
    expect(problem).toContain('党费');
    expect(await rows.first().locator('[data-kb-source]').getAttribute('href')).toMatch(new RegExp(`^${KB_BASE}templates/.+#${item}$`));

    // Export the 整改方案 as Word; no unit information is filled in, so the check before export
    // lists what is missing and the user exports anyway. The file holds the item.
    await page.locator('[data-action="export-plan"]').click();
    const check = page.locator('[data-kb-check]');
    await check.waitFor({ state: 'visible' });
    const [download] = await Promise.all([page.waitForEvent('download'), check.locator('[data-action="check-anyway"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    docx = await readFile((await download.path())!);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(words(text)).toContain(words(problem).slice(-10));

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    const origin = new URL(server.url).origin;
    expect(requests.filter((u) => !u.startsWith(`${origin}${KB_BASE}`) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  });

  // Needs LibreOffice: CI installs it and sets KB_REQUIRE_LIBREOFFICE=1 (libreOffice() then throws if it is missing).
  it.skipIf(!libreOffice())('exports a Word file LibreOffice opens, with the title and the item in it', () => {
    expect(docx, 'the journey above exported a file').toBeDefined();
    const text = documentText(docx!, 'plan.docx');
    expect(text).toContain('整改方案');
    expect(words(text)).toContain(words(problem).slice(-10));
  });
});
