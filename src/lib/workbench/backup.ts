// The JSON backup a user downloads to carry their work to another computer: the 整改清单 and the
// unit details of the fill-in panel in one versioned file. Files from before (a list alone) still import.
import { cleanOwnValues, type FillState } from './fill-store';
import { emptyList, parseList, type ListDoc, type ReadProblem } from './list-store';
import { cleanFillValues } from './fill-values';
import { BACKUP_FILE, checkEnvelope } from './storage-keys';

/** The JSON text of a backup: list and fill-in values. */
export function serializeBackup(doc: ListDoc, fill: FillState): string {
  return JSON.stringify({ format: BACKUP_FILE.format, version: BACKUP_FILE.version, list: JSON.parse(JSON.stringify(doc)) as unknown, fill: { values: fill.values, own: fill.own } }, null, 2);
}

/** What an imported file held: the list, and the fill-in values when the file carried them. */
export type BackupRead = { ok: true; doc: ListDoc; fill?: FillState } | { ok: false; problem: ReadProblem; doc: ListDoc };

/** Reads a backup, or a list exported alone; never throws. */
export function parseBackup(raw: string): BackupRead {
  const backup = checkEnvelope(raw, BACKUP_FILE);
  if (!backup.ok) {
    // Not a backup: maybe a list file of the earlier format.
    if (backup.problem !== 'foreign') return { ok: false, problem: backup.problem, doc: emptyList() };
    const list = parseList(raw);
    return list.ok ? { ok: true, doc: list.doc } : list;
  }
  const list = parseList((backup.value['list'] ?? null) as Record<string, unknown> | null);
  if (!list.ok) return list;
  const fill = backup.value['fill'] as Record<string, unknown> | undefined;
  return fill ? { ok: true, doc: list.doc, fill: { values: cleanFillValues(fill['values']), own: cleanOwnValues(fill['own']) } } : { ok: true, doc: list.doc };
}
