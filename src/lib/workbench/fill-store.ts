// The reader's fill-in values in localStorage: shared values by fill key (单位名称, 党委书记 …) and
// the blanks filled one by one on a page (a date, a count), versioned like the list.
import { cleanFillValues, type FillValues } from './fill-values';
import { checkEnvelope, FILL_STORE } from './storage-keys';

/** A subset of the Web Storage API; tests pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One blank filled by hand: its original text (checked on reading, so a changed page drops it) and the value. */
export interface OwnValue {
  from: string;
  to: string;
}
/** Blanks filled one by one: page path → index of the mark on that page → value. */
export type OwnValues = Record<string, Record<string, OwnValue>>;

/** Everything the fill-in keeps: shared values and blanks filled one by one. */
export interface FillState {
  values: FillValues;
  own: OwnValues;
}

/** localStorage key of the fill-in values (kept for imports that name it). */
export const FILL_KEY = FILL_STORE.key;

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

/** Keeps well-formed own values only: at most 100 pages of 500 blanks, same-site page paths. */
export function cleanOwnValues(value: unknown): OwnValues {
  const out: OwnValues = {};
  if (!value || typeof value !== 'object') return out;
  for (const [path, marks] of Object.entries(value as Record<string, unknown>).slice(0, 100)) {
    if (!path.startsWith('/') || !marks || typeof marks !== 'object') continue;
    const page: Record<string, OwnValue> = {};
    for (const [index, own] of Object.entries(marks as Record<string, unknown>).slice(0, 500)) {
      if (!/^\d{1,4}$/.test(index) || !own || typeof own !== 'object') continue;
      const from = text((own as Record<string, unknown>)['from'], 60);
      const to = text((own as Record<string, unknown>)['to'], 60).trim();
      if (from && to) page[index] = { from, to };
    }
    if (Object.keys(page).length) out[path] = page;
  }
  return out;
}

/** Reads stored values; anything unreadable or foreign counts as nothing filled (and is removed). Version 1 had shared values only. */
export function loadFillState(storage: KeyValueStorage | undefined): FillState {
  const empty = { values: {}, own: {} };
  try {
    const raw = storage?.getItem(FILL_STORE.key);
    if (!raw) return empty;
    const read = checkEnvelope(raw, FILL_STORE);
    if (read.ok) return { values: cleanFillValues(read.value['values']), own: read.version >= 2 ? cleanOwnValues(read.value['own']) : {} };
    storage?.removeItem(FILL_STORE.key);
  } catch {
    try {
      storage?.removeItem(FILL_STORE.key);
    } catch {
      // Storage disabled: nothing to clean.
    }
  }
  return empty;
}

/** Shared values only, e.g. for exports. */
export function loadFill(storage: KeyValueStorage | undefined): FillValues {
  return loadFillState(storage).values;
}

/** Stores the state (or removes the key when nothing is filled); false when storage refuses. */
export function saveFillState(storage: KeyValueStorage | undefined, state: FillState): boolean {
  try {
    const values = cleanFillValues(state.values);
    const own = cleanOwnValues(state.own);
    if (Object.keys(values).length === 0 && Object.keys(own).length === 0) storage?.removeItem(FILL_STORE.key);
    else storage?.setItem(FILL_STORE.key, JSON.stringify({ format: FILL_STORE.format, version: FILL_STORE.version, values, own }));
    return !!storage;
  } catch {
    return false;
  }
}

/** Stores shared values, keeping the blanks filled one by one. */
export function saveFill(storage: KeyValueStorage | undefined, values: FillValues): boolean {
  return saveFillState(storage, { values, own: loadFillState(storage).own });
}
