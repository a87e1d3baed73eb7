// Browser state shared by the workbench islands: the fill-in values (applied to every
// placeholder mark on the page) and the rectification list, both in localStorage, with
// events so every island on the page (and other tabs) stays in step.
// Content pages load this module up front, so it stays light (issue 9's 15 KB budget): reading,
// validating and changing the list lives in ./kb-workbench-list, loaded by the list page and,
// on content pages, only on the first click that needs it.
import { loadFill, saveFill, FILL_KEY } from '../lib/workbench/fill-store';
import { fillOne, type FillValues, type PlaceholderKind } from '../lib/workbench/placeholders';

/**
 * localStorage key of the list: LIST_KEY of ../lib/workbench/list-store, repeated here so that
 * content pages need not load that module (tests/unit/workbench checks the two agree).
 */
export const LIST_KEY = 'kb.workbench.list';
const LIST_FORMAT = 'kb-rectification-list';

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

/**
 * A light look at the stored list for content pages: the ids of its items, or none when
 * nothing readable is stored (the list page reports and sets aside unreadable values).
 */
export function peekListIds(): string[] {
  try {
    const value = JSON.parse(storage()?.getItem(LIST_KEY) ?? 'null') as { format?: unknown; version?: unknown; items?: unknown } | null;
    if (value?.format !== LIST_FORMAT || value.version !== 1 || !Array.isArray(value.items)) return [];
    return (value.items as unknown[]).flatMap((item) => {
      const { id, problem } = (item ?? {}) as { id?: unknown; problem?: unknown };
      return typeof problem === 'string' && problem.trim() ? [typeof id === 'string' || typeof id === 'number' ? String(id) : ''] : [];
    });
  } catch {
    return [];
  }
}

// Other tabs: a fill or list change there shows here too.
window.addEventListener('storage', (event) => {
  if (event.key === FILL_KEY) {
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
