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

describe('a member reading on a 360 × 740 phone', () => {
  const PAGES = ['', 'materials/hebei-yancao-dangzhibu-biaozhunhua-guifanhua/', 'templates/mingcha-anfang-fankui-wenti-zhenggai-qingkuang-baogao/', 'problems/', 'glossary/', 'list/'];
  const LIST = JSON.stringify({
    // Version 1, as saved before this change: the list page reads it (and migrates it) either way.
    format: 'kb-rectification-list',
    version: 1,
    title: '',
    items: [{ id: 't#1', problem: '“三会一课”记录不及时，部分会议记录缺少参会人员签到。', measures: '1. 建立会议记录调阅制度\n2. 每季度检查一次', owner: '支部书记 张三', deadline: '2025年6月底前', status: 'doing', progress: '', added: '' }],
  });

  for (const size of ['18', '24']) {
    async function phone(): Promise<Page> {
      const { page } = await openPage(browser, { viewport: { width: 360, height: 740 } });
      await page.addInitScript(([s, list]) => {
        localStorage.setItem('kb.fontSize', s!);
        localStorage.setItem('kb.workbench.list', list!);
      }, [size, LIST]);
      return page;
    }

    it(`has a compact header with a search box at least 240 px wide and the navigation behind a menu (${size} px text)`, async () => {
      const page = await phone();
      await page.goto(siteUrl + 'templates/');
      const box = await page.locator('#kb-header-search').boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(240);
      expect((await page.locator('.kb-header').boundingBox())!.height).toBeLessThan(size === '18' ? 130 : 230);
      await expect(page.locator('.kb-nav--wide').isVisible()).resolves.toBe(false);
      await expect(page.locator('.kb-menu nav a', { hasText: '党内法规' }).isVisible()).resolves.toBe(false);
      await page.locator('.kb-menu summary').click();
      await page.locator('.kb-menu nav a', { hasText: '党内法规' }).click();
      await page.waitForURL(/\/policies\/$/);
      // The page starts within the first screen: its heading is visible without scrolling.
      expect((await page.locator('h1').boundingBox())!.y).toBeLessThan(740);
    });

    it(`keeps every text column at least 8 characters wide and nothing sideways (${size} px text)`, async () => {
      const page = await phone();
      for (const path of PAGES) {
        await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
        // A text squeezed into a column: it wraps (more than one line) in less than 8 characters of width.
        const narrow = await page.evaluate(() => {
          const out: string[] = [];
          for (const el of document.querySelectorAll<HTMLElement>('main p, main li, main td, main th, main dd, main dt, main h1, main h2, main h3, main label, main summary')) {
            // Skip text hidden for sight but kept for screen readers (clipped, e.g. the card view's table head).
            let clipped = false;
            for (let up: HTMLElement | null = el; up && !clipped; up = up.parentElement) clipped = getComputedStyle(up).clipPath !== 'none';
            if (!el.checkVisibility() || !el.textContent?.trim() || clipped) continue;
            const style = getComputedStyle(el);
            const size = parseFloat(style.fontSize);
            const box = el.getBoundingClientRect();
            const width = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            // Lines the text itself takes (a grid cell may be taller than its text).
            const range = document.createRange();
            range.selectNodeContents(el);
            const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top).sort((a, b) => a - b);
            const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1]! > size * 0.8).length;
            if (lines > 1 && width < 8 * size - 1) out.push(`${el.tagName} ${Math.round(width)}px「${el.textContent.trim().slice(0, 12)}」`);
          }
          return out;
        });
        expect(narrow, path).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });

    it(`shows the 台账 preview as cards and a material's 目录 folded near the top (${size} px text)`, async () => {
      const page = await phone();
      await page.goto(siteUrl + 'list/');
      const cell = page.locator('[data-kb-preview-rows] td').nth(2);
      await expect(cell.evaluate((td) => getComputedStyle(td).display)).resolves.toBe('block');
      expect((await cell.boundingBox())!.width).toBeGreaterThan(280);
      await page.goto(siteUrl + 'materials/hebei-yancao-dangzhibu-biaozhunhua-guifanhua/');
      const fold = page.locator('details.kb-toc-fold');
      await expect(fold.isVisible()).resolves.toBe(true);
      await expect(fold.getAttribute('open')).resolves.toBeNull();
      const top = (await fold.boundingBox())!.y;
      const body = (await page.locator('[data-kb-body]').boundingBox())!.y;
      expect(top).toBeLessThan(body);
      await fold.locator('summary').click();
      await fold.locator('a:visible').first().click();
      await expect(page.evaluate(() => document.querySelector(':target')?.checkVisibility())).resolves.toBe(true);
    });
  }

  it('opens the menu without JavaScript', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    await page.goto(siteUrl);
    await page.locator('.kb-menu summary').click();
    await expect(page.locator('.kb-menu nav a', { hasText: '学习资料' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('what readers see of where a text comes from', () => {
  it('cites the compilation a template was found in, never our seed labels', async () => {
    const { page } = await fresh();
    await page.goto(siteUrl + 'templates/weisheng-jisheng-xitong-dangjian-zhenggai-fangan/');
    const meta = page.locator('.kb-meta');
    await expect(meta.textContent()).resolves.toContain('录自网络范文汇编《党建工作存在的突出问题范文》栏目');
    for (const path of ['templates/weisheng-jisheng-xitong-dangjian-zhenggai-fangan/', 'materials/lun-jianxing-liangxue-yizuo-hangshi-jiceng-dangjian/']) {
      await page.goto(siteUrl + path);
      await expect(page.locator('body').innerText(), path).resolves.not.toMatch(/种子文档|范文汇编）/);
    }
  });

  it('numbers a list as its source does: no one-item list starting at 2. after ordinary paragraphs', async () => {
    const { page } = await fresh();
    for (const path of ['templates/fengongsi-dangzhibu-2019-zhibu-gongzuo-zongjie/', 'templates/shichang-jianguanju-dangjian-xianzhuang-diaoyan/']) {
      await page.goto(siteUrl + path);
      const lone = await page.evaluate(() =>
        [...document.querySelectorAll('[data-kb-body] ol[start]')]
          .filter((ol) => ol.children.length === 1 && ol.previousElementSibling?.tagName !== 'OL')
          .map((ol) => `${ol.getAttribute('start')}. ${ol.textContent?.trim().slice(0, 12)}`),
      );
      expect(lone, path).toEqual([]);
    }
  });
});
