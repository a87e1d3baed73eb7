// Study and reading in real Chromium (issue 7): Simplified/Traditional switch and its memory,
// glossary tooltips by keyboard, the glossary's pinyin filter, topic navigation, reading aids.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser';

const siteUrl = inject('siteUrl');
const HANT = 'materials/hebei-yancao-dangzhibu-biaozhunhua-guifanhua/';
const PAPER = 'materials/lun-jianxing-liangxue-yizuo-hangshi-jiceng-dangjian/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function fresh(viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(browser, { viewport });
  return { page, errors };
}

/** Text a reader sees in the body (innerText skips the hidden version). */
const bodyText = (page: Page) => page.locator('[data-kb-body]').innerText();

describe('Simplified/Traditional switch', () => {
  it('reads a Traditional material in Simplified with one click, remembers it after reload, and switches back', async () => {
    const { page, errors } = await fresh();
    await page.goto(siteUrl + HANT);
    await expect(bodyText(page)).resolves.toContain('推進黨支部標準化規范化建設');
    await expect(bodyText(page)).resolves.not.toContain('推进党支部标准化规范化建设');

    await page.getByRole('button', { name: '简体' }).click();
    await expect(bodyText(page)).resolves.toContain('推进党支部标准化规范化建设');
    await expect(bodyText(page)).resolves.not.toContain('推進黨支部');
    await expect(page.locator('h1').textContent()).resolves.toBe('河北烟草推进党支部标准化规范化建设');
    await expect(page.getByRole('button', { name: '简体' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.evaluate(() => localStorage.getItem('kb.script'))).resolves.toBe('zh-Hans');

    await page.reload();
    await expect(page.locator('html').getAttribute('data-reading-script')).resolves.toBe('zh-Hans');
    await expect(bodyText(page)).resolves.toContain('推进党支部标准化规范化建设');
    await expect(page.locator('h1').textContent()).resolves.toBe('河北烟草推进党支部标准化规范化建设');
    // The table of contents follows the script, and its links reach the visible headings.
    const tocLink = page.locator('.kb-aside .kb-toc a:visible').first();
    await expect(tocLink.textContent()).resolves.toBe('顶层谋划 推进基层党支部标准化规范化建设向纵深发展');
    await tocLink.click();
    await expect(page.evaluate(() => document.querySelector(':target')?.checkVisibility())).resolves.toBe(true);

    await page.getByRole('button', { name: '繁體原文' }).click();
    await expect(bodyText(page)).resolves.toContain('推進黨支部標準化規范化建設');
    await expect(page.locator('h1').textContent()).resolves.toBe('河北煙草推進黨支部標準化規范化建設');
    await page.reload();
    await expect(bodyText(page)).resolves.toContain('推進黨支部標準化規范化建設');
    expect(errors).toEqual([]);
  });

  it('reads everything from the text in one script: breadcrumb, metadata and listings, and says it was converted', async () => {
    const { page } = await fresh();
    await page.addInitScript(() => localStorage.setItem('kb.script', 'zh-Hans'));
    await page.goto(siteUrl + HANT);
    const crumbs = page.locator('.kb-breadcrumbs').innerText();
    await expect(crumbs).resolves.toContain('河北烟草推进党支部标准化规范化建设');
    await expect(crumbs).resolves.not.toContain('煙草');
    const meta = await page.locator('.kb-meta').innerText();
    expect(meta).toContain('本报记者 曹祥金');
    expect(meta).toContain('河北省烟草专卖局');
    expect(meta).toContain('简体（由繁体转换）');
    expect(meta).not.toMatch(/煙草|記者|繁体\n/);
    await page.goto(siteUrl + 'materials/');
    const listing = await page.locator('.kb-entry-list').innerText();
    expect(listing).toContain('河北烟草推进党支部标准化规范化建设');
    expect(listing).not.toContain('河北煙草');
    // In the original script the page says so, and nothing is doubled.
    await page.goto(siteUrl + HANT);
    await page.getByRole('button', { name: '繁體原文' }).click();
    const original = await page.locator('.kb-meta').innerText();
    expect(original).toMatch(/文字\s*繁体/);
    expect(original).not.toContain('简体（由繁体转换）');
    await expect(page.locator('.kb-breadcrumbs').innerText()).resolves.toContain('河北煙草推進黨支部');
  });

  it('keeps only the original text in the search index and ships no converter', async () => {
    const { page } = await fresh();
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await page.goto(siteUrl + HANT);
    await expect(page.locator('[data-kb-script="zh-Hans"][data-pagefind-ignore="all"] p').count()).resolves.toBeGreaterThan(5);
    await expect(page.locator('[data-kb-original][data-pagefind-ignore]').count()).resolves.toBe(0);
    const sizes = await Promise.all(scripts.map(async (src) => (await (await fetch(src)).text()).length));
    // OpenCC's dictionaries are megabytes; every script on the page together stays small.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(200_000);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.length - new Set(ids).size, 'duplicate ids').toBe(0);
  });
});

describe('glossary tooltips', () => {
  it('shows the definition when the term gets keyboard focus and hides it with Escape', async () => {
    const { page, errors } = await fresh();
    await page.goto(siteUrl + PAPER);
    let focused = false;
    for (let i = 0; i < 120 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.classList.contains('kb-term') ?? false);
    }
    expect(focused, 'Tab reaches a marked term').toBe(true);
    const term = await page.evaluate(() => {
      const link = document.activeElement as HTMLAnchorElement;
      const id = link.getAttribute('aria-describedby') ?? '';
      return { text: link.textContent, href: link.getAttribute('href'), definition: document.getElementById(id)?.textContent ?? '' };
    });
    expect(term.href).toMatch(/^\/glossary\/#term-/);
    expect(term.definition.length).toBeGreaterThan(5);
    const tip = page.locator('.kb-term-tip');
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(tip.textContent()).resolves.toBe(term.definition);

    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('kb-term'))).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('marks each term once per page and never inside headings', async () => {
    const { page } = await fresh();
    await page.goto(siteUrl + PAPER);
    const terms = await page.locator('[data-kb-body] a.kb-term').evaluateAll((links) => links.map((a) => a.getAttribute('data-kb-term')));
    expect(terms.length).toBeGreaterThan(3);
    expect(new Set(terms).size).toBe(terms.length);
    await expect(page.locator(':is(h1, h2, h3, h4) a.kb-term').count()).resolves.toBe(0);
  });
});

describe('glossary index', () => {
  it('finds 三会一课 by its pinyin initials "shyk" and by full pinyin', async () => {
    const { page, errors } = await fresh();
    await page.goto(siteUrl + 'glossary/');
    const all = await page.locator('[data-kb-glossary-item]').count();
    expect(all).toBeGreaterThanOrEqual(40);
    const input = page.getByLabel('查找术语');
    await input.fill('shyk');
    const visible = page.locator('[data-kb-glossary-item]:visible dt');
    await expect(visible.count()).resolves.toBe(1);
    await expect(visible.first().textContent()).resolves.toContain('三会一课');
    await expect(page.locator('[data-kb-glossary-status]').textContent()).resolves.toBe('找到 1 个术语');

    await input.fill('sanhui');
    await expect(page.locator('[data-kb-glossary-item]:visible dt').allTextContents()).resolves.toEqual([expect.stringContaining('三会一课')]);
    await input.fill('');
    await expect(page.locator('[data-kb-glossary-item]:visible').count()).resolves.toBe(all);
    expect(errors).toEqual([]);
  });

  it('folds scripts like search does: 黨費 finds 党费', async () => {
    const { page } = await fresh();
    await page.goto(siteUrl + 'glossary/');
    await page.locator('kb-glossary-filter input').fill('黨費');
    const visible = page.locator('[data-kb-glossary-item]:visible dt');
    await expect.poll(() => visible.count()).toBeGreaterThan(0);
    await expect(visible.allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('党费')]));
  });

  it('orders terms by pinyin and jumps to a letter', async () => {
    const { page } = await fresh();
    await page.goto(siteUrl + 'glossary/');
    const letters = await page.locator('[data-kb-glossary-letter]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-kb-glossary-letter')));
    expect(letters).toEqual([...letters].sort());
    await page.locator('.kb-letters a', { hasText: 'S' }).click();
    expect(new URL(page.url()).hash).toBe('#letter-S');
  });
});

describe('topics', () => {
  it('opens a topic from home, opens a material in it and moves on with next-within-topic', async () => {
    const { page, errors } = await fresh();
    await page.goto(siteUrl);
    await page.getByRole('link', { name: '三会一课', exact: true }).first().click();
    await expect(page.locator('h1').textContent()).resolves.toBe('三会一课');
    const readings = await page.locator('.kb-readings h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(readings.length).toBeGreaterThan(2);
    const material = page.locator('.kb-readings li').filter({ has: page.locator('.kb-badge', { hasText: '学习资料' }) }).first().locator('h3 a');
    const materialHref = await material.getAttribute('href');
    await material.click();
    await page.waitForURL((u) => u.pathname === materialHref);

    const nav = page.locator('nav[data-kb-topic="san-hui-yi-ke"]');
    const position = readings.indexOf(materialHref);
    await expect(nav.textContent()).resolves.toContain(`第 ${position + 1} / ${readings.length} 篇`);
    await nav.locator('[data-kb-topic-next]').click();
    await page.waitForURL((u) => u.pathname === readings[position + 1]);
    await page.locator('nav[data-kb-topic="san-hui-yi-ke"] [data-kb-topic-prev]').click();
    await page.waitForURL((u) => u.pathname === materialHref);
    expect(errors).toEqual([]);
  });
});

describe('reading aids', () => {
  for (const width of [1280, 360]) {
    it(`lays out a material at 24 px without sideways scrolling (${width} px wide)`, async () => {
      const { page } = await fresh({ width, height: 900 });
      await page.addInitScript(() => localStorage.setItem('kb.fontSize', '24'));
      for (const path of [HANT, PAPER, 'glossary/', 'topics/san-hui-yi-ke/']) {
        await page.goto(siteUrl + path);
        await expect(page.evaluate(() => getComputedStyle(document.body).fontSize)).resolves.toBe('24px');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  }

  it('prints a material with its source line and full address, without site chrome', async () => {
    const { page } = await fresh();
    await page.goto(siteUrl + PAPER);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.kb-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.kb-study-bar').isVisible()).resolves.toBe(false);
    const source = page.locator('.kb-print-source');
    await expect(source.isVisible()).resolves.toBe(true);
    await expect(source.textContent()).resolves.toContain(siteUrl + PAPER);
    await expect(page.locator('.kb-meta').innerText()).resolves.toContain('《基层建设》2019年第6期');
  });
});
