// <kb-fill-panel>: the fill-in form (单位名称, 支部名称 …). Typing fills every placeholder on
// the page at once; values are remembered in this browser and can be cleared.
import strings from 'kb-strings:workbench.fill.';
import type { WorkbenchKey } from '../lib/i18n';
import { translator } from '../lib/i18n-format';
import { FILL_KINDS, type FillValues } from '../lib/workbench/placeholders';
import { announce, applyFill, FILL_EVENT, getFill, setFill } from './kb-workbench-state';

const t = translator<WorkbenchKey>(strings);

class KbFillPanel extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    this.hidden = false;
    this.show(getFill());
    applyFill(document);
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => {
      const values: FillValues = {};
      for (const kind of FILL_KINDS) {
        const input = form.elements.namedItem(kind);
        if (input instanceof HTMLInputElement && input.value.trim()) values[kind] = input.value;
      }
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

  private show(values: FillValues) {
    for (const kind of FILL_KINDS) {
      const input = this.querySelector<HTMLInputElement>(`input[name="${kind}"]`);
      if (input) input.value = values[kind] ?? '';
    }
    const filled = Object.keys(values).length;
    const details = this.querySelector('details');
    if (details && filled && !details.open && this.dataset['openWhenFilled'] !== undefined) details.open = true;
  }
}

if (!customElements.get('kb-fill-panel')) customElements.define('kb-fill-panel', KbFillPanel);
