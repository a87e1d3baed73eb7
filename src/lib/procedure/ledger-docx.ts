// 发展党员工作台账 as Word: A4 landscape (eleven columns do not fit portrait), the GB/T 9704 styles
// and page numbers of the workbench (../workbench/docx-build.ts), a summary table with one row per
// person whose header repeats on every page, then one detail table per person. Loaded on the
// export click only.
import { AlignmentType, Document, PageOrientation, Paragraph, Table, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { GBT9704, GBT9704_STYLES, GBT9704_TABLE_BORDERS, LANDSCAPE, LANDSCAPE_FOOTER, LANDSCAPE_WIDTH, docxBlob, docxBytes, gbtCell, pageNumberFooter } from '../workbench/docx-build';
import { SUMMARY_EVENTS, type LedgerPerson, type LedgerStrings } from './ledger';


function widths(parts: readonly number[]): number[] {
  const total = parts.reduce((a, b) => a + b, 0);
  const out = parts.map((p) => Math.floor((p / total) * LANDSCAPE_WIDTH));
  out[out.length - 1]! += LANDSCAPE_WIDTH - out.reduce((a, b) => a + b, 0);
  return out;
}

function table(head: string[], rows: string[][][], parts: readonly number[], keepRows: boolean): Table {
  const w = widths(parts);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: LANDSCAPE_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    borders: GBT9704_TABLE_BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((label, i) => gbtCell([label], w[i]!, true)) }),
      // Long rows may break across pages, else LibreOffice pushes a whole table past a page.
      ...rows.map((cells) => new TableRow({ cantSplit: keepRows, children: cells.map((lines, i) => gbtCell(lines, w[i]!, false, i === 0)) })),
    ],
  });
}

/** The Word document of the ledger; `today` as "2025-06-01" for the closing note. */
export function buildLedgerDocx(ledger: readonly LedgerPerson[], labels: Record<string, string>, t: LedgerStrings, today: string): Document {
  const title = t('procedure.ledger.title');
  const summary = table(
    [t('procedure.ledger.no'), t('procedure.ledger.name'), ...SUMMARY_EVENTS.map((id) => labels[id] ?? id), t('procedure.ledger.next'), t('procedure.ledger.notes')],
    ledger.map((p) => [
      [String(p.index)],
      [p.name, ...(p.note ? [p.note] : [])],
      ...SUMMARY_EVENTS.map((id) => [p.dates[id] ?? '']),
      [p.next],
      [p.issues],
    ]),
    // Dates need about 24 mm at 12 pt ("2024-01-31"); the rest shares what is left of 225 mm.
    [8, 22, 24, 24, 24, 24, 24, 37, 38],
    false,
  );
  const details = ledger.flatMap((p) => [
    new Paragraph({ style: 'Heading1', pageBreakBefore: true, children: [new TextRun(`${p.index}. ${p.name}${p.note ? `（${p.note}）` : ''}`)] }),
    table(
      ['step', 'event', 'date', 'earliest', 'latest', 'notes'].map((k) => t(`procedure.ledger.${k}`)),
      p.lines.map((l) => [[l.step], [l.event], [l.date], [l.earliest], [l.latest], l.notes]),
      [10, 36, 26, 36, 36, 81],
      true,
    ),
  ]);
  return new Document({
    creator: '党建知识库',
    title,
    styles: GBT9704_STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: GBT9704.pageWidth, height: GBT9704.pageHeight, orientation: PageOrientation.LANDSCAPE },
            // The workbench's landscape page (the portrait text area turned), the same for every 台账.
            margin: { top: LANDSCAPE.marginTop, bottom: LANDSCAPE.marginBottom, left: LANDSCAPE.marginLeft, right: LANDSCAPE.marginRight, header: GBT9704.header, footer: LANDSCAPE_FOOTER },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [
          new Paragraph({ style: 'Title', children: [new TextRun(title)] }),
          summary,
          new Paragraph({ style: 'KbTableText', alignment: AlignmentType.LEFT, spacing: { before: 200 }, children: [new TextRun(`${t('procedure.ledger.details')}${t('procedure.ledger.generated', { date: today })}`)] }),
          ...details,
        ],
      },
    ],
  });
}

/** The .docx as a Blob and its file name, e.g. "发展党员工作台账-2025-06-01.docx". */
export async function ledgerDocxFile(ledger: readonly LedgerPerson[], labels: Record<string, string>, t: LedgerStrings, today: string): Promise<{ blob: Blob; filename: string }> {
  return { blob: await docxBlob(buildLedgerDocx(ledger, labels, t, today)), filename: `${t('procedure.ledger.title')}-${today}.docx` };
}

export { docxBytes };
