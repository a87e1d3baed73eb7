// <kb-fill-panel>: the fill-in form (单位名称, 支部名称, 党委书记 …). Typing fills every placeholder of
// that kind on the page at once; people get one field per role found in the text (党委书记 and
// 党委副书记 are two people). A click on any placeholder mark edits that one occurrence (a past
// date, a count, a blank of its own), or all of its kind. Values are remembered in this browser.
import strings from 'kb-strings:workbench.fill.';
import type { WorkbenchKey } from '../lib/i18n';
import { translator } from '../lib/i18n-format';
import { FILL_KINDS, type FillValues } from '../lib/workbench/fill-values';
import loadEditor from 'kb-lazy:./kb-ph-editor';
import { announce, applyFill, FILL_EVENT, getFill, pageMarks, setFill } from './kb-workbench-state';

const t = translator<WorkbenchKey>(strings);

/** The label of a fill key: "unit" → 单位名称, "person:党委书记" → 党委书记姓名. */
function keyLabel(key: string): string {
  return key.startsWith('person:') ? t('workbench.fill.personRole', { role: key.slice(7) }) : t(`workbench.fill.${key}` as WorkbenchKey);
}

class KbFillPanel extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    this.hidden = false;
    this.addKeys([...pageMarks().map((mark) => mark.dataset['kbPhKey'] ?? ''), ...Object.keys(getFill())]);
    this.show(getFill());
    applyFill(document);
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => {
      const values: FillValues = {};
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name]')) if (input.value.trim()) values[input.name] = input.value;
      setFill(values);
      announce(this.querySelector('output'), t('workbench.fill.saved'), 1500);
    });
    this.querySelector('[data-action="clear"]')?.addEventListener('click', () => {
      setFill({});
      this.show({});
      announce(this.querySelector('output'), t('workbench.fill.cleared'));
    });
    window.addEventListener(FILL_EVENT, (event) => {
      if (!this.contains(document.activeElement)) this.show((event as CustomEvent<FillValues>).detail);
    });
  }

  /** Adds a field for each person role (or other shared key) not yet in the form, e.g. ["person:党委书记"]. */
  addKeys(keys: Iterable<string>) {
    const box = this.querySelector('[data-kb-fill-roles]');
    const sample = this.querySelector<HTMLLabelElement>('label.kb-fill__field');
    if (!box || !sample) return;
    for (const key of new Set(keys)) {
      if (!key || (FILL_KINDS as readonly string[]).includes(key) || this.querySelector(`input[name="${CSS.escape(key)}"]`)) continue;
      const label = sample.cloneNode(true) as HTMLLabelElement;
      label.querySelector('span')!.textContent = keyLabel(key);
      const input = label.querySelector('input')!;
      input.name = key;
      input.value = getFill()[key] ?? '';
      input.placeholder = t('workbench.fill.personHint');
      box.append(label);
    }
    box.toggleAttribute('hidden', !box.children.length);
  }

  private show(values: FillValues) {
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name]')) input.value = values[input.name] ?? '';
    const details = this.querySelector('details');
    if (details && Object.keys(values).length && !details.open && this.dataset['openWhenFilled'] !== undefined) details.open = true;
  }
}

if (!customElements.get('kb-fill-panel')) customElements.define('kb-fill-panel', KbFillPanel);

// One occurrence at a time: a click (or Enter) on a mark opens a small form right after it
// (kb-ph-editor, loaded on the first use so template pages stay light).
type Editor = typeof import('./kb-ph-editor');
let editorModule: Promise<Editor> | undefined;
function edit(mark: HTMLElement) {
  editorModule ??= (loadEditor() as Promise<Editor>).catch((error: unknown) => {
    editorModule = undefined;
    throw error;
  });
  void editorModule.then((module) => module.editMark(mark)).catch(() => undefined);
}

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('mark.kb-ph') : null;
}

// Marks become keyboard-reachable controls once this runs; without JavaScript they are plain highlights.
for (const mark of pageMarks()) {
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  mark.title = t('workbench.fill.markHint');
}
document.addEventListener('click', (event) => {
  const mark = markOf(event.target);
  if (mark) edit(mark);
});
document.addEventListener('keydown', (event) => {
  const mark = markOf(event.target);
  if (mark && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    edit(mark);
  }
});
