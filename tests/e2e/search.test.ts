// Search journeys in real Chromium over the built site, served with the production CSP:
// type, filter, open a result, land on the highlighted anchor, go back; shareable URLs and
// back/forward; keyboard navigation; batches; hostile queries; no requests off the site.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSP } from '../../src/lib/csp';
import { startStaticServer, type RunningServer } from '../../scripts/lib/serve/static-server';
import { launchBrowser, openPage } from '../helpers/browser';
import { resultLinks } from '../helpers/search-page';


let browser: Browser;
let server: RunningServer;
let site: string;

beforeAll(async () => {
  // The shared test server has no headers; serve dist/ again with the CSP the site must live under.
  inject('siteUrl');
  server = await startStaticServer({ root: 'dist', headers: { 'Content-Security-Policy': CSP } });
  site = server.url;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until the current search has rendered. */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const box = document.querySelector('kb-search');
    const list = document.querySelector('[data-search-results]');
    return box?.getAttribute('data-state') === 'done' && list?.getAttribute('aria-busy') === 'false';
  });
}

async function search(page: Page, query: string) {
  await page.goto(`${site}search/?q=${encodeURIComponent(query)}`);
  await settled(page);
}

describe('search page', () => {
  it('keeps the page zh-CN and leaves query splitting to our tokens: Pagefind creates no Intl.Segmenter', async () => {
    const { page, errors } = await openPage(browser);
    // Counts Segmenter construction: its first use loads ICU rules on the main thread.
    await page.addInitScript(() => {
      const Original = Intl.Segmenter;
      const w = window as unknown as { kbSegmenters: number };
      w.kbSegmenters = 0;
      (Intl as { Segmenter: typeof Original }).Segmenter = class extends Original {
        constructor(...args: ConstructorParameters<typeof Original>) {
          super(...args);
          w.kbSegmenters++;
        }
      };
    });
    await search(page, '三会一课');
    expect((await resultLinks(page)).length).toBeGreaterThan(2);
    expect(await page.evaluate(() => (window as unknown as { kbSegmenters: number }).kbSegmenters)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds a term, filters by collection, opens a sub-result on its highlighted anchor and goes back', async () => {
    const { page, errors } = await openPage(browser);
    await search(page, '党费');
    const all = await resultLinks(page);
    expect(all.length).toBeGreaterThan(2);
    // Every result holds the term: its excerpt marks it.
    const marks = await page.$$eval('[data-search-results] > li', (items) => items.map((li) => [...li.querySelectorAll('.kb-result__excerpt mark, .kb-result__subs mark')].map((m) => m.textContent)));
    for (const itemMarks of marks) expect(itemMarks).toContain('党费');

    await page.waitForSelector('[data-kb-facets]:not([hidden]) input[name="collection"]');
    const templates = page.locator('input[name="collection"][value="问题整改模板"]');
    const count = Number(await page.locator('label', { has: templates }).locator('.kb-facet__count').textContent());
    await templates.check();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('collection')).toBe('问题整改模板');
    const filtered = await resultLinks(page);
    expect(filtered).toHaveLength(count);
    expect(filtered.every((path) => path.startsWith('/templates/'))).toBe(true);
    const badges = await page.$$eval('[data-search-results] .kb-badge', (nodes) => nodes.map((n) => n.textContent));
    expect(new Set(badges)).toEqual(new Set(['问题整改模板']));

    const sub = page.locator('[data-search-results] .kb-result__subs a[href*="#item-"]').first();
    const href = (await sub.getAttribute('href')) ?? '';
    await sub.click();
    await page.waitForURL((url) => url.hash.startsWith('#item-'));
    expect(new URL(page.url()).searchParams.get('highlight')).toBe('党费');
    await page.waitForSelector('mark.kb-hit');
    const target = decodeURIComponent(new URL(href, site).hash.slice(1));
    const targetMarks = await page.$$eval(`[id="${target}"] mark.kb-hit`, (nodes) => nodes.map((n) => n.textContent));
    expect(targetMarks).toContain('党费');

    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('党费');
    expect(await resultLinks(page)).toEqual(filtered);
    await page.waitForSelector('input[name="collection"][value="问题整改模板"]:checked');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('combines filters across facets, with counts that match what they show, from a shared URL', async () => {
    const { page } = await openPage(browser);
    await search(page, '党建');
    await page.check('input[name="collection"][value="问题整改模板"]');
    await settled(page);
    const value = (await page.locator('input[name="tag"]').first().getAttribute('value')) ?? '';
    const tag = page.locator(`input[name="tag"][value="${value}"]`);
    const count = Number(await page.locator('label', { has: tag }).locator('.kb-facet__count').textContent());
    await tag.check();
    await settled(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('collection')).toBe('问题整改模板');
    expect(url.searchParams.get('tag')).toBe(value);
    const links = await resultLinks(page);
    expect(links.length).toBe(Math.min(count, 10));
    expect(links.every((path) => path.startsWith('/templates/'))).toBe(true);
    // The same URL opened fresh shows the same results.
    const { page: shared } = await openPage(browser);
    await shared.goto(url.toString());
    await settled(shared);
    expect(await resultLinks(shared)).toEqual(links);
    await shared.context().close();
    await page.context().close();
  });

  it('keeps typed queries in the URL and restores them with back and forward', async () => {
    const { page } = await openPage(browser);
    await search(page, '三会一课');
    const first = await resultLinks(page);
    await page.fill('#kb-search-page', '黨支部標準化');
    await page.waitForURL((url) => url.searchParams.get('q') === '黨支部標準化');
    await settled(page);
    const second = await resultLinks(page);
    expect(second).not.toEqual(first);
    // A Traditional query finds Simplified pages and the Traditional report (a specific query:
    // plain 黨支部 now matches more titles than one page of results holds).
    expect(second).toContain('/materials/hebei-yancao-dangzhibu-biaozhunhua-guifanhua/');
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === '三会一课');
    await settled(page);
    expect(await page.inputValue('#kb-search-page')).toBe('三会一课');
    expect(await resultLinks(page)).toEqual(first);
    await page.goForward();
    await page.waitForURL((url) => url.searchParams.get('q') === '黨支部標準化');
    await settled(page);
    expect(await resultLinks(page)).toEqual(second);
    await page.context().close();
  });

  it('searches a word committed by an input method at once, nothing while composing, and waits while letters are typed', async () => {
    const { page } = await openPage(browser);
    await search(page, '党员');
    // data-state turns "busy" in the same task as the event only when the search starts at once.
    const states = (await page.evaluate(`(() => {
      const input = document.querySelector('#kb-search-page');
      const box = document.querySelector('kb-search');
      const states = [];
      input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
      input.value = 'sanhuiyike';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText', data: 'sanhuiyike' }));
      input.value = '三会一课';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText', data: '三会一课' }));
      states.push(box.dataset.state);
      input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '三会一课' }));
      states.push(box.dataset.state);
      return states;
    })()`)) as string[];
    expect(states).toEqual(['done', 'busy']);
    await settled(page);
    expect(await page.getAttribute('[data-search-results]', 'data-kb-query')).toBe('三会一课');
    expect(await resultLinks(page)).toContain('/glossary/#term-san-hui-yi-ke');
    // A letter typed on its own waits for a pause before searching; then the search runs.
    const typed = await page.evaluate(`(() => {
      const input = document.querySelector('#kb-search-page');
      input.value = '三会一课d';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'd' }));
      return document.querySelector('kb-search').dataset.state;
    })()`);
    expect(typed).toBe('done');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['kbQuery'] === '三会一课d');
    await page.context().close();
  });

  it('ranks pages with the term in their title first and shows excerpts without stray spaces', async () => {
    const { page } = await openPage(browser);
    await search(page, '湘潭');
    const titles = await page.$$eval('[data-search-results] .kb-result__title a', (links) => links.map((a) => a.textContent ?? ''));
    expect(titles[0]).toContain('湘潭');
    // Titles holding the term come first: the flags read true…true false…false.
    const flags = titles.map((t) => t.includes('湘潭'));
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    const excerpts = await page.$$eval('.kb-result__excerpt', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) expect(text).not.toMatch(/\p{Script=Han} +\p{Script=Han}/u);
    await page.context().close();
  });

  it('moves through results with the arrow keys', async () => {
    const { page } = await openPage(browser);
    await search(page, '整改');
    await page.focus('#kb-search-page');
    await page.keyboard.press('ArrowDown');
    const links = await resultLinks(page);
    const focused = () => page.evaluate(() => decodeURIComponent(new URL((document.activeElement as HTMLAnchorElement).href ?? location.href).pathname));
    expect(await focused()).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kb-search-page');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === encodeURI(links[0] ?? '').replace(/%2F/g, '/') || decodeURIComponent(url.pathname) === links[0]);
    await page.context().close();
  });

  it('shows results in batches until all are shown, busy while working', async () => {
    const { page } = await openPage(browser);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __busy: string[] }).__busy = seen;
      new MutationObserver((records) => {
        for (const r of records) if (r.attributeName === 'aria-busy') seen.push((r.target as Element).getAttribute('aria-busy') ?? '');
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
    await search(page, '党建');
    expect(await page.evaluate(() => (window as unknown as { __busy: string[] }).__busy)).toContain('true');
    const total = Number(/(\d+)/.exec((await page.textContent('[data-kb-status]')) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await resultLinks(page)).toHaveLength(10);
    while (await page.locator('[data-search-more]:visible').count()) {
      await page.click('[data-search-more]');
      await settled(page);
    }
    const links = await resultLinks(page);
    expect(links).toHaveLength(total);
    expect(new Set(links).size).toBe(total);
    await page.context().close();
  });

  it('gets the index ready while the search page is idle, so the first query only searches', async () => {
    const { page, context } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // The index metadata is fetched before anything is typed (Playwright reports requests on
    // its own channel, so wait for the request rather than reading the list at once).
    const meta = page.waitForRequest((request) => request.url().endsWith('.pf_meta'), { timeout: 15_000 });
    await page.goto(`${site}search/`);
    await meta;
    await page.waitForFunction(() => (document.querySelector('kb-search') as unknown as { engine: { loaded: boolean } }).engine.loaded);
    await page.waitForLoadState('networkidle');
    requests.length = 0;
    await page.fill('#kb-search-page', '三会一课');
    await page.press('#kb-search-page', 'Enter');
    await settled(page);
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    // Only word chunks and result texts (and the facet data after them): nothing of the start-up.
    expect(requests.filter((path) => /pagefind\.js|\.pf_meta|wasm\.|pagefind-entry|kb-(fold|lexicon|shards)/.test(path))).toEqual([]);
    await context.close();
  });

  it('shows the first result while the texts of the rest of the batch are still loading', async () => {
    const { page } = await openPage(browser);
    // Every result text after the first is held back for two seconds.
    let fragments = 0;
    await page.route('**/pagefind/fragment/*', async (route) => {
      if (fragments++ > 0) await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await page.goto(`${site}search/?q=${encodeURIComponent('党建')}`);
    await page.waitForSelector('[data-search-results] .kb-result__title a');
    expect(await page.getAttribute('[data-search-results]', 'aria-busy')).toBe('true');
    expect((await resultLinks(page)).length).toBeLessThan(10);
    await settled(page);
    expect(await resultLinks(page)).toHaveLength(10);
    await page.context().close();
  });

  it('loads the texts of the first three results before the rest of the batch', async () => {
    const { page } = await openPage(browser);
    // The first three texts are held back; no other text may be asked for meanwhile.
    const requested: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/fragment/*', async (route) => {
      requested.push(route.request().url());
      if (requested.length <= 3) await held;
      await route.continue();
    });
    await page.goto(`${site}search/?q=${encodeURIComponent('党建')}`);
    await expect.poll(() => requested.length).toBe(3);
    await page.waitForTimeout(500);
    expect(requested).toHaveLength(3);
    expect(await resultLinks(page)).toHaveLength(0);
    release();
    await settled(page);
    expect(await resultLinks(page)).toHaveLength(10);
    expect(requested).toHaveLength(10);
    await page.context().close();
  });

  it('fetches Pagefind\'s entry and metadata files once, from the preloads the index build wrote into the page', async () => {
    const { page } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await search(page, '三会一课');
    const tag = await page.getAttribute('meta[name="kb-index-tag"]', 'content');
    expect(tag).toMatch(/^[0-9a-f]{12}$/);
    const preloads = await page.$$eval('link[rel="preload"][data-kb-index]', (links) => links.map((link) => (link as HTMLLinkElement).href));
    const entry = requests.filter((url) => url.includes('pagefind-entry.json'));
    const meta = requests.filter((url) => url.endsWith('.pf_meta'));
    // Pagefind asks for the tagged entry file, which the page preloaded, and nothing twice.
    expect(entry).toEqual([`${site}pagefind/pagefind-entry.json?ts=${tag}`]);
    expect(meta).toHaveLength(1);
    expect(preloads).toEqual([...entry, ...meta]);
    await page.context().close();
  });

  it('names every module its scripts import in the page, so none waits for a script to be parsed first', async () => {
    const { page } = await openPage(browser);
    const modules: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' && new URL(request.url()).pathname.startsWith('/_astro/')) modules.push(request.url());
    });
    await page.goto(`${site}search/?q=${encodeURIComponent('三会一课')}`);
    await settled(page);
    const named = await page.$$eval('script[type="module"][src], link[rel="modulepreload"]', (nodes) => nodes.map((node) => (node as HTMLScriptElement).src || (node as HTMLLinkElement).href));
    // The header and search scripts share chunks: some are requested, each is named in the page.
    expect(modules.length).toBeGreaterThan(named.filter((url) => url.includes('/_astro/') && /lang\.[^/]+\.js$/.test(url)).length);
    expect(modules.filter((url) => !named.includes(url))).toEqual([]);
    await page.context().close();
  });

  it('helps when nothing is found', async () => {
    const { page } = await openPage(browser);
    await search(page, '党费 量子力学');
    expect(await resultLinks(page)).toEqual([]);
    const advice = page.locator('[data-kb-advice]');
    await advice.waitFor();
    expect(await advice.locator('a').allTextContents()).toEqual(['党费', '量子力学']);
    await page.context().close();
  });

  it('survives hostile queries without crashing or injecting anything', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${site}search/`);
    const hostile = [
      '',
      '党'.repeat(500),
      '"""',
      '"党费',
      '<script>window.__pwned = 1</script>',
      '<img src=x onerror="window.__pwned = 1">',
      '😀👍🏽 党费',
      '\ud800党费\udfff',
      '\u0000\u200b\ufeff',
    ];
    for (const query of hostile) {
      await page.evaluate((q) => {
        const input = document.querySelector<HTMLInputElement>('#kb-search-page');
        if (!input) throw new Error('no search box');
        input.value = q;
        input.form?.requestSubmit();
      }, query);
      await page.waitForTimeout(50);
      await settled(page);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('[data-search-results] script, [data-search-results] img, [data-kb-advice] script, [data-kb-advice] img').count()).toBe(0);
    }
    // Still works afterwards.
    await page.fill('#kb-search-page', '党费');
    await page.press('#kb-search-page', 'Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '党费');
    await settled(page);
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('needs nothing from outside the site and loads Pagefind only when search is used', async () => {
    const { page, context } = await openPage(browser);
    const outside: string[] = [];
    const pagefind: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (!url.startsWith(new URL(site).origin)) {
        outside.push(url);
        return route.abort();
      }
      if (url.includes('/pagefind/')) pagefind.push(url);
      return route.continue();
    });
    await page.goto(`${site}templates/`);
    await page.waitForLoadState('networkidle');
    expect(pagefind).toEqual([]);
    await page.fill('#kb-header-search', '两学一做');
    await page.press('#kb-header-search', 'Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/search/'));
    await settled(page);
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    expect(pagefind.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    await context.close();
  });
});

describe('what search finds besides entries', () => {
  it('puts the glossary definition first, deep-linked to the term, with its definition as excerpt, and finds the topic', async () => {
    const { page } = await openPage(browser);
    await search(page, '三会一课');
    const first = page.locator('[data-search-results] > li').first();
    const href = (await first.locator('.kb-result__title a').getAttribute('href')) ?? '';
    expect(new URL(href, site).pathname).toBe('/glossary/');
    expect(new URL(href, site).hash).toBe('#term-san-hui-yi-ke');
    expect(await first.locator('.kb-badge').textContent()).toBe('术语');
    expect(await first.locator('.kb-result__excerpt').textContent()).toContain('党支部的基本组织生活制度');
    expect((await resultLinks(page)).slice(0, 5)).toContain('/topics/san-hui-yi-ke/');
    await first.locator('.kb-result__title a').click();
    await page.waitForURL((url) => url.pathname === '/glossary/' && url.hash === '#term-san-hui-yi-ke');
    await page.context().close();
  });

  it('reads pinyin as the glossary term and says so, with the same results as the term', async () => {
    const { page } = await openPage(browser);
    const total = async () => Number(/(\d+)/.exec((await page.textContent('[data-kb-status]')) ?? '')?.[1]);
    await search(page, '三会一课');
    const termTotal = await total();
    const term = await resultLinks(page);
    expect(termTotal).toBeGreaterThan(10);
    for (const query of ['shyk', 'sanhuiyike', 'san hui yi ke']) {
      await search(page, query);
      expect(await page.textContent('[data-kb-also]')).toBe('也搜索了：三会一课');
      expect(await page.isVisible('[data-kb-also]')).toBe(true);
      expect(await total()).toBe(termTotal);
      expect(await resultLinks(page)).toEqual(term);
    }
    await page.context().close();
  });

  it('searches the full title for a policy alias and marks it on the page opened', async () => {
    const { page } = await openPage(browser);
    await search(page, '《党章》');
    expect(await page.textContent('[data-kb-also]')).toBe('也搜索了：中国共产党章程');
    const excerpts = await page.$$eval('[data-search-results] .kb-result__excerpt mark, [data-search-results] .kb-result__subs mark', (marks) => marks.map((m) => m.textContent));
    expect(excerpts).toContain('中国共产党章程');
    await page.context().close();
  });

  it('matches Latin words that are on the pages as typed, without expanding them', async () => {
    const { page } = await openPage(browser);
    await search(page, 'LIAN');
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(await page.isHidden('[data-kb-also]')).toBe(true);
    const marks = await page.$$eval('[data-search-results] .kb-result__excerpt mark', (nodes) => nodes.map((n) => n.textContent));
    expect(marks.every((m) => m?.toLowerCase() === 'lian')).toBe(true);
    await page.context().close();
  });

  it('never repeats a line inside one result', async () => {
    const { page } = await openPage(browser);
    for (const query of ['党费', '整改', '三会一课']) {
      await search(page, query);
      const items = await page.$$eval('[data-search-results] > li', (lis) =>
        lis.map((li) => [li.querySelector('.kb-result__excerpt')?.textContent ?? '', ...[...li.querySelectorAll('.kb-result__subs li')].flatMap((s) => [(s.querySelector('a')?.textContent ?? '').replace(/^(第 \d+ 项|第[零一二三四五六七八九十百千]+条)：?/, ''), s.querySelector('p')?.textContent ?? ''])]),
      );
      for (const lines of items) {
        const clean = lines.map((l) => l.replace(/…/g, '').trim()).filter((l) => l.length > 0);
        for (const [i, line] of clean.entries()) {
          for (const other of clean.slice(i + 1)) expect(line.includes(other) || other.includes(line), `${query}: 「${line}」 / 「${other}」`).toBe(false);
        }
      }
    }
    await page.context().close();
  });
});

describe('the search page on a phone', () => {
  for (const fontSize of ['18', '24']) {
    it(`shows the first result within the first screen at 360 × 740 with ${fontSize} px text, filters folded behind a button`, async () => {
      const { page } = await openPage(browser, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
      await page.addInitScript((size) => localStorage.setItem('kb.fontSize', size), fontSize);
      await search(page, '党费');
      await page.waitForSelector('[data-kb-facet-toggle]:not([hidden])');
      const firstResult = await page.locator('[data-search-results] > li').first().boundingBox();
      expect(firstResult).not.toBeNull();
      expect((firstResult?.y ?? Infinity) + 40).toBeLessThan(740);
      // The filters are folded: nothing of them shows before the results.
      expect(await page.isHidden('[data-kb-facets] fieldset')).toBe(true);
      const toggle = page.locator('[data-kb-facet-toggle]');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await page.locator('input[name="collection"]').first().check();
      await settled(page);
      expect(await toggle.textContent()).toBe('筛选结果（已选 1 项）');
      await page.context().close();
    });
  }
});
