// Browser state shared by the workbench islands: the fill-in values (applied to every
// placeholder mark on the page) and the rectification list, both in localStorage, with
// events so every island on the page (and other tabs) stays in step.
import { loadFill, saveFill, FILL_KEY } from '../lib/workbench/fill-store';
import { addItem, LIST_KEY, loadList, parseList, saveList, type ListDoc, type ListItem, type LoadResult, type ReadResult } from '../lib/workbench/list-store';
import { fillOne, type FillValues, type PlaceholderKind } from '../lib/workbench/placeholders';

/** Event fired on window when the fill-in values change; detail: FillValues. */
export const FILL_EVENT = 'kb-fill-change';
/** Event fired on window when the list changes; detail: ListDoc. */
export const LIST_EVENT = 'kb-list-change';

/** localStorage, or undefined where the browser forbids it (the workbench then works per page). */
export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

let fill: FillValues | undefined;

/** Current fill-in values, e.g. { unit: '红星社区' }. */
export function getFill(): FillValues {
  fill ??= loadFill(storage());
  return fill;
}

/** Saves new values and fills the page with them. */
export function setFill(values: FillValues): boolean {
  fill = values;
  const saved = saveFill(storage(), values);
  applyFill(document, values);
  window.dispatchEvent(new CustomEvent(FILL_EVENT, { detail: values }));
  return saved;
}

/** Writes the values into every placeholder mark under `root`, keeping the original text in data-kb-ph-original. */
export function applyFill(root: ParentNode, values: FillValues = getFill()) {
  for (const mark of root.querySelectorAll<HTMLElement>('mark.kb-ph')) {
    const original = (mark.dataset['kbPhOriginal'] ??= mark.textContent ?? '');
    const text = fillOne({ text: original, kind: (mark.dataset['kbPh'] ?? 'other') as PlaceholderKind }, values);
    if (mark.textContent !== text) mark.textContent = text;
    mark.classList.toggle('kb-ph--filled', text !== original);
  }
}

/** The stored list, with any problem reading it (reported by the list page). */
export function readList(): LoadResult {
  return loadList(storage());
}

/** Saves the list and tells the other islands; false when storage refused. */
export function writeList(doc: ListDoc): boolean {
  const saved = saveList(storage(), doc);
  window.dispatchEvent(new CustomEvent(LIST_EVENT, { detail: doc }));
  return saved;
}

/**
 * Reads the stored list without side effects, for pages other than the list page: an
 * unreadable value stays where it is, so the list page can report it and set it aside.
 */
export function peekList(): ReadResult {
  try {
    return parseList(storage()?.getItem(LIST_KEY) ?? null);
  } catch {
    return parseList(null);
  }
}

/**
 * Appends an item unless it is already there: "added", "exists", or "blocked" when the stored
 * list is unreadable (nothing is overwritten; the list page explains and sets it aside).
 */
export function addToList(item: Omit<ListItem, 'added'>): 'added' | 'exists' | 'blocked' {
  const read = peekList();
  if (!read.ok) return 'blocked';
  const result = addItem(read.doc, { ...item, added: new Date().toISOString() });
  if (result.added && !writeList(result.doc)) return 'blocked';
  return result.added ? 'added' : 'exists';
}

// Other tabs: a fill or list change there shows here too.
window.addEventListener('storage', (event) => {
  if (event.key === FILL_KEY) {
    fill = undefined;
    applyFill(document);
    window.dispatchEvent(new CustomEvent(FILL_EVENT, { detail: getFill() }));
  } else if (event.key === LIST_KEY) {
    window.dispatchEvent(new CustomEvent(LIST_EVENT, { detail: readList().doc }));
  }
});


/** Saves a Blob as a file through a temporary object URL (allowed by the CSP, unlike data: downloads). */
export function download(blob: Blob, filename: string) {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Shows a short message in a live region, cleared after a while. */
export function announce(output: Element | null, message: string, ms = 4000) {
  if (!output) return;
  output.textContent = message;
  const stamp = String(Date.now());
  (output as HTMLElement).dataset['stamp'] = stamp;
  setTimeout(() => {
    if ((output as HTMLElement).dataset['stamp'] === stamp) output.textContent = '';
  }, ms);
}
