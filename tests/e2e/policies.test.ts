// Policy citations in real Chromium against the built site (issue 6): follow a 《…》 link from a
// material to the policy page, find the material in the "cited by" list and follow it back;
// copy citations with the buttons and read the clipboard.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import * as OpenCC from 'opencc-js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importText } from '../../scripts/lib/import/index.ts';
import { policyFromSource } from '../../src/lib/policy-catalog';
import { buildCatalog } from '../../src/lib/policy-titles';
import { remarkPolicyArticles } from '../../src/plugins/remark-policy-articles';
import { launchBrowser, openPage } from '../helpers/browser';
import { entryFiles, page as builtPage } from '../helpers/dist';
import { loadPolicyCatalog } from '../../src/lib/policy-catalog';

const siteUrl = inject('siteUrl');
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
/** A title as the test compares it: NFKC, Simplified, no white space; e.g. "中國共產黨章程 " → "中国共产党章程". */
const plainKey = (title: string) => toSimplified(title.normalize('NFKC')).replace(/\s/g, '');
const MATERIAL = 'materials/jiguan-2019-zhua-jiceng-dangjian-shuzhi/';
const POLICY = 'policies/zhong-guo-gong-chan-dang-zhi-bu-gong-zuo-tiao-li-shi-xing/';
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

  it('copies an article citation from an imported (fictitious) article-structured text', async () => {
    // The catalog holds no real full texts: import a made-up regulation, render it with the
    // site's plugin and put it on a real policy page, where the page's own island runs it.
    const result = importText(readFileSync('tests/fixtures/policy-import/full-head/input.txt', 'utf8'), { collection: 'policies', fileName: 'input.txt' });
    const catalog = buildCatalog([policyFromSource(result.slug, result.mdx)]);
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkPolicyArticles, { catalog })
        .use(remarkRehype)
        .use(rehypeStringify)
        .process(new VFile({ path: `/site/content/policies/${result.slug}.mdx`, value: result.body })),
    );
    const { page, errors, context } = await withClipboard();
    await page.goto(siteUrl + POLICY);
    await page.evaluate((markup) => {
      const holder = document.createElement('div');
      holder.innerHTML = markup;
      document.querySelector('[data-kb-body]')!.append(holder);
    }, html);
    await page.locator('#art-3 kb-copy-citation button').click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('《某某市青年志愿者协会会员管理办法（试行）》第三条');
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
