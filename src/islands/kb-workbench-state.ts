// Browser state shared by the workbench islands: the fill-in values (applied to every
// placeholder mark on the page) and the rectification list, both in localStorage, with
// events so every island on the page (and other tabs) stays in step.
// Content pages load this module up front, so it stays light (issue 9's 15 KB budget): reading,
// validating and changing the list lives in ./kb-workbench-list, loaded by the list page and,
// on content pages, only on the first click that needs it.
import { loadFillState, saveFillState, type FillState } from '../lib/workbench/fill-store';
import { fillOne, type FillValues } from '../lib/workbench/fill-values';
import { checkEnvelope, FILL_STORE, LIST_STORE } from '../lib/workbench/storage-keys';

/** localStorage key of the list (storage-keys.ts). */
export const LIST_KEY = LIST_STORE.key;

/** Event fired on window when the fill-in values change; detail: FillValues. */
export const FILL_EVENT = 'kb-fill-change';
/** Event fired on window when the list changes (here or in another tab). */
export const LIST_EVENT = 'kb-list-change';

/** localStorage, or undefined where the browser forbids it (the workbench then works per page). */
export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

let fill: FillState | undefined;

function state(): FillState {
  fill ??= loadFillState(storage());
  return fill;
}

/** Current shared fill-in values, e.g. { unit: '红星社区', 'person:党委书记': '张建国' }. */
export function getFill(): FillValues {
  return state().values;
}

/** Saves new shared values and fills the page with them. */
export function setFill(values: FillValues): boolean {
  fill = { ...state(), values };
  const saved = saveFillState(storage(), fill);
  applyFill(document);
  window.dispatchEvent(new CustomEvent(FILL_EVENT, { detail: values }));
  return saved;
}

/** Every placeholder mark of the page, in document order: their index is how a blank filled by hand is remembered. */
export function pageMarks(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('mark.kb-ph')];
}

/** Fills (or with an empty value clears) one blank by hand: the mark at `index` on this page. */
export function setOwn(index: number, value: string): boolean {
  const mark = pageMarks()[index];
  if (!mark) return false;
  const from = (mark.dataset['kbPhOriginal'] ??= mark.textContent ?? '');
  const path = location.pathname;
  const page = { ...(state().own[path] ?? {}) };
  if (value.trim()) page[String(index)] = { from, to: value.trim() };
  else delete page[String(index)];
  const own = { ...state().own, [path]: page };
  if (!Object.keys(page).length) delete own[path];
  fill = { ...state(), own };
  const saved = saveFillState(storage(), fill);
  applyFill(document);
  window.dispatchEvent(new CustomEvent(FILL_EVENT, { detail: state().values }));
  return saved;
}

/**
 * Writes the values into every placeholder mark under `root`, keeping the original text in
 * data-kb-ph-original; a blank filled by hand shows its own value (data-kb-ph-own). Marks with a
 * value get kb-ph--filled, so the counter can tell what remains.
 */
export function applyFill(root: ParentNode, values: FillValues = getFill()) {
  const own = state().own[location.pathname] ?? {};
  const marks = pageMarks();
  for (const mark of root.querySelectorAll<HTMLElement>('mark.kb-ph')) {
    const original = (mark.dataset['kbPhOriginal'] ??= mark.textContent ?? '');
    const mine = own[String(marks.indexOf(mark))];
    const byHand = mine && mine.from === original ? mine.to : undefined;
    if (byHand) mark.dataset['kbPhOwn'] = byHand;
    else delete mark.dataset['kbPhOwn'];
    const key = mark.dataset['kbPhKey'];
    const text = byHand ?? fillOne({ text: original, ...(key ? { key } : {}) }, values);
    if (mark.textContent !== text) mark.textContent = text;
    mark.classList.toggle('kb-ph--filled', text !== original);
  }
}

/**
 * A light look at the stored list for content pages: the ids of its items, or none when
 * nothing readable is stored (the list page reports and sets aside unreadable values).
 */
export function peekListIds(): string[] {
  try {
    const read = checkEnvelope(storage()?.getItem(LIST_STORE.key) ?? 'null', LIST_STORE);
    const items = read.ok ? read.value['items'] : undefined;
    if (!Array.isArray(items)) return [];
    return (items as unknown[]).flatMap((item) => {
      const { id, problem } = (item ?? {}) as { id?: unknown; problem?: unknown };
      return typeof problem === 'string' && problem.trim() ? [typeof id === 'string' || typeof id === 'number' ? String(id) : ''] : [];
    });
  } catch {
    return [];
  }
}

// Other tabs: a fill or list change there shows here too.
window.addEventListener('storage', (event) => {
  if (event.key === FILL_STORE.key) {
    fill = undefined;
    applyFill(document);
    window.dispatchEvent(new CustomEvent(FILL_EVENT, { detail: getFill() }));
  } else if (event.key === LIST_KEY) {
    window.dispatchEvent(new CustomEvent(LIST_EVENT));
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
