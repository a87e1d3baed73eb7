// 整改台账 as an Excel workbook, built with ExcelJS. Imported only from xlsx-export.ts, which the
// list page loads on the export click. Runs in Node too (unit tests build and read it back).
import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS, ledgerCells, type LedgerRow } from './ledger';

/** Column widths in Excel character units, by column: wide for 问题 and 整改措施, the rest for four-character headings. */
export const XLSX_WIDTHS = [6, 36, 52, 12, 16, 14, 14] as const;

/**
 * Height of a row in points for its wrapped text: Excel and LibreOffice do not grow a row to
 * wrapped text they did not lay out themselves, so the height is estimated here (a 12 pt CJK
 * character takes about 2.2 width units, a Latin one 1.1; a line 16 pt).
 */
export function rowHeight(cells: readonly string[], widths: readonly number[] = XLSX_WIDTHS): number {
  let lines = 1;
  cells.forEach((text, i) => {
    const width = (widths[i] ?? 10) - 1;
    const count = text
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].reduce((u, ch) => u + (/[\x20-\x7e]/.test(ch) ? 1.1 : 2.2), 0) / width)), 0);
    lines = Math.max(lines, count);
  });
  return Math.min(409, lines * 16 + 4);
}

/**
 * The 台账 as a workbook: the title in the first row across the columns, the heading row frozen
 * and repeated on every printed page, wrapped text, borders, A4 landscape fitted to the page width.
 */
export function buildLedgerWorkbook(title: string, rows: readonly LedgerRow[]): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = '党建知识库';
  const sheet = book.addWorksheet('整改台账', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2', horizontalCentered: true, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '&C— &P —' },
  });
  sheet.columns = XLSX_WIDTHS.map((width) => ({ width }));
  const border = { style: 'thin', color: { argb: 'FF000000' } } as const;
  const borders = { top: border, left: border, bottom: border, right: border };

  sheet.mergeCells(1, 1, 1, LEDGER_COLUMNS.length);
  const heading = sheet.getCell(1, 1);
  heading.value = title;
  heading.font = { name: '方正小标宋简体', size: 18 };
  heading.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 36;

  const head = sheet.getRow(2);
  head.values = [...LEDGER_COLUMNS];
  head.height = 24;
  head.eachCell((c) => {
    c.font = { name: '黑体', size: 12, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: false };
    c.border = borders;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });

  for (const row of rows) {
    const texts = ledgerCells(row).map((value) => (Array.isArray(value) ? value.join('\n') : value));
    const line = sheet.addRow(texts.map((value, i) => (i === 0 ? row.index : value)));
    line.height = rowHeight(texts);
    line.eachCell({ includeEmpty: true }, (c, col) => {
      c.font = { name: '仿宋_GB2312', size: 12 };
      c.alignment = { vertical: 'top', horizontal: col === 1 ? 'center' : 'left', wrapText: true };
      c.border = borders;
    });
  }
  return book;
}

/** The .xlsx file as bytes (Node and browser), e.g. for tests. */
export async function xlsxBytes(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}
