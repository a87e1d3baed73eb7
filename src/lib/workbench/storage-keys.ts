// Everything the workbench keeps in the browser, in one place: the localStorage keys, the format
// marker and version of each stored value, and the one check that tells our value (of a version we
// can read) from a corrupted write, another site's data or a newer version. Tiny on purpose:
// content pages import it up front (issue 9's 15 KB budget) to peek at the list.

/** A stored or exported value: its marker and the newest version this code writes and reads. */
export interface StoredFormat {
  /** Marker that tells our value from anything else, e.g. "kb-rectification-list". */
  format: string;
  /** Current version; older ones are migrated by their store, newer ones are refused. */
  version: number;
}

/** The 整改清单 in localStorage (list-store.ts); unreadable values are moved to `asidePrefix` + time. */
export const LIST_STORE = { key: 'kb.workbench.list', format: 'kb-rectification-list', version: 2, asidePrefix: 'kb.workbench.list.aside.' } as const;
/** The fill-in values in localStorage (fill-store.ts). */
export const FILL_STORE = { key: 'kb.workbench.fill', format: 'kb-fill-values', version: 2 } as const;
/** The JSON backup file: the list together with the unit details (backup.ts). */
export const BACKUP_FILE = { format: 'kb-workbench-backup', version: 1 } as const;

/** Why a value could not be read: not JSON, JSON of another shape, or a version this code does not know. */
export type ReadProblem = 'corrupt' | 'foreign' | 'newer';

/** Outcome of {@link checkEnvelope}: the parsed object and its version, or what is wrong with it. */
export type EnvelopeCheck = { ok: true; value: Record<string, unknown>; version: number } | { ok: false; problem: ReadProblem };

/**
 * Whether `raw` (JSON text or an already parsed value) is a value of `spec`'s format at a version
 * from 1 to spec.version, e.g. checkEnvelope('{"format":"kb-fill-values","version":1}', FILL_STORE)
 * → { ok: true, version: 1, … }. Never throws.
 */
export function checkEnvelope(raw: unknown, spec: StoredFormat): EnvelopeCheck {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, problem: 'corrupt' };
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value) || (value as Record<string, unknown>)['format'] !== spec.format) return { ok: false, problem: 'foreign' };
  const version = (value as Record<string, unknown>)['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: 'foreign' };
  if (version > spec.version) return { ok: false, problem: 'newer' };
  return { ok: true, value: value as Record<string, unknown>, version };
}
