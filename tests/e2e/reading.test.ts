// Browser journeys through the built site: home → listing → facet → entry, font size, keyboard.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser';

const siteUrl = inject('siteUrl');
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

describe('reading journey', () => {
  it('goes from home to a library, filters by a facet and opens an entry', async () => {
    const { page, errors } = await fresh();
    await page.goto(siteUrl);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    const card = page.locator('.kb-card h3 a').first();
    const library = await card.textContent();
    await card.click();
    await expect(page.locator('h1').textContent()).resolves.toContain(library ?? '');

    const facet = page.locator('.kb-facets h2 + ul a').first();
    const facetLabel = (await facet.textContent())?.replace(/\d+篇?$/, '') ?? '';
    await facet.click();
    await expect(page.locator('.kb-facets a[aria-current="page"]').textContent()).resolves.toContain(facetLabel);
    await expect(page.locator('h1').textContent()).resolves.toContain(facetLabel);

    const first = page.locator('.kb-entry-list h2 a').first();
    const title = await first.textContent();
    await first.click();
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await expect(page.locator('.kb-breadcrumbs li[aria-current="page"]').textContent()).resolves.toBe(title);
    expect(errors).toEqual([]);
  });
});

describe('font size control', () => {
  it('enlarges the text, stops at 24 px, and remembers the size on the next page', async () => {
    const { page } = await fresh();
    await page.goto(siteUrl);
    const bodySize = () => page.evaluate(() => getComputedStyle(document.body).fontSize);
    await expect(bodySize()).resolves.toBe('18px');
    const larger = page.getByRole('button', { name: '增大字号' });
    for (let i = 0; i < 5; i++) if (await larger.isEnabled()) await larger.click();
    await expect(bodySize()).resolves.toBe('24px');
    await expect(larger.isDisabled()).resolves.toBe(true);

    await page.locator('.kb-nav a').first().click();
    await page.waitForLoadState('load');
    await expect(bodySize()).resolves.toBe('24px');
    await expect(page.locator('[data-font-size-value]').textContent()).resolves.toBe('24px');
    // At 24 px nothing overflows the page sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: '减小字号' }).click();
    await expect(bodySize()).resolves.toBe('22px');
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const { page } = await fresh({ width: 360, height: 740 });
    for (const path of ['', 'templates/', 'policies/', 'glossary/']) {
      await page.goto(siteUrl + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

describe('keyboard', () => {
  it('reaches the skip link first and lands in the main content with it', async () => {
    const { page } = await fresh();
    await page.goto(siteUrl);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('kb-skip');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });

  it('moves through header controls in order with a visible focus ring', async () => {
    const { page } = await fresh();
    await page.goto(siteUrl + 'templates/');
    const seen: string[] = [];
    const wanted = ['跳到正文', '党内法规', '问题整改模板', '搜索', '增大字号'];
    // Tab until every wanted control was reached (the header grows as features are added).
    for (let i = 0; i < 30 && !wanted.every((w) => seen.some((s) => s.includes(w))); i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { label: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.id, outline: style.outlineStyle };
      });
      seen.push(info.label);
      expect(info.outline, info.label).not.toBe('none');
    }
    const index = (w: string) => seen.findIndex((s) => s.includes(w));
    for (const w of wanted) expect(index(w), `${w} in ${seen.join(' / ')}`).toBeGreaterThanOrEqual(0);
    // Header order: skip link, navigation, search box, reading controls.
    expect(index('跳到正文')).toBeLessThan(index('党内法规'));
    expect(index('党内法规')).toBeLessThan(index('搜索'));
    expect(index('搜索')).toBeLessThan(index('增大字号'));
  });

  it('focuses the search box with "/" and Ctrl+K, and submits a query to the search page', async () => {
    const { page } = await fresh();
    await page.goto(siteUrl + 'glossary/');
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('kb-header-search');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Control+k');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('kb-header-search');
    await page.keyboard.type('三会一课');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('q') ?? '')).toBe('三会一课');
  });
});
