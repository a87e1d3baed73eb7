// A filled 文书范本 as a Word file in the GB/T 9704 layout of ../workbench/docx-build.ts: title in
// 小标宋, addressee flush left, body 仿宋 with two-character indent, 一、 headings in 黑体, closing
// unit and date at the right (four characters in, GB/T 9704 7.3.5); table forms as real tables.
// Loaded on the export click only.
import { AlignmentType, Document, DocumentGridType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, HeightRule, VerticalAlignTable } from 'docx';
import { GBT9704, GBT9704_STYLES, GBT9704_TABLE_BORDERS, LINE_PITCH, TEXT_WIDTH, docxBlob, pageNumberFooter } from '../workbench/docx-build';
import type { Block, TableRow as LayoutRow } from './document-layout';

const mm = (value: number) => Math.round((value / 25.4) * 1440);
const FOUR_CHARS = GBT9704.bodySize * 10 * 4; // four 16 pt characters in twips

function paragraph(block: Exclude<Block, { kind: 'table' }>): Paragraph {
  switch (block.kind) {
    case 'addressee':
      return new Paragraph({ indent: { firstLine: 0 }, children: [new TextRun(block.text)] });
    case 'heading':
      return new Paragraph({ style: 'Heading1', children: [new TextRun(block.text)] });
    case 'closing':
      return new Paragraph({ alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: FOUR_CHARS }, children: [new TextRun(block.text)] });
    default:
      return new Paragraph({ children: [new TextRun(block.text)] });
  }
}

function cell(lines: string[], width: number, options: { head?: boolean; span?: number; tall?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.span ? { columnSpan: options.span } : {}),
    verticalAlign: options.head ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    margins: { top: 80, bottom: 80, left: 100, right: 100 },
    children: (lines.length ? lines : ['']).map(
      (text) => new Paragraph({ style: options.head ? 'KbTableHead' : 'KbTableText', children: [new TextRun(text)] }),
    ),
  });
}

/** Label, value, label, value: 16 % + 34 % twice, summing to the 156 mm text width. */
const COLUMNS = (() => {
  const label = Math.round(TEXT_WIDTH * 0.16);
  const value = Math.round(TEXT_WIDTH * 0.34);
  return [label, value, label, TEXT_WIDTH - 2 * label - value];
})();

function tableRow(row: LayoutRow): TableRow {
  if ('pairs' in row) {
    const cells: TableCell[] = [];
    row.pairs.slice(0, 2).forEach(([label, value], i) => {
      const last = i === Math.min(row.pairs.length, 2) - 1;
      cells.push(cell([label], COLUMNS[0]!, { head: true }));
      cells.push(cell([value], last && i === 0 ? COLUMNS[1]! + COLUMNS[2]! + COLUMNS[3]! : COLUMNS[1]!, last && i === 0 ? { span: 3 } : {}));
    });
    return new TableRow({ cantSplit: true, children: cells });
  }
  return new TableRow({
    cantSplit: !row.tall,
    ...(row.tall ? { height: { value: mm(60), rule: HeightRule.ATLEAST } } : {}),
    children: [cell([row.label], COLUMNS[0]!, { head: true }), cell(row.lines, TEXT_WIDTH - COLUMNS[0]!, { span: 3 })],
  });
}

/** The Word document of a laid-out 文书. */
export function buildDocumentDocx(title: string, blocks: readonly Block[]): Document {
  const children: (Paragraph | Table)[] = [new Paragraph({ style: 'Title', children: [new TextRun(title)] })];
  for (const block of blocks) {
    if (block.kind === 'table') {
      children.push(
        new Table({
          layout: TableLayoutType.FIXED,
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: COLUMNS,
          borders: GBT9704_TABLE_BORDERS,
          rows: block.rows.map(tableRow),
        }),
      );
    } else children.push(paragraph(block));
  }
  return new Document({
    creator: '党建知识库',
    title,
    styles: GBT9704_STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: GBT9704.pageWidth, height: GBT9704.pageHeight },
            margin: { top: GBT9704.marginTop, bottom: GBT9704.marginBottom, left: GBT9704.marginLeft, right: GBT9704.marginRight, header: GBT9704.header, footer: GBT9704.footer },
          },
          // 22 lines a page, as the workbench's documents (GB/T 9704 7.1).
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
}

/** The .docx Blob and file name ("<title>.docx") of a laid-out 文书. */
export async function documentDocxFile(title: string, blocks: readonly Block[]): Promise<{ blob: Blob; filename: string }> {
  return { blob: await docxBlob(buildDocumentDocx(title, blocks)), filename: `${title.replace(/[\\/:*?"<>|]/g, '')}.docx` };
}
