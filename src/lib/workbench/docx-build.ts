// Word documents in the official layout of GB/T 9704-2012 (党政机关公文格式), built with `docx`.
// Imported only from docx-export.ts, which the list page loads on the export click, so the
// docx library never weighs on page load. Runs in Node too (unit tests build and unzip it).
import { toChineseNumber } from '../chinese-number';
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IFontAttributesProperties,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { LEDGER_COLUMNS, ledgerCells, type LedgerRow } from './ledger';
import type { PlanText } from './plan-parts';

const mm = (value: number) => Math.round((value / 25.4) * 1440); // millimetres → twips

/**
 * The page and type numbers of GB/T 9704-2012 (domain notes): A4, top margin 37 mm, left 28 mm,
 * text area 156 × 225 mm, body 3号 (16 pt) at 22 lines × 28 characters, title 2号 (22 pt).
 */
export const GBT9704 = {
  pageWidth: 11906, // A4 210 mm in twips, as Word writes it
  pageHeight: 16838, // 297 mm
  marginTop: mm(37),
  marginLeft: mm(28),
  marginRight: mm(210 - 28 - 156),
  marginBottom: mm(297 - 37 - 225),
  // Page number: its dash line sits 7 mm below the text area; the footer distance is measured
  // from the paper's edge to the footer line's foot (35 − 7 mm minus one 14 pt line ≈ 22 mm).
  footer: mm(22),
  header: mm(15),
  /** Body size in half-points: 3号 = 16 pt. */
  bodySize: 32,
  /** Title size in half-points: 2号 = 22 pt. */
  titleSize: 44,
  /** Page number size: 4号 = 14 pt. */
  pageNumberSize: 28,
  /** Table text in the ledger: 小四 = 12 pt, so six columns fit the 156 mm text width. */
  tableSize: 24,
  linesPerPage: 22,
  charsPerLine: 28,
} as const;

const TEXT_HEIGHT = GBT9704.pageHeight - GBT9704.marginTop - GBT9704.marginBottom;
/** Text width of a portrait page: 156 mm in twips. */
export const TEXT_WIDTH = GBT9704.pageWidth - GBT9704.marginLeft - GBT9704.marginRight;
/** Line pitch for 22 lines in the 225 mm text area, in twips (≈ 28.9 pt). */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / GBT9704.linesPerPage);
const INDENT_2_CHARS = GBT9704.bodySize * 20; // two 16 pt characters = 640 twips
/** Letter spacing of body text in twentieths of a point (−0.25 pt), so 28 characters fit the 156 mm line. */
const BODY_SPACING = -5;

/**
 * Fonts by role. Each is named by its usual Windows name for the East Asian slot; digits and
 * Latin use Times New Roman as common 公文 templates do. The font table (fontTableXml) adds the
 * English alternate name and GB2312 charset, so Word substitutes a Chinese font of the same
 * family where one is missing instead of a Latin one. Nothing is embedded.
 */
export const FONTS = {
  title: { eastAsia: '方正小标宋简体', alt: 'FZXiaoBiaoSong-B05S', family: 'roman' },
  body: { eastAsia: '仿宋_GB2312', alt: 'FangSong_GB2312', family: 'modern' },
  heading1: { eastAsia: '黑体', alt: 'SimHei', family: 'modern' },
  heading2: { eastAsia: '楷体_GB2312', alt: 'KaiTi_GB2312', family: 'modern' },
  pageNumber: { eastAsia: '宋体', alt: 'SimSun', family: 'auto' },
} as const;
const LATIN = 'Times New Roman';

function font(role: keyof typeof FONTS, latin: string = LATIN): IFontAttributesProperties {
  return { ascii: latin, hAnsi: latin, eastAsia: FONTS[role].eastAsia, cs: latin };
}

/**
 * word/fontTable.xml naming each font with its alternate name, GB2312 charset (0x86) and
 * family, passed to Packer as an override of the bare table docx writes.
 */
export function fontTableXml(): string {
  const entries = Object.values(FONTS)
    .map((f) => `<w:font w:name="${f.eastAsia}"><w:altName w:val="${f.alt}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  const latin = `<w:font w:name="${LATIN}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries}${latin}</w:fonts>`;
}

const bodyLine = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

// Only body text keeps to the 28-character grid; the title (22 pt), table text (12 pt) and page
// numbers opt out with w:snapToGrid="0", else each character would be stretched to grid cells.
// Styles carry the whole layout (GB/T 9704 heading fonts per level: 一、黑体 （一）楷体 1. 仿宋),
// so a Word user can restyle a level in one place. Ids are Word's built-in ones.
const styles = {
  default: {
    document: {
      run: { font: font('body'), size: GBT9704.bodySize, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
      paragraph: { spacing: bodyLine },
    },
  },
  paragraphStyles: [
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      // 28 characters of 16 pt need 448 pt; the line is 442 pt (156 mm): −0.25 pt spacing fits them.
      run: { font: font('body'), size: GBT9704.bodySize, characterSpacing: BODY_SPACING },
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: bodyLine, indent: { firstLine: INDENT_2_CHARS } },
    },
    {
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font('title'), size: GBT9704.titleSize, bold: false, color: '000000', snapToGrid: false },
      // The title sits one blank line above the body (GB/T 9704 7.3.1 places the body one line below).
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: Math.round(LINE_PITCH * 1.2), lineRule: LineRuleType.EXACT, before: 0, after: LINE_PITCH } },
    },
    {
      id: 'Heading1',
      name: 'heading 1',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font('heading1'), size: GBT9704.bodySize, bold: false, color: '000000' },
      paragraph: { outlineLevel: 0, keepNext: true, spacing: bodyLine },
    },
    {
      id: 'Heading2',
      name: 'heading 2',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font('heading2'), size: GBT9704.bodySize, bold: false, color: '000000' },
      paragraph: { outlineLevel: 1, keepNext: true, spacing: bodyLine },
    },
    {
      id: 'Heading3',
      name: 'heading 3',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font('body'), size: GBT9704.bodySize, bold: true, color: '000000' },
      paragraph: { outlineLevel: 2, keepNext: true, spacing: bodyLine },
    },
    {
      id: 'KbTableText',
      name: '表格文字',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: font('body'), size: GBT9704.tableSize, snapToGrid: false },
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
    {
      id: 'KbTableHead',
      name: '表头',
      basedOn: 'KbTableText',
      quickFormat: true,
      run: { font: font('heading1'), size: GBT9704.tableSize, snapToGrid: false },
      paragraph: { alignment: AlignmentType.CENTER },
    },
    {
      id: 'KbPageNumber',
      name: '页码',
      basedOn: 'Normal',
      // Song-style Arabic digits: the Latin slot is SimSun too, not Times New Roman.
      run: { font: font('pageNumber', '宋体'), size: GBT9704.pageNumberSize, snapToGrid: false },
      paragraph: { indent: { firstLine: 0 }, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
    },
  ],
};

/**
 * "— 1 —" page numbers (GB/T 9704 7.5): odd pages at the right, even pages at the left, each one
 * character (14 pt = 280 twips) in from the text area's edge.
 */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const indent = GBT9704.pageNumberSize * 10;
  return new Footer({
    children: [
      new Paragraph({
        style: 'KbPageNumber',
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: indent } : { left: indent },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/**
 * Landscape pages for the 台账 table: the same 156 × 225 mm text area turned a quarter (GB/T 9704
 * 10.2 sets tables across the page when they are wide), so seven columns fit at 12 pt.
 */
export const LANDSCAPE = {
  marginTop: mm(26),
  marginBottom: mm(210 - 26 - 156),
  marginLeft: mm(37),
  marginRight: mm(297 - 37 - 225),
} as const;
/** Footer distance of the landscape pages: closer to the edge, the bottom margin being narrower. */
export const LANDSCAPE_FOOTER = mm(12);

function section(children: (Paragraph | Table)[], landscape = false) {
  const margin = landscape ? LANDSCAPE : GBT9704;
  return {
    properties: {
      page: {
        // docx writes w:orient and swaps the sides itself for landscape: give the portrait size.
        size: { width: GBT9704.pageWidth, height: GBT9704.pageHeight, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: {
          top: margin.marginTop,
          bottom: margin.marginBottom,
          left: margin.marginLeft,
          right: margin.marginRight,
          header: GBT9704.header,
          footer: landscape ? LANDSCAPE_FOOTER : GBT9704.footer,
        },
      },
      // A line grid of 22 lines; the 28 characters a line come from BODY_SPACING rather than a
      // character grid, which LibreOffice and WPS lay out unevenly (checked by rendering).
      grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
    },
    footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
    children,
  };
}

function document(title: string, children: (Paragraph | Table)[], landscape = false): Document {
  return new Document({
    creator: '党建知识库',
    title,
    styles,
    evenAndOddHeaderAndFooters: true,
    sections: [section([new Paragraph({ style: 'Title', children: [new TextRun(title)] }), ...children], landscape)],
  });
}

/**
 * The heading and the rest of a problem: its first sentence when that is short enough for a
 * heading line, e.g. "基层党建不够扎实。一些…" → ["基层党建不够扎实", "一些…"].
 */
export function splitProblem(problem: string): [string, string] {
  const match = /^(.{4,40}?)[。；！？]\s*(.*)$/su.exec(problem);
  if (match?.[1] && match[2]) return [match[1], match[2]];
  return [problem.replace(/[。；]$/u, ''), ''];
}

/** Width of a text in body characters: CJK one, digits and Latin half, e.g. "2025年3月1日" → 6. */
export function textWidth(text: string): number {
  return [...text].reduce((sum, ch) => sum + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);
}

/**
 * The unit and date under the text (GB/T 9704 7.3.5.2, no seal): the unit two characters in from
 * the right, the date on the next line starting two characters right of the unit's first
 * character; a date longer than that sits four characters in and the unit is centred over it.
 */
export function signatureIndents(signature: string, date: string): { signature: number; date: number } {
  const sig = textWidth(signature);
  const day = textWidth(date);
  if (day + 2 <= sig) return { signature: 2, date: sig - day };
  return { signature: 4 + (day - sig) / 2, date: 4 };
}

/**
 * 整改方案 as a real one is written: an opening paragraph; 一、整改目标; 二、组织领导; 三、问题及整改措施
 * with each problem as （一）（二）… (楷体) followed by its measures 1. 2. … and a line naming
 * 责任人, 责任单位 and 完成时限; 四、工作要求; then the unit and the date. Empty fields are left out
 * rather than printed as bare labels.
 */
export function buildPlanDocument(title: string, rows: readonly LedgerRow[], plan: PlanText): Document {
  const children: Paragraph[] = [];
  const body = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const heading1 = (text: string) => new Paragraph({ style: 'Heading1', children: [new TextRun(text)] });
  for (const line of plan.opening) children.push(body(line));
  let section = 0;
  const part = (label: string, lines: string[]) => {
    if (!lines.length) return;
    children.push(heading1(`${toChineseNumber(++section)}、${label}`));
    for (const line of lines) children.push(body(line));
  };
  part('整改目标', plan.goal);
  part('组织领导', plan.organization);
  if (rows.length) children.push(heading1(`${toChineseNumber(++section)}、问题及整改措施`));
  for (const row of rows) {
    const [heading, rest] = splitProblem(row.problem);
    children.push(new Paragraph({ style: 'Heading2', children: [new TextRun(`（${toChineseNumber(row.index)}）${heading}`)] }));
    if (rest) children.push(body(rest));
    if (row.measures.length) {
      children.push(new Paragraph({ children: [new TextRun({ text: '整改措施：', bold: true })] }));
      row.measures.forEach((measure, i) => children.push(body(row.measures.length > 1 ? `${i + 1}. ${measure}` : measure)));
    }
    const duties = [
      ['责任人', row.owner],
      ['责任单位', row.unit],
      ['完成时限', row.deadline],
    ].filter(([, value]) => value);
    if (duties.length) children.push(body(`${duties.map(([label, value]) => `${label}：${value!.replace(/[。；;]$/u, '')}`).join('；')}。`));
  }
  part('工作要求', plan.requirements);
  if (plan.signature || plan.date) {
    const indents = signatureIndents(plan.signature, plan.date);
    const char = GBT9704.bodySize * 10;
    // Two blank lines above the unit, as a 方案 without a seal is signed.
    children.push(new Paragraph({ children: [] }), new Paragraph({ children: [] }));
    if (plan.signature) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: Math.round(indents.signature * char) }, children: [new TextRun(plan.signature)] }));
    if (plan.date) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: Math.round(indents.date * char) }, children: [new TextRun(plan.date)] }));
  }
  return document(title, children);
}

/** Text width of a landscape page: 225 mm in twips. */
export const LANDSCAPE_WIDTH = GBT9704.pageHeight - LANDSCAPE.marginLeft - LANDSCAPE.marginRight;
/**
 * Column widths of the ledger in twips, summing to the 225 mm landscape text width. Every column
 * holds its heading on one line (four 12 pt characters need 960 twips plus the cell margins), so
 * no heading breaks as 「完成时/限」.
 */
export const LEDGER_WIDTHS = [720, 2900, 3800, 1250, 1550, 1300, LANDSCAPE_WIDTH - 720 - 2900 - 3800 - 1250 - 1550 - 1300] as const;

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function cell(lines: string[], width: number, head = false, centred = false): TableCell {
  const texts = lines.length ? lines : [''];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: head ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    children: texts.map(
      (text) =>
        new Paragraph({
          style: head ? 'KbTableHead' : 'KbTableText',
          ...(centred ? { alignment: AlignmentType.CENTER } : {}),
          children: [new TextRun(text)],
        }),
    ),
  });
}

/**
 * 整改台账 on landscape pages: the title, then one table 序号 / 问题 / 整改措施 / 责任人 / 责任单位 /
 * 完成时限 / 整改情况 whose heading row repeats on every page.
 */
export function buildLedgerDocument(title: string, rows: readonly LedgerRow[]): Document {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: LEDGER_COLUMNS.map((label, i) => cell([label], LEDGER_WIDTHS[i]!, true)),
  });
  // Body rows may break across pages: one item's measures can be longer than a page.
  const body = rows.map(
    (row) =>
      new TableRow({
        children: ledgerCells(row).map((value, i) => cell(Array.isArray(value) ? value : [value], LEDGER_WIDTHS[i]!, false, i === 0)),
      }),
  );
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: LANDSCAPE_WIDTH, type: WidthType.DXA },
    columnWidths: [...LEDGER_WIDTHS],
    borders,
    rows: [header, ...body],
  });
  return document(title, [table], true);
}

/** Overrides passed to Packer: the font table with alternate names. */
export const PACK_OVERRIDES = [{ path: 'word/fontTable.xml', data: fontTableXml() }];

/** Styles whose paragraphs leave the document grid: all but the body text and its headings. */
export const OFF_GRID_STYLES = ['Title', 'KbTableText', 'KbTableHead', 'KbPageNumber'] as const;

/**
 * Adds <w:snapToGrid w:val="0"/> to the paragraph properties of {@link OFF_GRID_STYLES}. docx
 * writes the switch only for runs; LibreOffice (and WPS) read it from the paragraph, and without
 * it they stretch 12 pt table text and the 22 pt title over the 16 pt character grid.
 */
export function offGridStyles(stylesXml: string): string {
  return stylesXml.replace(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g, (style, id: string) => {
    if (!(OFF_GRID_STYLES as readonly string[]).includes(id) || style.includes('<w:pPr><w:snapToGrid')) return style;
    // CT_PPrBase order puts snapToGrid before spacing, ind and jc.
    return style.includes('<w:pPr>') ? style.replace('<w:pPr>', '<w:pPr><w:snapToGrid w:val="0"/>') : style.replace('<w:rPr>', '<w:pPr><w:snapToGrid w:val="0"/></w:pPr><w:rPr>');
  });
}

/** The .docx file as bytes (Node and browser), e.g. for tests. */
export async function docxBytes(doc: Document): Promise<Uint8Array> {
  const packed = await Packer.pack(doc, 'uint8array', false, PACK_OVERRIDES);
  const files = unzipSync(packed);
  const styles = files['word/styles.xml'];
  if (styles) files['word/styles.xml'] = strToU8(offGridStyles(strFromU8(styles)));
  // [Content_Types].xml first, as Word and validators expect of a package.
  const ordered = Object.fromEntries(Object.entries(files).sort(([a], [b]) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml')));
  return zipSync(ordered, { level: 6 });
}

/** The .docx file as a Blob for download in the browser. */
export async function docxBlob(doc: Document): Promise<Blob> {
  const bytes = await docxBytes(doc);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

// Building blocks for other documents in the same layout (发展党员 台账 and 文书 in src/lib/procedure/).
export { styles as GBT9704_STYLES, pageNumberFooter, font as gbtFont, cell as gbtCell, borders as GBT9704_TABLE_BORDERS };
