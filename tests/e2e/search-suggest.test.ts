// Suggestions while typing, in real Chromium over the built site under the production CSP: the
// combobox pattern (roles, aria-expanded, aria-activedescendant, a status region), arrows,
// Enter and Escape, a mouse click, pinyin initials, nothing without JavaScript, and axe clean
// with the list open (axe runs on the plain test server: injecting it needs a script the CSP
// would block).
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/lib/serve/static-server';
import { CSP } from '../../src/lib/csp';
import { launchBrowser, openPage } from '../helpers/browser';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
let server: RunningServer;
let site: string;
const plainSite = inject('siteUrl');

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', headers: { 'Content-Security-Policy': CSP } });
  site = server.url;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const BOX = '#kb-header-search';
const LIST = '#kb-header-search-suggestions';

/** Types into the header box of a listing page and waits for the suggestion list to show. */
async function typeInHeader(page: Page, text: string) {
  await page.focus(BOX);
  await page.keyboard.type(text);
  await page.waitForSelector(`${LIST}:not([hidden]) [role="option"]`);
}

async function options(page: Page): Promise<string[]> {
  return page.$$eval(`${LIST} [role="option"] .kb-suggest__text`, (nodes) => nodes.map((n) => n.textContent ?? ''));
}

describe('search suggestions', () => {
  it('offer the term, its alias and the topic as the reader types, announced as a combobox', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${site}templates/`);
    const box = page.locator(BOX);
    expect(await box.getAttribute('role')).toBe('combobox');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.getAttribute('aria-controls')).toBe(LIST.slice(1));
    await typeInHeader(page, '三会');
    expect((await options(page)).slice(0, 3)).toEqual(['三会一课', '三会一课制度', '三会一课']);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getAttribute(LIST, 'role')).toBe('listbox');
    const status = await page.textContent(`${LIST} + [role="status"]`);
    expect(status).toMatch(/^\d+ 条建议/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('move with the arrow keys, open the chosen one with Enter, and close with Escape', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}templates/`);
    await typeInHeader(page, '党章');
    const texts = await options(page);
    expect(texts).toContain('中国共产党章程');
    await page.keyboard.press('ArrowDown');
    const first = await page.getAttribute(BOX, 'aria-activedescendant');
    expect(first).toBe(`${LIST.slice(1)}-0`);
    expect(await page.getAttribute(`#${first}`, 'aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await page.getAttribute(BOX, 'aria-activedescendant')).toBe(`${LIST.slice(1)}-${texts.length - 1}`);
    // Escape closes the list and keeps what was typed.
    await page.keyboard.press('Escape');
    expect(await page.isHidden(LIST)).toBe(true);
    expect(await page.getAttribute(BOX, 'aria-expanded')).toBe('false');
    expect(await page.inputValue(BOX)).toBe('党章');
    // Typing again reopens; the policy's own title opens its page.
    await page.keyboard.type('程');
    await page.waitForSelector(`${LIST}:not([hidden]) [role="option"]`);
    const target = (await options(page)).indexOf('中国共产党章程');
    expect(target).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/policies/'));
    expect(await page.textContent('h1')).toBe('中国共产党章程');
    await page.context().close();
  });

  it('find a term by its pinyin initials and search for it when chosen', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}materials/`);
    await typeInHeader(page, 'shyk');
    expect((await options(page))[0]).toBe('三会一课');
    await page.click(`${LIST} [role="option"]:first-child`);
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === '三会一课');
    await page.context().close();
  });

  it('do not take the arrow keys from the search page results when closed', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}search/?q=${encodeURIComponent('整改')}`);
    await page.waitForSelector('[data-search-results] li');
    await page.focus('#kb-search-page');
    // Focus alone opens no list; ↓ goes to the first result.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).toBe(true);
    await page.context().close();
  });

  it('are not there without JavaScript, and the form still submits', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site}templates/`);
    expect(await page.locator(BOX).getAttribute('role')).toBeNull();
    expect(await page.locator(LIST).count()).toBe(0);
    await page.fill(BOX, '党费');
    await page.press(BOX, 'Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === '党费');
    await context.close();
  });

  it('pass axe with the list open and an option active', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${plainSite}templates/`, { waitUntil: 'networkidle' });
    await typeInHeader(page, '党支部');
    await page.keyboard.press('ArrowDown');
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      const form = document.querySelector('#kb-header-search')?.closest('form');
      if (!form) throw new Error('no header search form');
      return (await axe.run(form, { resultTypes: ['violations'] })).violations.map((v) => `${v.id} (${v.impact})`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
