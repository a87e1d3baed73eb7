// Entry point the list page imports on the export click: everything that pulls in the docx
// library hangs off this module, so Vite puts it in its own chunk.
import { buildLedgerDocument, buildPlanDocument, docxBlob } from './docx-build';
import { documentTitle, ledgerRows } from './ledger';
import type { ListDoc } from './list-store';
import type { FillValues } from './placeholders';
import { planText } from './plan-parts';

/** The Word file for the list: "plan" = 整改方案, "ledger" = 整改台账 table; named after its title. */
export async function exportWord(kind: 'plan' | 'ledger', doc: ListDoc, values: FillValues): Promise<{ blob: Blob; filename: string }> {
  const title = documentTitle(doc, kind, values);
  const rows = ledgerRows(doc, values);
  const document = kind === 'plan' ? buildPlanDocument(title, rows, planText(doc, values)) : buildLedgerDocument(title, rows);
  return { blob: await docxBlob(document), filename: `${title}.docx` };
}
