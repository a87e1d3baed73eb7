// The reader's fill-in values (单位名称, 支部名称 …) in localStorage, versioned like the list.
import { cleanFillValues, type FillValues } from './placeholders';
import type { KeyValueStorage } from './list-store';

/** localStorage key of the fill-in values. */
export const FILL_KEY = 'kb.workbench.fill';
const FORMAT = 'kb-fill-values';
const VERSION = 1;

/** Reads stored values; anything unreadable or foreign counts as nothing filled (and is removed). */
export function loadFill(storage: KeyValueStorage | undefined): FillValues {
  try {
    const raw = storage?.getItem(FILL_KEY);
    if (!raw) return {};
    const value = JSON.parse(raw) as { format?: unknown; version?: unknown; values?: unknown };
    if (value?.format === FORMAT && value.version === VERSION) return cleanFillValues(value.values);
    storage?.removeItem(FILL_KEY);
  } catch {
    try {
      storage?.removeItem(FILL_KEY);
    } catch {
      // Storage disabled: nothing to clean.
    }
  }
  return {};
}

/** Stores values (or removes the key when all are empty); false when storage refuses. */
export function saveFill(storage: KeyValueStorage | undefined, values: FillValues): boolean {
  try {
    const clean = cleanFillValues(values);
    if (Object.keys(clean).length === 0) storage?.removeItem(FILL_KEY);
    else storage?.setItem(FILL_KEY, JSON.stringify({ format: FORMAT, version: VERSION, values: clean }));
    return !!storage;
  } catch {
    return false;
  }
}
