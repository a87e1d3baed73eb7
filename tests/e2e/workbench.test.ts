// The template workbench in real Chromium against the built site: copy, fill-in by meaning, 加入清单
// from two templates and the 问题库, the 整改清单 page (reload, edit, reorder, delete, undo), the check
// before export, and the exported files opened and read: .docx unzipped and its XML checked, .xlsx
// read back with ExcelJS, .csv checked for the BOM, the JSON backup re-imported.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser';

const siteUrl = inject('siteUrl');
// Two seed templates: one with 责任人 / 落实时限 fields, one full of × placeholders.
const WITH_OWNER = 'templates/weisheng-jisheng-xitong-dangjian-zhenggai-fangan/';
const WITH_PLACEHOLDERS = 'templates/mingcha-anfang-fankui-wenti-zhenggai-qingkuang-baogao/';
// A stored 整改清单 with one item, in the format the list page reads (kb.workbench.list).
const ONE_ITEM_LIST = JSON.stringify({
  format: 'kb-rectification-list',
  version: 1,
  title: '',
  items: [{ id: 't#item-1', problem: 'XX单位三会一课记录不全', measures: '1. 建立台账', owner: '', deadline: '', status: 'doing', progress: '', added: '', source: { template: 't', item: 'item-1', title: '示例模板', url: '/templates/' } }],
});

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page, errors } = await openPage(browser, { acceptDownloads: true, viewport: { width: 1280, height: 900 } }));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
});
afterAll(async () => {
  await browser?.close();
});

async function downloadOf(trigger: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await download.path();
  return { download, bytes: await readFile(path!) };
}

/** Clicks an export button and, when the check before export lists what is missing, exports anyway. */
async function exportAnyway(action: string): Promise<{ download: Download; bytes: Buffer }> {
  return downloadOf(async () => {
    await page.locator(`[data-action="${action}"]`).click();
    const check = page.locator('[data-kb-check]');
    if (await check.isVisible()) await check.locator('[data-action="check-anyway"]').click();
  });
}

const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const styleXml = (styles: string, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';

describe('template items', () => {
  it('copies one item as clean text: labels and Chinese punctuation kept, no button words', async () => {
    await page.goto(siteUrl + WITH_OWNER);
    const item = page.locator('#item-2');
    await item.locator('[data-action="copy"]').click();
    // Copying is asynchronous (Clipboard API): wait for the announcement rather than read it at once.
    await expect.poll(() => item.locator('output').textContent()).toBe('已复制');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^问题：抓具体工作落实上/);
    expect(text).toContain('\n整改措施：\n1. ');
    expect(text).toContain('责任人：各党委委员。');
    expect(text).toContain('落实时限：月底前。');
    expect(text).not.toMatch(/复制|加入清单|第 2 条|#/);
  });

  it('copies a whole template with its title', async () => {
    await page.locator('kb-template-tools [data-action="copy-all"]').click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n')[0]).toBe(await page.locator('h1').textContent());
    expect(text).toContain('问题：对党员干部管理不严的情况。');
    expect(text).not.toContain('加入清单');
  });

  it('adds items from two templates to the list, once each', async () => {
    await page.locator('#item-2 [data-action="add"]').click();
    await expect.poll(() => page.locator('#item-2 [data-action="add"]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('#item-3 [data-action="add"]').click();
    // The list code loads on the first click (issue 9): wait for the add before leaving.
    await expect.poll(() => page.locator('#item-3 [data-action="add"]').getAttribute('aria-pressed')).toBe('true');
    await page.goto(siteUrl + WITH_PLACEHOLDERS);
    await page.locator('#item-1 [data-action="add"]').click();
    await page.locator('#item-1 [data-action="add"]').click();
    await expect.poll(() => page.locator('#item-1 output').textContent()).toBe('已在清单中');
    await expect.poll(() => page.locator('[data-kb-list-link]').textContent()).toBe('整改清单（3 条）');
  });

  it('marks placeholders and fills them live from the panel, remembered on the next page', async () => {
    const marks = page.locator('[data-kb-body] mark.kb-ph[data-kb-ph="unit"]');
    expect(await marks.count()).toBeGreaterThan(2);
    await expect(marks.first().textContent()).resolves.toBe('×');
    await page.locator('kb-fill-panel summary').click();
    await page.locator('kb-fill-panel input[name="unit"]').fill('红星社区');
    await expect(marks.first().textContent()).resolves.toBe('红星社区');
    await expect(page.locator('[data-kb-body]').textContent()).resolves.toContain('红星社区党委思想上高度重视');
    await page.locator('kb-template-tools [data-action="copy-all"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('红星社区党委');

    await page.goto(siteUrl + WITH_OWNER);
    await expect(page.locator('kb-fill-panel input[name="unit"]').inputValue()).resolves.toBe('红星社区');
  });
});

describe('整改清单', () => {
  it('keeps the items over a reload and lets the user edit, reorder, delete and undo', async () => {
    await page.goto(siteUrl + 'list/');
    const rows = page.locator('[data-kb-items] > li');
    await expect(rows.count()).resolves.toBe(3);
    await page.reload();
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.nth(0).locator('[name="problem"]').inputValue()).resolves.toMatch(/^抓具体工作落实上/);
    await expect(rows.nth(0).locator('[name="owner"]').inputValue()).resolves.toBe('各党委委员。');
    await expect(rows.nth(2).locator('[name="problem"]').inputValue()).resolves.toContain('三会一课');

    // Edit the third row and move it to the top.
    await rows.nth(2).locator('[name="owner"]').fill('支部书记 张三');
    await rows.nth(2).locator('[name="deadline"]').fill('2025年6月底前');
    await rows.nth(2).locator('[name="status"]').selectOption('doing');
    await rows.nth(2).locator('[name="progress"]').fill('已建立记录调阅制度');
    await rows.nth(2).locator('[data-action="up"]').click();
    await page.locator('[data-id] [data-action="up"]:focus').click();
    await expect(rows.nth(0).locator('[name="owner"]').inputValue()).resolves.toBe('支部书记 张三');

    // Delete the last row, then undo.
    const last = await rows.nth(2).locator('[name="problem"]').inputValue();
    await rows.nth(2).locator('[data-action="delete"]').click();
    await expect(rows.count()).resolves.toBe(2);
    await page.locator('[data-kb-status] [data-action="undo"]').click();
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.nth(2).locator('[name="problem"]').inputValue()).resolves.toBe(last);

    await page.waitForTimeout(400); // typing saves after a short pause
    await page.reload();
    await expect(rows.nth(0).locator('[name="status"]').inputValue()).resolves.toBe('doing');
    await expect(page.locator('[data-kb-preview-rows] tr').first().textContent()).resolves.toContain('红星社区');
  });

  it('exports the 整改台账 as a .docx in GB/T 9704 layout', async () => {
    await page.locator('kb-fill-panel input[name="person"]').fill('李四');
    const { download, bytes } = await exportAnyway('export-ledger');
    expect(download.suggestedFilename()).toBe('红星社区党建工作问题整改台账.docx');
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');

    // Page: A4 landscape, the 156 × 225 mm text area turned (top 26 mm, left 37 mm).
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(document).toMatch(/w:top="1474"[^>]*w:right="1984"[^>]*w:bottom="1587"[^>]*w:left="2098"/);
    // Fonts and sizes: title 22 pt 小标宋, body 16 pt 仿宋, table head 黑体.
    expect(styleXml(styles, 'Title')).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/);
    expect(styleXml(styles, 'Normal')).toMatch(/w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
    expect(styleXml(styles, 'KbTableHead')).toContain('w:eastAsia="黑体"');
    // Page numbers: a PAGE field between dashes.
    const footer = await zip.file(/word\/footer\d+\.xml/)[0]!.async('string');
    expect(footer).toContain('PAGE');
    expect(texts(footer)).toBe('—  —');

    const text = texts(document);
    expect(text).toContain('红星社区党建工作问题整改台账');
    expect(text).toContain('序号问题整改措施责任人责任单位完成时限整改情况');
    // The edited row first, with its owner, deadline and status; placeholders filled.
    expect(text).toMatch(/1针对部分基层党组织“三会一课”记录不及时[^]*支部书记 张三2025年6月底前整改中：已建立记录调阅制度2抓具体工作落实上/);
    expect(text).toContain('报红星社区党委调阅一次');
    expect(text).not.toMatch(/×党委/);
    // A bare "xx" in the 责任人 field is a name: the panel's 负责人 fills it; the paragraph after the
    // 责任人 line in the template (no label of its own) is not taken for the 责任人.
    expect(text).toContain('李四。');
    expect(text).not.toContain('李四。单位党委');
  });

  it('exports the 整改方案 with its opening, 目标, 组织领导, numbered problems, 要求, unit and date', async () => {
    const { download, bytes } = await exportAnyway('export-plan');
    expect(download.suggestedFilename()).toBe('红星社区党建工作问题整改方案.docx');
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')!.async('string');
    const text = texts(document);
    expect(text).toMatch(
      /^红星社区党建工作问题整改方案为认真解决红星社区[^]*一、整改目标[^]*二、组织领导[^]*三、问题及整改措施（一）针对部分基层党组织“三会一课”记录不及时[^]*整改措施：[^]*责任人：支部书记 张三；完成时限：2025年6月底前。（二）[^]*四、工作要求[^]*红星社区\d{4}年\d{1,2}月\d{1,2}日$/,
    );
    // Problems are numbered once: no 「（一）（一）」 or 「一、（一）」 from the source's own numbers.
    expect(text).not.toMatch(/（[一二三四五六七八九十]+）[（(][一二三四五六七八九十\d]+[)）]|（[一二三四五六七八九十]+）\d+[.．、]/);
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('exports a CSV with the UTF-8 BOM and the Chinese text', async () => {
    const { download, bytes } = await exportAnyway('export-csv');
    expect(download.suggestedFilename()).toBe('红星社区党建工作问题整改台账.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8').slice(1);
    expect(csv.split('\r\n')[0]).toBe('序号,问题,整改措施,责任人,责任单位,完成时限,整改情况');
    expect(csv).toContain('支部书记 张三,,2025年6月底前,整改中：已建立记录调阅制度');
  });

  it('exports the 台账 as .xlsx: column widths, wrapped text, heading row frozen and repeated in print', async () => {
    const { download, bytes } = await exportAnyway('export-xlsx');
    expect(download.suggestedFilename()).toBe('红星社区党建工作问题整改台账.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([undefined, '序号', '问题', '整改措施', '责任人', '责任单位', '完成时限', '整改情况']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '2:2' });
    expect(sheet.getColumn(3).width).toBeGreaterThan(40);
    expect(sheet.getCell('C3').alignment?.wrapText).toBe(true);
    expect(String(sheet.getCell('D3').value)).toBe('支部书记 张三');
  });

  it('exports a JSON backup with the list and the unit details, and imports both into an empty browser', async () => {
    const { bytes } = await downloadOf(() => page.locator('[data-action="export-json"]').click());
    const backup = JSON.parse(bytes.toString('utf8')) as { format: string; list: { items: unknown[] }; fill: { values: Record<string, string> } };
    expect(backup.format).toBe('kb-workbench-backup');
    expect(backup.fill.values).toMatchObject({ unit: '红星社区', person: '李四' });
    const other = await openPage(browser, { acceptDownloads: true });
    await other.page.goto(siteUrl + 'list/');
    await expect(other.page.locator('[data-kb-empty]').isVisible()).resolves.toBe(true);
    await other.page.locator('[data-kb-import]').setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer: bytes });
    await expect.poll(() => other.page.locator('[data-kb-items] > li').count()).toBe(3);
    await expect(other.page.locator('[data-kb-status]').textContent()).resolves.toContain('已导入 3 条');
    await expect(other.page.locator('kb-fill-panel input[name="unit"]').inputValue()).resolves.toBe('红星社区');
    await other.page.locator('[data-kb-import]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect.poll(() => other.page.locator('[data-kb-status]').textContent()).toContain('无法导入“bad.json”');
    await expect(other.page.locator('[data-kb-items] > li').count()).resolves.toBe(3);
    await other.context.close();
  });

  it('reports a corrupted stored list, sets it aside and still works', async () => {
    const other = await openPage(browser);
    await other.page.goto(siteUrl + 'list/');
    await other.page.evaluate(() => localStorage.setItem('kb.workbench.list', '{"format":"kb-rectification-list","items":[{'));
    // A template page neither crashes nor overwrites the unreadable value.
    await other.page.goto(siteUrl + WITH_OWNER);
    await other.page.locator('#item-1 [data-action="add"]').click();
    await expect.poll(() => other.page.locator('#item-1 output').textContent()).toContain('未能加入');
    await expect(other.page.evaluate(() => localStorage.getItem('kb.workbench.list'))).resolves.toContain('"items":[{');
    await other.page.goto(siteUrl + 'list/');
    await expect(other.page.locator('[data-kb-problem-notice]').isVisible()).resolves.toBe(true);
    await expect(other.page.locator('[data-kb-problem-text]').textContent()).resolves.toContain('已损坏');
    const aside = await other.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kb.workbench.list.aside.')));
    expect(aside).toHaveLength(1);
    await expect(other.page.locator('[data-kb-empty]').isVisible()).resolves.toBe(true);
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  it('loads the Word code only on the export click', async () => {
    // Judged by content, not file names: the docx library writes the WordprocessingML namespace,
    // so a script holding it is Word code however the bundler names or merges it.
    const WORD_CODE = 'schemas.openxmlformats.org/wordprocessingml';
    const SHEET_CODE = 'schemas.openxmlformats.org/spreadsheetml';
    const other = await openPage(browser, { acceptDownloads: true });
    const scripts: { url: string; text: Promise<string> }[] = [];
    other.page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), text: response.text() });
    });
    await other.page.addInitScript((list) => localStorage.setItem('kb.workbench.list', list), ONE_ITEM_LIST);
    await other.page.goto(siteUrl + 'list/');
    await other.page.waitForLoadState('networkidle');
    await expect(other.page.locator('[data-kb-items] > li').count()).resolves.toBe(1);
    const withCode = async (list: typeof scripts, code: string) => (await Promise.all(list.map(async (s) => ((await s.text).includes(code) ? s.url : '')))).filter(Boolean);
    const initial = scripts.length;
    expect(initial, 'the list page runs scripts').toBeGreaterThan(0);
    expect(await withCode(scripts, WORD_CODE)).toEqual([]);
    expect(await withCode(scripts, SHEET_CODE)).toEqual([]);
    const [download] = await Promise.all([
      other.page.waitForEvent('download'),
      (async () => {
        await other.page.locator('[data-action="export-plan"]').click();
        // The check before export lists what the 方案 still lacks; export anyway.
        const check = other.page.locator('[data-kb-check]');
        if (await check.isVisible()) await check.locator('[data-action="check-anyway"]').click();
      })(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect((await withCode(scripts.slice(initial), WORD_CODE)).length, 'the export click fetches the Word code').toBeGreaterThan(0);
    await other.context.close();
  });
});

describe('问题库', () => {
  it('lists problems 20 a page, filters by dimension without JavaScript and links back to the item', async () => {
    const noJs = await openPage(browser, { javaScriptEnabled: false });
    await noJs.page.goto(siteUrl + 'problems/');
    await expect(noJs.page.locator('.kb-problem').count()).resolves.toBe(20);
    await expect(noJs.page.locator('kb-item-tools').first().isVisible()).resolves.toBe(false);
    const facet = noJs.page.locator('.kb-facets a[href*="/dimension/"]').first();
    const label = (await facet.textContent())!.replace(/\d+$/, '');
    await facet.click();
    await expect(noJs.page.locator('h1').textContent()).resolves.toContain(label);
    const link = noJs.page.locator('.kb-problem .kb-item__ref').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    const id = href.split('#')[1]!;
    await expect(noJs.page.locator(`#${id}.kb-item`).isVisible()).resolves.toBe(true);
    await noJs.context.close();
  });

  it('adds a problem without a leading separator: 「严格组织生活会问题」, not 「：严格组织生活会问题」', async () => {
    // Find the 问题库 page that lists cun-shequ-dangzhibu-bu-duanban-wenti-zhenggai item-6.
    const pages = readdirSync('dist/problems', { recursive: true }).map(String).filter((f) => f.endsWith('index.html'));
    const file = pages.find((f) => readFileSync(`dist/problems/${f}`, 'utf8').includes('data-kb-problem="item-6" data-kb-template="cun-shequ-dangzhibu-bu-duanban-wenti-zhenggai"'));
    expect(file, 'a 问题库 page with the item').toBeDefined();
    const other = await openPage(browser);
    await other.page.goto(siteUrl + `problems/${file!.replace(/index\.html$/, '')}`);
    const card = other.page.locator('[data-kb-template="cun-shequ-dangzhibu-bu-duanban-wenti-zhenggai"][data-kb-problem="item-6"]');
    await card.locator('[data-action="add"]').click();
    await expect.poll(() => card.locator('output').textContent()).toBe('已加入清单');
    await other.page.goto(siteUrl + 'list/');
    await expect(other.page.locator('[data-kb-items] [name="problem"]').first().inputValue()).resolves.toBe('严格组织生活会问题。');
    await other.context.close();
  });

  it('adds a problem from the 问题库 to the list', async () => {
    await page.goto(siteUrl + 'problems/page/2/');
    const first = page.locator('.kb-problem').first();
    await first.locator('[data-action="add"]').click();
    await expect.poll(() => first.locator('output').textContent()).toBe('已加入清单');
    await page.goto(siteUrl + 'list/');
    await expect(page.locator('[data-kb-items] > li').count()).resolves.toBe(4);
    await expect(page.locator('[data-kb-items] > li').last().locator('[data-kb-source]').getAttribute('href')).resolves.toMatch(/^\/templates\/.+#item-\d+$/);
  });
});

describe('fill-in by meaning (a secretary filling a template)', () => {
  const PAST = 'templates/cun-dangzhibu-shuji-zhua-dangjian-gongzuo-huibao/';

  it('never writes the deadline into a past date: 「在2020年x月份」 stays a date to fill on its own', async () => {
    const { page: p, context: c } = await openPage(browser);
    await p.goto(siteUrl + PAST);
    await p.locator('kb-fill-panel summary').click();
    await p.locator('kb-fill-panel input[name="deadline"]').fill('2025年6月底前');
    const body = p.locator('[data-kb-body]');
    await expect.poll(() => body.textContent()).toContain('在2020年x月份，修理机井');
    expect(await body.textContent()).not.toContain('2020年2025年6月底前');
    await c.close();
  });

  it('gives 党委书记 and 党委副书记 their own names, and a click fills one occurrence', async () => {
    const { page: p, context: c, errors: e } = await openPage(browser);
    await p.goto(siteUrl + WITH_PLACEHOLDERS);
    const count = p.locator('[data-kb-ph-count]');
    const before = await count.textContent();
    const [, remaining, total] = /待填写 (\d+) 处（共 (\d+) 处）/.exec(before ?? '') ?? [];
    expect(Number(remaining)).toBe(Number(total));
    await p.locator('kb-fill-panel summary').click();
    await p.locator('kb-fill-panel input[name="person:党委书记"]').fill('张建国');
    await p.locator('kb-fill-panel input[name="person:党委副书记"]').fill('李明');
    await expect.poll(() => p.locator('[data-kb-body]').textContent()).toContain('明确党委书记张建国为整改工作第一责任人，具体由党委副书记李明');

    // The document number, whole, for every occurrence of its kind.
    await p.locator('mark.kb-ph[data-kb-ph="docNumber"]').first().click();
    await p.locator('.kb-ph-editor input').fill('海组通〔2025〕3号');
    await p.locator('.kb-ph-editor [data-action="all"]').click();
    await expect.poll(() => p.locator('[data-kb-body]').textContent()).toContain('（海组通〔2025〕3号）');

    // A blank the panel has no field for: 「2月份，×对各基层党组织…」, filled here only.
    const blank = p.locator('mark.kb-ph[data-kb-ph="other"]').filter({ hasText: '×' }).last();
    await blank.click();
    await p.locator('.kb-ph-editor input').fill('党委组织部');
    await p.keyboard.press('Enter');
    await expect.poll(() => p.locator('[data-kb-body]').textContent()).toContain('党委组织部对各基层党组织');
    // The counter counts down.
    const after = /待填写 (\d+) 处/.exec((await count.textContent()) ?? '')?.[1];
    expect(Number(after)).toBeLessThan(Number(remaining) - 3);
    // Remembered on reload, occurrence by occurrence.
    await p.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => p.locator('[data-kb-body]').textContent(), { timeout: 10_000 }).toContain('党委组织部对各基层党组织');
    expect(e).toEqual([]);
    await c.close();
  });
});

describe('the check before export (two templates and the 问题库)', () => {
  it('lists what is missing with links, offers 问题库 measures on the same 方面, and exports only when told', async () => {
    const { page: p, context: c } = await openPage(browser, { acceptDownloads: true });
    // An item without measures, 责任人 or 时限 (a problem list), and one with a placeholder.
    await p.goto(siteUrl + 'templates/dangjian-gongzuo-cunzai-wenti-100-tiao/');
    await p.locator('#item-1 [data-action="add"]').click();
    await expect.poll(() => p.locator('#item-1 [data-action="add"]').getAttribute('aria-pressed')).toBe('true');
    await p.goto(siteUrl + 'list/');
    await p.locator('[data-action="export-plan"]').click();
    const check = p.locator('[data-kb-check]');
    await expect(check.isVisible()).resolves.toBe(true);
    const lines = await check.locator('li').allTextContents();
    expect(lines).toEqual(expect.arrayContaining(['第 1 条：没有整改措施', '第 1 条：没有责任人', '第 1 条：没有完成时限']));
    expect(lines.join('\n')).toContain('落款单位');
    // A link takes the user to the field.
    await check.locator('li a', { hasText: '没有责任人' }).click();
    await expect(p.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe('owner');

    // Suggestions, applied only when the user picks one.
    const row = p.locator('[data-kb-items] > li').first();
    await expect(row.locator('[name="measures"]').inputValue()).resolves.toBe('');
    const suggest = row.locator('[data-kb-suggest] details');
    await suggest.locator('summary').click();
    await expect(suggest.locator('summary').textContent()).resolves.toMatch(/同方面（.+）的整改措施/);
    await suggest.locator('[data-action="use-suggestion"]').first().click();
    await expect(row.locator('[name="measures"]').inputValue()).resolves.toMatch(/^1\. /);

    // Fill first: nothing is downloaded until the user says so.
    let downloads = 0;
    p.on('download', () => downloads++);
    await p.locator('[data-action="export-ledger"]').click();
    await p.locator('[data-kb-check] [data-action="check-fill"]').click();
    await expect(check.isVisible()).resolves.toBe(false);
    expect(downloads).toBe(0);
    await row.locator('[name="owner"]').fill('组织委员 王芳');
    await row.locator('[name="deadline"]').fill('2025年9月底前');
    const [download] = await Promise.all([p.waitForEvent('download'), p.locator('[data-action="export-ledger"]').click()]);
    expect(download.suggestedFilename()).toMatch(/整改台账\.docx$/);
    await c.close();
  });

  it("lets the user edit the 方案's parts on the list page, starting from our default wording", async () => {
    const { page: p, context: c } = await openPage(browser);
    await p.goto(siteUrl + 'list/');
    const goal = p.locator('textarea[name="goal"][data-kb-plan]');
    await expect(goal.inputValue()).resolves.toContain('坚持问题导向');
    await goal.fill('年底前全部整改到位。');
    await p.waitForTimeout(400);
    await p.reload();
    await expect(goal.inputValue()).resolves.toBe('年底前全部整改到位。');
    await c.close();
  });
});

describe('accessibility of the workbench pages', () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const stored = ONE_ITEM_LIST;
  it.each(['light', 'dark', 'contrast'].flatMap((theme) => ['problems/', 'list/', WITH_PLACEHOLDERS].map((path) => [theme, path])))(
    'has no serious or critical axe violation (%s theme, %s)',
    async (theme, path) => {
      const audit = await openPage(browser, { bypassCSP: true });
      await audit.page.addInitScript(([t, list]) => {
        localStorage.setItem('kb.theme', t!);
        localStorage.setItem('kb.workbench.list', list!);
        localStorage.setItem('kb.workbench.fill', JSON.stringify({ format: 'kb-fill-values', version: 1, values: { unit: '红星社区' } }));
      }, [theme, stored]);
      await audit.page.goto(siteUrl + path, { waitUntil: 'networkidle' });
      await audit.page.locator('kb-fill-panel details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await audit.page.addScriptTag({ path: axePath });
      const violations = await audit.page.evaluate(async () => {
        type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };
        const axe = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: Violation[] }> } }).axe;
        return (await axe.run(document)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      });
      await audit.context.close();
      expect(violations).toEqual([]);
    },
  );
});

describe('without JavaScript', () => {
  it('shows template text in full and hides the workbench controls', async () => {
    const noJs = await openPage(browser, { javaScriptEnabled: false });
    await noJs.page.goto(siteUrl + WITH_OWNER);
    await expect(noJs.page.locator('#item-2').textContent()).resolves.toContain('整改措施');
    await expect(noJs.page.locator('kb-template-tools').isVisible()).resolves.toBe(false);
    await expect(noJs.page.locator('kb-fill-panel').isVisible()).resolves.toBe(false);
    await noJs.context.close();
  });

  it('had no script errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
