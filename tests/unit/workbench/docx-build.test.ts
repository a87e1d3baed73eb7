// Builds both Word documents in Node, unzips them and reads the XML Word will read.
import { toChineseNumber } from '../../../src/lib/chinese-number';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLedgerDocument, buildPlanDocument, docxBytes, LINE_PITCH, signatureIndents, splitProblem } from '../../../src/lib/workbench/docx-build';
import { planText } from '../../../src/lib/workbench/plan-parts';
import type { LedgerRow } from '../../../src/lib/workbench/ledger';

const rows: LedgerRow[] = [
  { index: 1, problem: '基层党建不够扎实。一些工作抓一阵、放一阵。', measures: ['严格落实“三会一课”', '每季度调阅记录'], owner: '张三', unit: '', deadline: '2025年6月底前', progress: '整改中' },
  { index: 2, problem: '党费收缴不及时', measures: [], owner: '', unit: '', deadline: '', progress: '已完成' },
];

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string) => zip.file(path)!.async('string');
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), settings: await read('word/settings.xml'), fonts: await read('word/fontTable.xml'), zip };
}

const styleXml = (styles: string, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';

let plan: Awaited<ReturnType<typeof unzip>>;
let ledger: Awaited<ReturnType<typeof unzip>>;
beforeAll(async () => {
  const parts = planText({ plan: { goal: '全部问题年底前整改到位。' } }, { unit: '红星社区' }, new Date(2025, 2, 1));
  plan = await unzip(await docxBytes(buildPlanDocument('红星社区党建工作问题整改方案', rows, parts)));
  ledger = await unzip(await docxBytes(buildLedgerDocument('红星社区党建工作问题整改台账', rows)));
});

describe('Word export in GB/T 9704 layout', () => {
  it('sets up A4 with the standard margins and a 22-line grid, the 台账 landscape', () => {
    expect(plan.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(plan.document).toMatch(/<w:pgMar [^>]*w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/);
    // Landscape: sides swapped, the 225 × 156 mm text area turned (top 26 mm, left 37 mm).
    expect(ledger.document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(ledger.document).toMatch(/<w:pgMar [^>]*w:top="1474"[^>]*w:right="1984"[^>]*w:bottom="1587"[^>]*w:left="2098"/);
    for (const { document } of [plan, ledger]) {
      expect(document).toContain(`w:linePitch="${LINE_PITCH}"`);
      expect(document).toMatch(/<w:docGrid w:type="lines"/);
    }
    // 22 lines of the document's grid fill its text area (225 mm: 297 − 37 top − 35 bottom).
    const twips = (xml: string, name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(xml)?.[1]);
    // Read from the section properties only: tables in the body carry w:w widths of their own.
    const section = (xml: string) => xml.slice(xml.lastIndexOf('<w:sectPr'));
    const textMm = (xml: string, size: string, a: string, b: string) =>
      Math.round(((twips(section(xml), size) - twips(section(xml), a) - twips(section(xml), b)) / 1440) * 25.4);
    const planHeight = twips(plan.document, 'h') - twips(plan.document, 'top') - twips(plan.document, 'bottom');
    expect(textMm(plan.document, 'h', 'top', 'bottom')).toBe(225);
    expect(Math.abs(twips(plan.document, 'linePitch') * 22 - planHeight)).toBeLessThan(22);
    // The landscape 台账 keeps the same text area, turned: 225 mm wide, 156 mm high.
    expect(textMm(ledger.document, 'w', 'left', 'right')).toBe(225);
    expect(textMm(ledger.document, 'h', 'top', 'bottom')).toBe(156);
  });

  it('styles the title 2号 小标宋 centred and the body 3号 仿宋', () => {
    const title = styleXml(plan.styles, 'Title');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    const normal = styleXml(plan.styles, 'Normal');
    expect(normal).toContain('w:eastAsia="仿宋_GB2312"');
    expect(normal).toContain('<w:sz w:val="32"/>');
    expect(normal).toMatch(/<w:ind w:firstLine="640"/);
    // 28 characters a line: size plus letter spacing, as the style sets them, 28 times fit the
    // text width the document sets (156 mm) and 29 do not.
    expect(normal).toContain('<w:spacing w:val="-5"/>');
    const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(normal)?.[1]) / 2; // half-points → pt
    const spacing = Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(normal)?.[1]) / 20; // twentieths → pt
    const margins = /<w:pgSz w:w="(\d+)"[\s\S]*?<w:pgMar [^>]*w:right="(\d+)"[^>]*w:left="(\d+)"/.exec(plan.document)!;
    const textWidth = (Number(margins[1]) - Number(margins[2]) - Number(margins[3])) / 20; // twips → pt
    expect(Math.round((textWidth / 72) * 25.4)).toBe(156);
    expect(28 * (size + spacing)).toBeLessThanOrEqual(textWidth);
    expect(29 * (size + spacing)).toBeGreaterThan(textWidth);
  });

  it('keeps the title, table text and page numbers off the line grid', () => {
    for (const id of ['Title', 'KbTableText', 'KbTableHead', 'KbPageNumber']) expect(styleXml(ledger.styles, id), id).toContain('<w:pPr><w:snapToGrid w:val="0"/>');
    expect(styleXml(ledger.styles, 'Normal')).not.toContain('snapToGrid');
  });

  it('gives each heading level its font: 一、黑体, （一）楷体, 1. 仿宋 bold', () => {
    expect(styleXml(plan.styles, 'Heading1')).toContain('w:eastAsia="黑体"');
    expect(styleXml(plan.styles, 'Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(styleXml(plan.styles, 'Heading3')).toMatch(/w:eastAsia="仿宋_GB2312"[\s\S]*<w:b\/>/);
  });

  it('names fonts with alternate names and the GB2312 charset instead of embedding them', () => {
    expect(plan.fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="FangSong_GB2312"/><w:charset w:val="86"/>');
    expect(plan.fonts).toContain('w:name="方正小标宋简体"');
    expect(Object.keys(plan.zip.files).some((f) => f.startsWith('word/fonts/'))).toBe(false);
  });

  it('numbers pages "— 1 —" in 4号 宋体, right on odd pages and left on even ones', async () => {
    expect(plan.settings).toContain('<w:evenAndOddHeaders/>');
    const footers = await Promise.all(Object.keys(plan.zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => plan.zip.file(f)!.async('string')));
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('PAGE');
      expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*> —<\/w:t>/);
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
    const page = styleXml(plan.styles, 'KbPageNumber');
    expect(page).toContain('<w:sz w:val="28"/>');
    expect(page).toContain('w:eastAsia="宋体"');
  });

  it('writes the 方案 with all its parts: opening, 目标, 组织领导, problems with measures, 要求, unit and date', () => {
    const text = [...plan.document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('红星社区党建工作问题整改方案');
    const order = [
      '为认真解决红星社区党建工作中查摆出的问题',
      '一、整改目标',
      '全部问题年底前整改到位。',
      '二、组织领导',
      '成立红星社区问题整改工作领导小组',
      '三、问题及整改措施',
      '（一）基层党建不够扎实',
      '一些工作抓一阵、放一阵。',
      '整改措施：',
      '1. 严格落实“三会一课”',
      '2. 每季度调阅记录',
      '责任人：张三；完成时限：2025年6月底前。',
      '（二）党费收缴不及时',
      '四、工作要求',
      '（一）提高思想认识。',
      '红星社区',
      '2025年3月1日',
    ];
    let at = -1;
    for (const piece of order) {
      const next = text.indexOf(piece, at + 1);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
    // An item without measures, 责任人 or 时限 gets no bare labels.
    const second = text.slice(text.indexOf('（二）党费收缴不及时'), text.indexOf('四、工作要求'));
    expect(second).not.toMatch(/整改措施|责任人|完成时限/);
    expect(plan.document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(plan.document).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('writes the ledger as one table with a repeating heading row and a 责任单位 column', () => {
    const rowsXml = ledger.document.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rowsXml).toHaveLength(3);
    expect(rowsXml[0]).toContain('<w:tblHeader/>');
    const cells = (row: string) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) => [...c.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('/'));
    expect(cells(rowsXml[0]!)).toEqual(['序号', '问题', '整改措施', '责任人', '责任单位', '完成时限', '整改情况']);
    expect(cells(rowsXml[1]!)).toEqual(['1', rows[0]!.problem, '1. 严格落实“三会一课”/2. 每季度调阅记录', '张三', '', '2025年6月底前', '整改中']);
    // 225 mm landscape text width; every column holds a four-character 12 pt heading on one line
    // (4 × 240 twips + 160 of cell margins), so no heading breaks as 「完成时/限」.
    expect(ledger.document).toContain(`<w:tblW w:type="dxa" w:w="12756"/>`);
    const widths = [...ledger.document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(7);
    expect(Math.min(...widths.slice(1))).toBeGreaterThanOrEqual(4 * 240 + 160);
  });
});

describe('helpers', () => {
  it('writes Chinese numerals for headings', () => {
    expect([1, 10, 12, 20, 35].map((n) => toChineseNumber(n))).toEqual(['一', '十', '十二', '二十', '三十五']);
  });
  it('places the unit and date as GB/T 9704 7.3.5.2 says: date two characters right of the unit', () => {
    // "中共红星社区委员会" is 9 characters, "2025年3月1日" 6: unit 2 in from the right, date 3.
    expect(signatureIndents('中共红星社区委员会', '2025年3月1日')).toEqual({ signature: 2, date: 3 });
    // A unit shorter than the date: date four in, unit centred over it.
    expect(signatureIndents('红星社区', '2025年12月31日')).toEqual({ signature: 5.5, date: 4 });
  });
  it('takes a short first sentence as the heading', () => {
    expect(splitProblem('基层党建不够扎实。一些工作抓一阵。')).toEqual(['基层党建不够扎实', '一些工作抓一阵。']);
    expect(splitProblem('党费收缴不及时。')).toEqual(['党费收缴不及时', '']);
  });
});
