// 整改台账 as CSV for Excel: UTF-8 with a byte-order mark (without it Excel on Chinese Windows
// reads the file as GBK and shows mojibake), CRLF line ends and RFC 4180 quoting.
import { LEDGER_COLUMNS, ledgerCells, type LedgerRow } from './ledger';

/** The UTF-8 byte-order mark Excel looks for. */
export const BOM = '\uFEFF';

/**
 * One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ gets an
 * apostrophe so a spreadsheet never runs a cell as a formula (OWASP "CSV injection").
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The ledger as CSV text, BOM first, measures numbered inside their cell, e.g. "1. 加强学习\n2. …". */
export function ledgerCsv(rows: readonly LedgerRow[]): string {
  const lines = [LEDGER_COLUMNS.map(csvField).join(',')];
  for (const row of rows) {
    lines.push(ledgerCells(row).map((cell) => csvField(Array.isArray(cell) ? cell.join('\n') : cell)).join(','));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
