// <kb-fill-panel>: the fill-in form (单位名称, 支部名称, 党委书记 …). Typing fills every placeholder of
// that kind on the page at once; people get one field per role found in the text (党委书记 and
// 党委副书记 are two people). A click on any placeholder mark edits that one occurrence (a past
// date, a count, a blank of its own), or all of its kind. Values are remembered in this browser.
import strings from 'kb-strings:workbench.fill.';
import type { WorkbenchKey } from '../lib/i18n';
import { translator } from '../lib/i18n-format';
import { FILL_KINDS, type FillValues } from '../lib/workbench/placeholders';
import { announce, applyFill, FILL_EVENT, getFill, pageMarks, setFill, setOwn } from './kb-workbench-state';

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

// One occurrence at a time: a click (or Enter) on a mark opens a small form right after it.
let editor: HTMLElement | undefined;

function closeEditor(focus?: HTMLElement) {
  editor?.remove();
  editor = undefined;
  focus?.focus();
}

/** Opens the editor for one placeholder mark, e.g. the "x月" of "在2020年x月份". */
export function editMark(mark: HTMLElement) {
  closeEditor();
  const index = pageMarks().indexOf(mark);
  if (index < 0) return;
  const original = mark.dataset['kbPhOriginal'] ?? mark.textContent ?? '';
  const key = mark.dataset['kbPhKey'];
  const form = document.createElement('form');
  form.className = 'kb-ph-editor';
  form.dataset['kbUi'] = '';
  form.setAttribute('role', 'group');
  form.setAttribute('aria-label', t('workbench.fill.edit.label', { text: original }));
  const label = document.createElement('label');
  const caption = document.createElement('span');
  caption.textContent = t('workbench.fill.edit.label', { text: original });
  const input = document.createElement('input');
  input.type = 'text';
  input.maxLength = 60;
  input.value = mark.dataset['kbPhOwn'] ?? (mark.classList.contains('kb-ph--filled') ? (mark.textContent ?? '') : '');
  label.append(caption, input);
  const button = (action: string, text: string, quiet = true) => {
    const b = document.createElement('button');
    b.type = action === 'one' ? 'submit' : 'button';
    b.className = quiet ? 'kb-button kb-button--quiet' : 'kb-button';
    b.dataset['action'] = action;
    b.textContent = text;
    return b;
  };
  form.append(label, button('one', t('workbench.fill.edit.one'), false));
  if (key) form.append(button('all', t('workbench.fill.edit.all', { label: keyLabel(key) })));
  form.append(button('clear', t('workbench.fill.edit.clear')), button('cancel', t('workbench.fill.edit.cancel')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setOwn(index, input.value);
    closeEditor(mark);
  });
  form.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLButtonElement>('button')?.dataset['action'];
    if (action === 'all' && key) {
      setOwn(index, '');
      setFill({ ...getFill(), [key]: input.value });
      document.querySelector<KbFillPanel>('kb-fill-panel')?.addKeys([key]);
      closeEditor(mark);
    } else if (action === 'clear') {
      setOwn(index, '');
      closeEditor(mark);
    } else if (action === 'cancel') closeEditor(mark);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeEditor(mark);
  });
  mark.after(form);
  editor = form;
  input.focus();
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
  if (mark) editMark(mark);
});
document.addEventListener('keydown', (event) => {
  const mark = markOf(event.target);
  if (mark && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    editMark(mark);
  }
});
