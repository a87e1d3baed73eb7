// The editor of one placeholder occurrence (a click or Enter on a mark, see kb-fill-panel): fill
// this one only, or all of its kind, or restore it. Loaded on the first use.
import strings from 'kb-strings:workbench.fill.';
import type { WorkbenchKey } from '../lib/i18n';
import { translator } from '../lib/i18n-format';
import { getFill, pageMarks, setFill, setOwn } from './kb-workbench-state';

const t = translator<WorkbenchKey>(strings);

/** The label of a fill key: "unit" → 单位名称, "person:党委书记" → 党委书记姓名. */
function keyLabel(key: string): string {
  return key.startsWith('person:') ? t('workbench.fill.personRole', { role: key.slice(7) }) : t(`workbench.fill.${key}` as WorkbenchKey);
}

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
      (document.querySelector('kb-fill-panel') as (HTMLElement & { addKeys?: (keys: string[]) => void }) | null)?.addKeys?.([key]);
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

