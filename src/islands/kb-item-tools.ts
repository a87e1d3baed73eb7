// <kb-item-tools> on each template item (and 问题库 entry): copy its clean, filled text and add
// it to the 整改清单. <kb-template-tools> above a template: copy all, print, link to the list.
import strings from 'kb-strings:workbench.item.,workbench.toolbar.';
import type { WorkbenchKey } from '../lib/i18n';
import { translator } from '../lib/i18n-format';
import type { ItemSource } from '../lib/workbench/list-store';
import loadActions from 'kb-lazy:./kb-item-actions';
import { copyText } from './clipboard';
import { announce, applyFill, FILL_EVENT, LIST_EVENT, peekListIds } from './kb-workbench-state';

const t = translator<WorkbenchKey>(strings);

// The text and list code is loaded on the first use (or when the pointer or focus comes near
// a button), not with the page (issue 9's 15 KB budget).
type Actions = typeof import('./kb-item-actions');
let actions: Promise<Actions> | undefined;
function loadActionsOnce(): Promise<Actions> {
  actions ??= (loadActions() as Promise<Actions>).catch((error: unknown) => {
    actions = undefined;
    throw error;
  });
  return actions;
}
function prefetchOn(element: HTMLElement) {
  const prefetch = () => void loadActionsOnce().catch(() => undefined);
  element.addEventListener('pointerover', prefetch, { once: true });
  element.addEventListener('focusin', prefetch, { once: true });
}

/** Where the item on this page comes from: a problem card says so itself, a template page by its URL. */
function sourceOf(item: HTMLElement): ItemSource {
  const card = item.closest<HTMLElement>('[data-kb-template]');
  const id = item.dataset['kbItem'] ?? item.dataset['kbProblem'] ?? item.id;
  if (card?.dataset['kbTemplate']) {
    return { template: card.dataset['kbTemplate'], item: id, title: card.dataset['kbTemplateTitle'] ?? '', url: card.dataset['kbUrl'] ?? '' };
  }
  const path = location.pathname;
  const template = path.replace(/\/$/, '').split('/').pop() ?? '';
  const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;
  return { template, item: id, title, url: `${path}#${id}` };
}

// Ids in the list, read once per change rather than once per item (a template may have 100).
let cachedIds: Set<string> | undefined;
window.addEventListener(LIST_EVENT, () => (cachedIds = undefined));
window.addEventListener('storage', () => (cachedIds = undefined));
function listIds(): Set<string> {
  return (cachedIds ??= new Set(peekListIds()));
}

class KbItemTools extends HTMLElement {
  connectedCallback() {
    const item = this.closest<HTMLElement>('[data-kb-item], [data-kb-problem]');
    if (!item) return;
    this.hidden = false;
    const output = this.querySelector('output');
    const add = this.querySelector<HTMLButtonElement>('[data-action="add"]');
    const source = sourceOf(item);
    const refresh = (ids = listIds()) => {
      if (!add) return;
      const inList = ids.has(`${source.template}#${source.item}`);
      const text = add.querySelector('[data-kb-label]') ?? add;
      text.textContent = inList ? t('workbench.item.inList') : t('workbench.item.add');
      add.setAttribute('aria-pressed', String(inList));
    };
    refresh();
    window.addEventListener(LIST_EVENT, () => refresh());
    prefetchOn(this);
    this.addEventListener('click', async (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (!button) return;
      let loaded: Actions;
      try {
        loaded = await loadActionsOnce();
      } catch {
        announce(output, t(button.dataset['action'] === 'copy' ? 'workbench.item.copyFailed' : 'workbench.item.blocked'), 10_000);
        return;
      }
      const { addToList, elementText, itemFromElement } = loaded;
      if (button.dataset['action'] === 'copy') {
        applyFill(item);
        const body = item.querySelector('[data-kb-item-body]') ?? item;
        const ok = await copyText(elementText(body));
        announce(output, ok ? t('workbench.item.copied') : t('workbench.item.copyFailed'));
      } else if (button.dataset['action'] === 'add') {
        const result = addToList(itemFromElement(item, source));
        announce(output, t(result === 'added' ? 'workbench.item.added' : result === 'exists' ? 'workbench.item.inList' : 'workbench.item.blocked'), result === 'blocked' ? 10_000 : 4000);
        refresh();
      }
    });
  }
}

class KbTemplateTools extends HTMLElement {
  connectedCallback() {
    this.hidden = false;
    const output = this.querySelector('output');
    const body = document.querySelector('[data-kb-body]');
    // How many blanks remain: a mark counts as filled once it shows a value (kb-ph--filled).
    const count = this.querySelector('[data-kb-ph-count]');
    const next = this.querySelector<HTMLButtonElement>('[data-action="next-blank"]');
    const blanks = () => [...(body?.querySelectorAll<HTMLElement>('mark.kb-ph:not(.kb-ph--filled)') ?? [])];
    const showBlanks = () => {
      const total = body?.querySelectorAll('mark.kb-ph').length ?? 0;
      const remaining = blanks().length;
      if (count && total) count.textContent = remaining ? t('workbench.toolbar.placeholders', { remaining, count: total }) : t('workbench.toolbar.placeholdersDone', { count: total });
      if (next) next.hidden = !remaining;
    };
    showBlanks();
    window.addEventListener(FILL_EVENT, showBlanks);
    const link = this.querySelector('[data-kb-list-link]');
    const showCount = () => {
      const n = peekListIds().length;
      if (link) link.textContent = n ? t('workbench.toolbar.listCount', { count: n }) : t('workbench.toolbar.list');
    };
    showCount();
    window.addEventListener(LIST_EVENT, showCount);
    prefetchOn(this);
    this.addEventListener('click', async (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (!button || !body) return;
      if (button.dataset['action'] === 'copy-all') {
        let elementText: Actions['elementText'];
        try {
          ({ elementText } = await loadActionsOnce());
        } catch {
          announce(output, t('workbench.item.copyFailed'));
          return;
        }
        const title = document.querySelector('h1')?.textContent?.trim() ?? '';
        const ok = await copyText(`${title}\n\n${elementText(body)}`);
        announce(output, ok ? t('workbench.item.copied') : t('workbench.item.copyFailed'));
      } else if (button.dataset['action'] === 'print') {
        window.print();
      } else if (button.dataset['action'] === 'next-blank') {
        // The next blank after the one last edited, scrolled into view and opened (kb-fill-panel).
        const blank = blanks()[0];
        blank?.scrollIntoView({ block: 'center' });
        blank?.click();
      }
    });
  }
}

if (!customElements.get('kb-item-tools')) customElements.define('kb-item-tools', KbItemTools);
if (!customElements.get('kb-template-tools')) customElements.define('kb-template-tools', KbTemplateTools);
