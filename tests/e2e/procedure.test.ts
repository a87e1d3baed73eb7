// The 发展党员 page in real Chromium against the built site: the guide reads without JavaScript
// and links each step to its article and documents; the planner computes earliest dates from an
// application date, flags a date that breaks a rule with its article, keeps several people across
// a reload, survives corrupted storage, exports the 台账 (Word unzipped and read, CSV with BOM) and
// a JSON backup that imports back; a 公示 filled with the branch's name exports as Word.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser';

const siteUrl = inject('siteUrl');
const PAGE = 'fazhan-dangyuan/';
const XIZE = 'policies/zhong-guo-gong-chan-dang-fa-zhan-dang-yuan-gong-zuo-xi-ze/';
const STORAGE_KEY = 'kb.procedure.fazhan-dangyuan';
// Page loads and lazy chunks can take seconds on a busy machine.
const POLL = { timeout: 10_000 };

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, { acceptDownloads: true, viewport: { width: 1280, height: 900 } }));
});
afterAll(async () => {
  await browser?.close();
});

async function downloadOf(trigger: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  return { download, bytes: await readFile((await download.path())!) };
}
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const row = (event: string) => page.locator(`kb-procedure-planner tr[data-event="${event}"]`);

describe('the guide without JavaScript', () => {
  it('shows 25 steps in five stages, each step citing articles of the 细则 and linking its documents', async () => {
    const { context: noJs, page: plain } = await openPage(browser, { javaScriptEnabled: false });
    await plain.goto(siteUrl + PAGE);
    expect(await plain.locator('.kb-stage').count()).toBe(5);
    expect(await plain.locator('.kb-step').count()).toBe(25);
    // Step 2: 第七条, linked into the 细则; a time rule in words; local practice marked as such.
    const talk = plain.locator('#step-2');
    const article = talk.locator('a.kb-cite', { hasText: '第七条' }).first();
    expect(await article.getAttribute('href')).toContain(`/${XIZE}`);
    expect(await talk.textContent()).toContain('「党组织派人谈话」不晚于「递交入党申请书」后1个月');
    expect(await talk.locator('.kb-cite--local').first().textContent()).toContain('地方规定');
    // Step 3 lists the 公示 template; its link opens the document page.
    const gongshi = plain.locator('#step-3 .kb-step__docs a', { hasText: '公示' }).first();
    expect(await gongshi.getAttribute('href')).toBe('/documents/jiji-fenzi-gongshi/');
    // The planner is hidden and says why; the rules table with readings is there.
    expect(await plain.locator('kb-procedure-planner').isHidden()).toBe(true);
    expect(await plain.locator('[data-kb-noscript]').isVisible()).toBe(true);
    expect(await plain.locator('#rules tbody tr').count()).toBeGreaterThan(25);
    await noJs.close();
  });

  it('lays the guide out on A4 for print without the planner or the header', async () => {
    await page.goto(siteUrl + PAGE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#planner').isHidden()).toBe(true);
    expect(await page.locator('.kb-header').isHidden()).toBe(true);
    expect(await page.locator('#step-25').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('the dates planner', () => {
  it('computes later steps from the application date', async () => {
    await page.goto(siteUrl + PAGE);
    await page.locator('input[name="name"]').fill('张三');
    await page.locator('input[name="application"]').fill('2024-03-15');
    // 第七条: talk within a month → latest 2024-04-15; local 3 months → activist from 2024-06-15;
    // 第十三条: a year later → 发展对象 from 2025-06-15.
    await expect.poll(() => row('talk').locator('[data-kb-latest]').textContent(), POLL).toBe('2024-04-15（第七条）');
    expect(await row('activist').locator('[data-kb-earliest]').textContent()).toBe('2024-06-15（地方规定）');
    expect(await row('candidate').locator('[data-kb-earliest]').textContent()).toBe('2025-06-15（第十三条）');
    expect(await row('talk').locator('[data-kb-latest] a').getAttribute('href')).toContain(`/${XIZE}`);
    expect(await page.locator('[data-kb-summary]').textContent()).toContain('下一步：党组织派人谈话');
  });

  it('flags a date that breaks a rule, naming the article, and clears the flag when corrected', async () => {
    await page.locator('input[name="talk"]').fill('2024-04-20');
    await expect.poll(() => row('talk').getAttribute('data-state'), POLL).toBe('error');
    const note = await row('talk').locator('[data-kb-notes]').textContent();
    expect(note).toContain('违反：晚于允许的最晚日期 2024-04-15（《中国共产党发展党员工作细则》第七条）');
    expect(note).toContain('应当在一个月内派人同入党申请人谈话');
    expect(await page.locator('[data-kb-summary]').textContent()).toContain('发现 1 处日期问题');
    await page.locator('input[name="talk"]').fill('2024-04-10');
    await expect.poll(() => row('talk').getAttribute('data-state'), POLL).toBeNull();
  });

  it('keeps several people across a reload', async () => {
    await page.locator('input[name="activist"]').fill('2024-07-01');
    await page.locator('[data-action="add"]').click();
    await page.locator('input[name="name"]').fill('李四');
    await page.locator('input[name="application"]').fill('2023-09-01');
    await page.reload();
    const options = await page.locator('[data-kb-person] option').allTextContents();
    expect(options).toEqual(['1. 张三', '2. 李四']);
    expect(await page.locator('input[name="name"]').inputValue()).toBe('李四');
    await page.locator('[data-kb-person]').selectOption({ label: '1. 张三' });
    expect(await page.locator('input[name="activist"]').inputValue()).toBe('2024-07-01');
  });

  it('exports the 台账 as Word with a landscape table of every person, the breach and its article', async () => {
    await page.locator('input[name="candidate"]').fill('2025-06-01'); // before 2025-07-01: 第十三条
    const { download, bytes } = await downloadOf(() => page.locator('[data-action="export-docx"]').click());
    expect(download.suggestedFilename()).toMatch(/^发展党员工作台账-\d{4}-\d{2}-\d{2}\.docx$/);
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toContain('w:orient="landscape"');
    expect(document).toContain('<w:tblHeader/>');
    const text = texts(document);
    expect(text).toContain('发展党员工作台账');
    expect(text).toContain('张三');
    expect(text).toContain('李四');
    expect(text).toContain('违反 1 处（第十三条）');
    expect(text).toContain('违反：早于允许的最早日期 2025-07-01（《中国共产党发展党员工作细则》第十三条）');
  });

  it('exports the 台账 as CSV for Excel, one row per person and step', async () => {
    const { bytes } = await downloadOf(() => page.locator('[data-action="export-csv"]').click());
    const csv = bytes.toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('序号,姓名,备注,步骤,事项,日期,最早可办,最晚应办,提示与依据');
    expect(lines).toContain('1,张三,,2,党组织派人谈话,2024-04-10,2024-03-15（第七条）,2024-04-15（第七条）,');
  });

  it('backs up to JSON and imports the backup into a fresh browser', async () => {
    const { bytes } = await downloadOf(() => page.locator('[data-action="export-json"]').click());
    const backup = JSON.parse(bytes.toString('utf8'));
    expect(backup).toMatchObject({ format: 'kb-fazhan-dangyuan-plan', version: 1 });
    const { context: fresh, page: other } = await openPage(browser);
    await other.goto(siteUrl + PAGE);
    await other.locator('[data-kb-import]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: bytes });
    await expect.poll(() => other.locator('[data-kb-status]').textContent(), POLL).toBe('已导入 2 人。');
    expect(await other.locator('[data-kb-person] option').allTextContents()).toEqual(['1. （未填姓名）', '2. 张三', '3. 李四']);
    await fresh.close();
  });

  it('survives corrupted storage: sets the value aside, says so and starts empty', async () => {
    const { context: broken, page: other, errors: otherErrors } = await openPage(browser);
    await other.addInitScript((key) => window.localStorage.setItem(key, '{not json'), STORAGE_KEY);
    await other.goto(siteUrl + PAGE);
    await expect.poll(() => other.locator('[data-kb-status]').textContent(), POLL).toContain('无法读取（不是有效的 JSON）');
    const aside = await other.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.aside.`)).map((k) => localStorage.getItem(k)), STORAGE_KEY);
    expect(aside).toEqual(['{not json']);
    await other.locator('input[name="application"]').fill('2024-01-31');
    await expect.poll(() => other.locator('tr[data-event="talk"] [data-kb-latest]').textContent(), POLL).toBe('2024-02-29（第七条）');
    expect(otherErrors).toEqual([]);
    await broken.close();
  });
});

describe('a 文书范本', () => {
  it('fills a 公示 with the branch name and exports it as Word in the official layout', async () => {
    await page.goto(siteUrl + 'documents/jiji-fenzi-gongshi/');
    expect(await page.locator('.kb-meta').textContent()).toContain('第3步');
    await page.locator('kb-fill-panel summary').click();
    await page.locator('kb-fill-panel input[name="branch"]').fill('文学院2023级本科生党支部');
    await expect.poll(() => page.locator('[data-kb-body] p').first().textContent(), POLL).toContain('文学院2023级本科生党支部于');
    const { download, bytes } = await downloadOf(() => page.locator('kb-document-export [data-action="export-docx"]').click());
    expect(download.suggestedFilename()).toBe('关于确定XX等X位同志为入党积极分子的公示.docx');
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')!.async('string');
    const text = texts(document);
    expect(text).toContain('文学院2023级本科生党支部于');
    expect(text).not.toContain('本页术语');
    // The closing unit and date sit at the right (GB/T 9704 7.3.5).
    const closing = [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => m[0]).filter((p) => /<w:jc w:val="(?:right|end)"\/>/.test(p)).map(texts);
    expect(closing).toEqual(['文学院2023级本科生党支部', '＿＿年＿＿月＿＿日']);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('方正小标宋简体');
  });

  it('exports a 会议记录 as a table with its header fields as rows', async () => {
    await page.goto(siteUrl + 'documents/queding-jiji-fenzi-huiyi-jilu/');
    const { bytes } = await downloadOf(() => page.locator('kb-document-export [data-action="export-docx"]').click());
    const document = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(document)?.[0] ?? '';
    const cells = [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => texts(m[0]));
    expect(cells.slice(0, 4)).toEqual(['会议时间', '＿＿＿＿', '会议地点', '＿＿＿＿']);
    expect(cells).toContain('会议主要议题');
    expect(cells).toContain('会议记录');
    // The branch name filled on the 公示 page is remembered and fills this record's signature too.
    expect(texts(document.slice(document.indexOf('</w:tbl>')))).toContain('支部名称：XX学院（单位）文学院2023级本科生党支部');
    expect(errors).toEqual([]);
  });
});
