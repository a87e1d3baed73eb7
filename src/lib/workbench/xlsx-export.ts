// Entry point the list page imports on the Excel export click: ExcelJS (about 250 KB gzip) comes
// with this chunk only, never with a page.
import { documentTitle, ledgerRows } from './ledger';
import type { ListDoc } from './list-store';
import type { FillValues } from './placeholders';
import { buildLedgerWorkbook, xlsxBytes } from './xlsx-build';

/** The 台账 as an .xlsx file named after its title. */
export async function exportXlsx(doc: ListDoc, values: FillValues): Promise<{ blob: Blob; filename: string }> {
  const title = documentTitle(doc, 'ledger', values);
  const bytes = await xlsxBytes(buildLedgerWorkbook(title, ledgerRows(doc, values)));
  return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), filename: `${title}.xlsx` };
}
