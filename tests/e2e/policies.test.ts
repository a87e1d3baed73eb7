// Policy pages in real Chromium against the built site: follow a 《…》 link from a material to
// the policy page and the "cited by" backlink back; copy citations; read a 158-article text with
// and without JavaScript and jump to an article; see what the source lacks; compare two versions
// with filters that need no JavaScript; find a phrase inside an article through search.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import * as OpenCC from 'opencc-js';
import { pageWeight } from '../../bench/lib/dist-stats';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser';
import { entryFiles, htmlFiles, page as builtPage } from '../helpers/dist';
import { loadPolicyCatalog } from '../../src/lib/policy-catalog';

const siteUrl = inject('siteUrl');
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
/** A title as the test compares it: NFKC, Simplified, no white space; e.g. "中國共產黨章程 " → "中国共产党章程". */
const plainKey = (title: string) => toSimplified(title.normalize('NFKC')).replace(/\s/g, '');
const MATERIAL = 'materials/jiguan-2019-zhua-jiceng-dangjian-shuzhi/';
const POLICY = 'policies/zhong-guo-gong-chan-dang-zhi-bu-gong-zuo-tiao-li-shi-xing/';
const XIZE = 'policies/zhong-guo-gong-chan-dang-fa-zhan-dang-yuan-gong-zuo-xi-ze/';
const JILV = 'policies/zhong-guo-gong-chan-dang-ji-lv-chu-fen-tiao-li/';
const JILV_2018 = 'policies/zhong-guo-gong-chan-dang-ji-lv-chu-fen-tiao-li-2018/';
const JIAOYU = 'policies/zhong-guo-gong-chan-dang-dang-yuan-jiao-yu-guan-li-gong-zuo-tiao-li/';
const COMPARE = `${JILV}compare/zhong-guo-gong-chan-dang-ji-lv-chu-fen-tiao-li-2018/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withClipboard(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  return openPage(browser, { viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
}

describe('citation links and backlinks', () => {
  it('follows a citation from a material to the policy and the backlink back', async () => {
    const { page, errors, context } = await withClipboard();
    await page.goto(siteUrl + MATERIAL);
    const materialTitle = await page.locator('h1').textContent();
    const citation = page.locator('[data-kb-body] a.kb-cite', { hasText: '《中国共产党支部工作条例（试行）》' }).first();
    await citation.click();
    await page.waitForURL(`**/${POLICY}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('中国共产党支部工作条例（试行）');
    await expect(page.locator('[data-kb-policy-status]').getAttribute('data-kb-policy-status')).resolves.toBe('现行有效');

    const backlink = page.locator('[data-kb-cited-by] a', { hasText: materialTitle ?? '' });
    await expect(backlink.count()).resolves.toBe(1);
    await backlink.click();
    await page.waitForURL(`**/${MATERIAL}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(materialTitle);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resolves a short form (《党章》) and shows where an older version leads', async () => {
    const { page, context } = await withClipboard();
    await page.goto(siteUrl + 'materials/gaoxiao-xuesheng-dangjian-wenti-duice/');
    await page.locator('[data-kb-body] a.kb-cite', { hasText: '《党章》' }).first().click();
    await expect(page.locator('h1').textContent()).resolves.toBe('中国共产党章程');

    await page.goto(siteUrl + 'policies/zhong-guo-gong-chan-dang-ji-lv-chu-fen-tiao-li-2015/');
    await expect(page.locator('[data-kb-policy-status]').getAttribute('data-kb-policy-status')).resolves.toBe('已修订');
    await page.locator('[data-kb-newer] a').click();
    await page.waitForURL('**/policies/zhong-guo-gong-chan-dang-ji-lv-chu-fen-tiao-li-2018/');
    await context.close();
  });
});

describe('copy citation', () => {
  it('copies the title citation of a policy page', async () => {
    const { page, errors, context } = await withClipboard();
    await page.goto(siteUrl + POLICY);
    const button = page.locator('.kb-policy-status kb-copy-citation button');
    await button.click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('《中国共产党支部工作条例（试行）》');
    await expect(page.locator('.kb-policy-status kb-copy-citation [role="status"]').textContent()).resolves.toBe('已复制');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies an article citation from a regulation text', async () => {
    const { page, errors, context } = await withClipboard();
    await page.goto(siteUrl + XIZE + '#art-7');
    await page.locator('#art-7 kb-copy-citation button').click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('《中国共产党发展党员工作细则》第七条');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('citations across the built library', () => {
  const catalog = loadPolicyCatalog();

  it('links every 《…》 naming a catalogued regulation in template and material bodies', () => {
    // Oracle independent of the resolver: the titles and aliases written in content/policies/,
    // compared after NFKC, Traditional → Simplified and without spaces.
    const named = new Map<string, Set<string>>(); // key → ids of policies with that title or alias
    for (const file of readdirSync('content/policies').filter((f) => f.endsWith('.mdx'))) {
      const data = yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/policies/${file}`, 'utf8'))![1]!) as { title: string; aliases?: string[] };
      for (const name of [data.title, ...(data.aliases ?? [])]) {
        const ids = named.get(plainKey(name)) ?? new Set();
        named.set(plainKey(name), ids.add(file.replace(/\.mdx$/, '')));
      }
    }
    expect(named.size).toBeGreaterThanOrEqual(20);
    const unlinked: string[] = [];
    const misdirected: string[] = [];
    let linked = 0;
    const files = [...entryFiles('templates'), ...entryFiles('materials')];
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const body = builtPage(file).querySelector('[data-kb-body]');
      expect(body, `${file} has no [data-kb-body]`).not.toBeNull();
      for (const link of body!.querySelectorAll('a.kb-cite')) {
        linked++;
        const title = /《([^《》]+)》/.exec(link.textContent ?? '')?.[1] ?? '';
        const id = /\/policies\/([^/#]+)\//.exec(link.getAttribute('href') ?? '')?.[1] ?? '';
        // A bare kind (《条例》) refers back to the last cited text: only named titles are checked here.
        if (named.has(plainKey(title)) && !named.get(plainKey(title))!.has(id)) misdirected.push(`${file}: 《${title}》 → ${id}`);
      }
      const walker = body!.ownerDocument.createTreeWalker(body!, 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('a, h1, h2, h3, h4, h5, h6, code, pre')) continue;
        for (const [, title] of (node.textContent ?? '').matchAll(/《([^《》\n]+)》/g)) {
          if (named.has(plainKey(title!))) unlinked.push(`${file}: 《${title}》`);
        }
      }
    }
    expect(unlinked).toEqual([]);
    expect(misdirected).toEqual([]);
    expect(linked).toBeGreaterThanOrEqual(20);
  });

  it('shows a cited-by list on every policy page, naming the citing entries', () => {
    const files = entryFiles('policies');
    expect(files.length).toBe(catalog.policies.length);
    for (const file of files) expect(builtPage(file).querySelector('[data-kb-cited-by]'), file).not.toBeNull();
    const zhiBu = builtPage(POLICY + 'index.html');
    expect(zhiBu.querySelectorAll('[data-kb-cited-by] li').length).toBeGreaterThanOrEqual(3);
  });

  it('writes the unknown-citations report', () => {
    expect(existsSync('dist/reports/unknown-citations.json')).toBe(true);
    const report = JSON.parse(readFileSync('dist/reports/unknown-citations.json', 'utf8')) as { unknown: { title: string }[] };
    expect(report.unknown.map((u) => u.title)).toContain('劳动法');
    expect(report.unknown.map((u) => u.title)).not.toContain('党章');
  });
});

describe('a full regulation text', () => {
  it('reads without JavaScript: all 158 articles with anchors, outline links, the notes, and no dead jump box', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl + JILV);
    expect(await page.locator('[data-kb-body] .kb-article[id^="art-"]').count()).toBe(158);
    expect(await page.locator('#art-158').textContent()).toContain('本条例自2024年1月1日起施行');
    expect(await page.locator('[data-kb-outline] a[href="#art-96"]').count()).toBe(1);
    expect(await page.locator('[data-kb-outline] > ol > li > a').allTextContents()).toEqual(['第一编　总则', '第二编　分则', '第三编　附则']);
    await expect(page.locator('[data-kb-headnote]').textContent()).resolves.toContain('2023年12月19日中共中央发布');
    await expect(page.locator('[data-kb-policy-source]').textContent()).resolves.toContain('以正式发布文本为准');
    await expect(page.locator('[data-kb-meta="source"]').textContent()).resolves.toContain('中国共产党纪律处分条例_2023.md');
    // The note points the reader to the field above by the name that field has on the page.
    const sourceLabel = await page.locator('dt:has(+ [data-kb-meta="source"])').textContent();
    await expect(page.locator('[data-kb-policy-source]').textContent()).resolves.toContain(`“${sourceLabel}”`);
    expect(await page.locator('kb-article-jump').isVisible()).toBe(false);
    await page.locator('[data-kb-outline] li:has(> a[href="#chap-8"]) summary').click();
    await page.locator('[data-kb-outline] a[href="#art-96"]').click();
    expect(new URL(page.url()).hash).toBe('#art-96');
    await context.close();
  });

  it('keeps the outline short on a 360 px phone at 24 px by folding each chapter\'s article links, which open without JavaScript', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 }, javaScriptEnabled });
      // With JavaScript the reader's own setting (A+) makes the text 24 px; without it the page keeps its default.
      if (javaScriptEnabled) await page.addInitScript(() => localStorage.setItem('kb.fontSize', '24'));
      await page.goto(siteUrl + JILV);
      if (javaScriptEnabled) await expect(page.evaluate(() => getComputedStyle(document.body).fontSize)).resolves.toBe('24px');
      // 158 article links at 24 px took more than nine screens and put 第一条 fourteen screens down.
      const outline = await page.locator('[data-kb-outline]').evaluate((el) => el.getBoundingClientRect().height);
      expect(outline, `JavaScript ${javaScriptEnabled}`).toBeLessThan(3 * 740);
      const firstArticle = await page.evaluate(() => document.getElementById('art-1')!.getBoundingClientRect().top + window.scrollY);
      expect(firstArticle, `JavaScript ${javaScriptEnabled}`).toBeLessThan(8 * 740);
      // Every chapter still leads to its articles, one tap away and without JavaScript.
      const chapter = page.locator('[data-kb-outline] li:has(> a[href="#chap-8"])');
      await expect(chapter.locator('a[href="#art-96"]').isVisible()).resolves.toBe(false);
      await chapter.locator('summary').first().click();
      await chapter.locator('a[href="#art-96"]').click();
      expect(new URL(page.url()).hash).toBe('#art-96');
      await context.close();
    }
  });

  it('loads no more CSS and JavaScript with 158 articles than a policy page without text, and stays within what other entry pages load', async () => {
    const weight = async (file: string) => (await pageWeight('dist', readFileSync(`dist/${file}`, 'utf8'), `/${file.replace(/index\.html$/, '')}`)).totalGzip;
    const long = await weight(`${JILV}index.html`);
    expect(long).toBe(await weight('policies/zhong-guo-gong-chan-dang-zhang-cheng/index.html'));
    const others = await Promise.all([...entryFiles('templates'), ...entryFiles('materials')].map(weight));
    expect(long).toBeLessThanOrEqual(Math.max(...others));
    expect(long).toBeLessThanOrEqual(15 * 1024);
  });

  it('counts what Chromium really loads: as many CSS and JavaScript bytes as the page-weight count, the same with 158 articles as without text', async () => {
    // Bytes of every stylesheet and script the browser fetched by the time the network is idle
    // (dynamic imports on load included), in a fresh context so nothing comes from a cache.
    const loaded = async (path: string) => {
      const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
      const bodies: Promise<number>[] = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type === 'stylesheet' || type === 'script') bodies.push(response.body().then((body) => body.length));
      });
      await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
      const bytes = (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
      await context.close();
      return bytes;
    };
    const counted = async (path: string) => (await pageWeight('dist', readFileSync(`dist/${path}index.html`, 'utf8'), `/${path}`)).totalBytes;
    const long = await loaded(JILV);
    expect(long).toBeGreaterThan(10_000);
    expect(long).toBe(await counted(JILV));
    expect(long).toBe(await loaded('policies/zhong-guo-gong-chan-dang-zhang-cheng/'));
    expect(await loaded(MATERIAL)).toBe(await counted(MATERIAL));
  });

  it('jumps to an article typed as 第十二条, 十二 or 12, and says when there is none', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl + XIZE);
    const box = page.locator('kb-article-jump');
    await box.waitFor({ state: 'visible' });
    for (const [typed, id] of [['第十二条', 'art-12'], ['二十五', 'art-25'], ['7', 'art-7'], ['１２', 'art-12']] as const) {
      await page.getByLabel('跳到第…条').fill(typed);
      await page.getByLabel('跳到第…条').press('Enter');
      await page.waitForFunction((hash) => location.hash === hash, `#${id}`);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    }
    await page.getByLabel('跳到第…条').fill('第二百条');
    await box.getByRole('button', { name: '跳转' }).click();
    await expect(box.locator('[role="status"]').textContent()).resolves.toBe('本法规没有第二百条，共 44 条（第一条至第四十四条）。');
    await page.getByLabel('跳到第…条').fill('总则');
    await box.getByRole('button', { name: '跳转' }).click();
    await expect(box.locator('[role="status"]').textContent()).resolves.toContain('请输入条号');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the article the source lacks as missing, in place and in the outline, and the repair of the damaged title', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl + JIAOYU + '#art-20');
    const gap = page.locator('#art-20');
    await expect(gap.getAttribute('data-kb-missing')).resolves.toBe('');
    await expect(gap.textContent()).resolves.toContain('来源文本缺这一条');
    // The placeholder sits between the articles around the gap and holds no regulation text.
    const order = await page.$$eval('[data-kb-body] .kb-article', (nodes) => nodes.map((n) => n.id));
    expect(order.slice(order.indexOf('art-19'), order.indexOf('art-19') + 3)).toEqual(['art-19', 'art-20', 'art-21']);
    await expect(page.locator('[data-kb-outline] a[href="#art-20"]').textContent()).resolves.toBe('第二十条（来源缺）');
    await expect(page.locator('[data-kb-missing-note]').textContent()).resolves.toContain('来源缺第二十条');

    await page.goto(siteUrl + XIZE);
    await expect(page.locator('h1').textContent()).resolves.toBe('中国共产党发展党员工作细则');
    await expect(page.locator('[data-kb-repairs] li').first().textContent()).resolves.toContain('来源第 586 行作「中国共产党展党员工作细则」，本站作「中国共产党发展党员工作细则」');
    await context.close();
  });
});

describe('every 第X条 link into a full text', () => {
  it('lands on an article that exists, on every built page', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      let set = ids.get(path);
      if (!set) ids.set(path, (set = new Set([...builtPage(`${path}index.html`).querySelectorAll('[id]')].map((el) => el.id))));
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles().filter((f) => readFileSync(`dist/${f}`, 'utf8').includes('#art-'))) {
      for (const link of builtPage(file).querySelectorAll('a[href*="#art-"]')) {
        const href = new URL(link.getAttribute('href') ?? '', `http://site.invalid/${file}`);
        const path = href.pathname.replace(/^\//, '').replace(/index\.html$/, '');
        checked++;
        if (!existsSync(`dist/${path}index.html`) || !idsOf(path).has(href.hash.slice(1))) broken.push(`${file}: ${link.getAttribute('href')}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('the 发展党员 procedure cites the 细则 by article', () => {
  it('links each quoted rule to the article of the full text that holds the quote', () => {
    const squeeze = (text: string) => text.replace(/[\s\u3000]/g, '');
    const xize = builtPage(`${XIZE}index.html`);
    const cells = [...builtPage('fazhan-dangyuan/index.html').querySelectorAll('td')].filter((td) => td.querySelector(':scope > a.kb-cite[href*="#art-"]') && td.querySelector(':scope > blockquote'));
    expect(cells.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const cell of cells) {
      const href = cell.querySelector(':scope > a.kb-cite')!.getAttribute('href')!;
      expect(href).toMatch(new RegExp(`/${XIZE}#art-\\d+$`));
      const article = xize.getElementById(href.split('#')[1]!);
      const quote = squeeze(cell.querySelector(':scope > blockquote')!.textContent ?? '');
      if (!article || !squeeze(article.textContent ?? '').includes(quote)) wrong.push(`${href}: ${quote}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('新旧对照', () => {
  it('shows the counts, filters without JavaScript and links each row to both versions', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl + JILV);
    await page.locator('[data-kb-compare-link] a').click();
    await page.waitForURL(`**/${COMPARE}`);
    const counts = Object.fromEntries(await page.$$eval('[data-kb-compare-counts] > div', (rows) => rows.map((r) => [r.getAttribute('data-status'), Number(r.querySelector('dd')?.textContent)])));
    expect(counts).toEqual({ unchanged: 65, changed: 76, added: 17, deleted: 1, moved: 0 });
    expect(await page.locator('.kb-compare-row').count()).toBe(159);

    await page.getByRole('link', { name: '新增（17）' }).click();
    await page.waitForURL(`**/${COMPARE}added/`);
    expect(await page.locator('.kb-compare-row').count()).toBe(17);
    expect(new Set(await page.$$eval('.kb-compare-row', (rows) => rows.map((r) => r.getAttribute('data-status'))))).toEqual(new Set(['added']));

    await page.getByRole('link', { name: '只看变动（94）' }).click();
    const row = page.locator('.kb-compare-row', { hasText: '2018年版第一百四十一条' });
    await expect(row.locator('del').first().textContent()).resolves.toBe('律检查');
    await row.getByRole('link', { name: '2023年版第一百五十七条' }).click();
    await page.waitForURL(`**/${JILV}#art-157`);
    await page.goBack();
    await page.locator('.kb-compare-row', { hasText: '2018年版第一百四十一条' }).getByRole('link', { name: '2018年版第一百四十一条' }).click();
    await page.waitForURL(`**/${JILV_2018}#art-141`);
    await context.close();
  });

  it('fits a 360 px screen and prints both versions side by side on A4', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(siteUrl + COMPARE + 'changes/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const stacked = await page.locator('.kb-compare-row--changed .kb-compare-row__cols').first().evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
    expect(stacked).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.kb-compare-row--changed .kb-compare-row__cols').first().evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
    expect(printed).toBe(2);
    expect(await page.locator('.kb-compare__filters').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await context.close();
  });
});

describe('search inside regulations', () => {
  it('finds a phrase inside an article and opens the regulation on that article, highlighted', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    const phrase = '一个月内派人同入党申请人谈话';
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(phrase)}`);
    await page.waitForFunction(() => document.querySelector('kb-search')?.getAttribute('data-state') === 'done');
    const result = page.locator('[data-search-results] > li', { has: page.locator('.kb-result__title a', { hasText: '中国共产党发展党员工作细则' }) });
    await expect(result.count()).resolves.toBe(1);
    const sub = result.locator('.kb-result__subs a[href*="#art-7"]');
    await expect(sub.count()).resolves.toBe(1);
    // Named as the regulation names its articles.
    expect(await sub.textContent()).toMatch(/^第七条/);
    await sub.click();
    await page.waitForURL((url) => url.pathname.endsWith(`/${XIZE}`) && url.hash === '#art-7');
    await page.waitForSelector('#art-7 mark.kb-hit');
    const marked = (await page.$$eval('#art-7 mark.kb-hit', (nodes) => nodes.map((n) => n.textContent ?? ''))).join('');
    expect(marked).toContain(phrase);
    expect(await page.evaluate(() => {
      const box = document.getElementById('art-7')!.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    })).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
