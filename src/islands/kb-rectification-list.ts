// <kb-rectification-list>: the 整改清单 page. Renders the stored list into editable rows (from
// the page's <template>), saves every change, keeps an undo stack for deletions, shows a live
// ledger preview (also the print view) and exports. The Word code is imported on the click.
import strings from 'kb-strings:workbench.';
import type { WorkbenchKey } from '../lib/i18n';
import { translator } from '../lib/i18n-format';
import { ledgerCsv } from '../lib/workbench/csv';
import { documentTitle, ledgerRows } from '../lib/workbench/ledger';
import {
  emptyList,
  mergeLists,
  moveItem,
  parseList,
  removeItem,
  restoreItem,
  serializeList,
  updateItem,
  type ListDoc,
  type ListItem,
} from '../lib/workbench/list-store';
import { announce, download, FILL_EVENT, getFill, storage } from './kb-workbench-state';
import { readList, writeList } from './kb-workbench-list';

const t = translator<WorkbenchKey>(strings);

type Removed = { item: ListItem; index: number };
const EDITABLE = ['problem', 'measures', 'owner', 'deadline', 'status', 'progress'] as const;

/** A file name without characters Windows forbids, e.g. "红星社区/台账" → "红星社区-台账". */
function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\r\n]+/g, '-').trim().slice(0, 80) || 'export';
}

class KbRectificationList extends HTMLElement {
  private doc: ListDoc = emptyList();
  private undo: Removed[] = [];
  private asideKey: string | undefined;
  private status: HTMLElement | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.status = this.querySelector('[data-kb-status]');
    const loaded = readList();
    this.doc = loaded.doc;
    this.asideKey = loaded.asideKey;
    if (loaded.problem) this.report(loaded.problem, loaded.asideKey);
    this.querySelector<HTMLElement>('[data-kb-workspace]')!.hidden = false;
    this.querySelector<HTMLElement>('[data-kb-preview]')!.hidden = false;
    const title = this.querySelector<HTMLInputElement>('input[name="title"]');
    if (title) {
      title.value = this.doc.title;
      title.addEventListener('input', () => this.change({ ...this.doc, title: title.value }, false));
    }
    this.renderItems();
    this.addEventListener('click', (event) => this.onClick(event));
    this.querySelector('[data-kb-items]')?.addEventListener('input', (event) => this.onEdit(event));
    this.querySelector('[data-kb-items]')?.addEventListener('change', (event) => this.onEdit(event));
    this.querySelector<HTMLInputElement>('[data-kb-import]')?.addEventListener('change', (event) => this.onImport(event));
    window.addEventListener(FILL_EVENT, () => this.renderPreview());
    // Another tab changed the list: take it over unless this tab is in the middle of typing.
    window.addEventListener('storage', (event) => {
      if (event.key === 'kb.workbench.list' && !this.contains(document.activeElement)) {
        this.doc = readList().doc;
        this.renderItems();
      }
    });
  }

  private report(problem: string, asideKey: string | undefined) {
    const notice = this.querySelector<HTMLElement>('[data-kb-problem-notice]');
    const text = this.querySelector('[data-kb-problem-text]');
    if (!notice || !text) return;
    const parts = [t(`workbench.problem.${problem}` as Parameters<typeof t>[0])];
    if (asideKey) parts.push(t('workbench.problem.aside', { key: asideKey }));
    text.textContent = parts.join(' ');
    notice.hidden = false;
    const button = notice.querySelector<HTMLElement>('[data-action="download-aside"]');
    if (button) button.hidden = !asideKey;
  }

  /** Applies a change: store it, tell other islands, and re-render rows when their set or order changed. */
  private change(doc: ListDoc, rerender = true) {
    this.doc = doc;
    if (rerender) this.renderItems();
    else this.renderPreview();
    clearTimeout(this.saveTimer);
    // Typing saves after a short pause; structural changes save at once.
    const save = () => {
      if (!writeList(this.doc)) announce(this.status, t('workbench.list.saveFailed'), 8000);
    };
    if (rerender) save();
    else this.saveTimer = setTimeout(save, 300);
  }

  private renderItems() {
    const list = this.querySelector('[data-kb-items]');
    const template = this.querySelector<HTMLTemplateElement>('template[data-kb-item-template]');
    if (!list || !template) return;
    const focused = document.activeElement?.closest('[data-id]')?.getAttribute('data-id');
    const focusedAction = (document.activeElement as HTMLElement | null)?.dataset?.['action'];
    list.replaceChildren(
      ...this.doc.items.map((item, index) => {
        const row = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
        row.dataset['id'] = item.id;
        row.querySelector('[data-kb-n]')!.textContent = t('workbench.list.itemHeading', { n: index + 1 });
        const source = row.querySelector<HTMLAnchorElement>('[data-kb-source]')!;
        if (item.source?.title) {
          source.textContent = `${t('workbench.list.source')}${item.source.title}`;
          if (item.source.url) source.href = item.source.url;
        } else source.remove();
        for (const name of EDITABLE) {
          const field = row.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`);
          if (field) field.value = item[name];
        }
        row.querySelector<HTMLButtonElement>('[data-action="up"]')!.disabled = index === 0;
        row.querySelector<HTMLButtonElement>('[data-action="down"]')!.disabled = index === this.doc.items.length - 1;
        row.setAttribute('aria-label', t('workbench.list.itemHeading', { n: index + 1 }));
        return row;
      }),
    );
    // Keep focus on the moved row's button so keyboard users can keep moving it.
    if (focused && focusedAction) {
      const button = list.querySelector<HTMLElement>(`[data-id="${CSS.escape(focused)}"] [data-action="${focusedAction}"]`);
      if (button && !(button as HTMLButtonElement).disabled) button.focus();
      else list.querySelector<HTMLElement>(`[data-id="${CSS.escape(focused)}"] textarea`)?.focus();
    }
    const count = this.querySelector('[data-kb-count]');
    if (count) count.textContent = `（${t('workbench.list.count', { count: this.doc.items.length })}）`;
    this.querySelector<HTMLElement>('[data-kb-empty]')!.hidden = this.doc.items.length > 0;
    this.renderPreview();
  }

  private renderPreview() {
    const body = this.querySelector('[data-kb-preview-rows]');
    if (!body) return;
    const values = getFill();
    const title = this.querySelector('[data-kb-preview-title]');
    if (title) title.textContent = documentTitle(this.doc, 'ledger', values);
    body.replaceChildren(
      ...ledgerRows(this.doc, values).map((row) => {
        const tr = document.createElement('tr');
        const cells: (string | string[])[] = [String(row.index), row.problem, row.measures.map((m, i) => (row.measures.length > 1 ? `${i + 1}. ${m}` : m)), row.owner, row.deadline, row.progress];
        for (const value of cells) {
          const td = document.createElement('td');
          for (const line of Array.isArray(value) ? value : [value]) {
            const p = document.createElement('p');
            p.textContent = line;
            td.append(p);
          }
          tr.append(td);
        }
        return tr;
      }),
    );
  }

  private onEdit(event: Event) {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const id = field.closest<HTMLElement>('[data-id]')?.dataset['id'];
    const name = field.name as (typeof EDITABLE)[number];
    if (!id || !EDITABLE.includes(name)) return;
    this.change(updateItem(this.doc, id, { [name]: field.value }), false);
  }

  private async onClick(event: Event) {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button || !this.contains(button) || button.closest('kb-fill-panel')) return;
    const action = button.dataset['action'];
    const id = button.closest<HTMLElement>('[data-id]')?.dataset['id'];
    const index = this.doc.items.findIndex((item) => item.id === id);
    switch (action) {
      case 'up':
      case 'down':
        if (index >= 0) this.change(moveItem(this.doc, index, index + (action === 'up' ? -1 : 1)));
        break;
      case 'delete': {
        if (!id) break;
        const { doc, removed } = removeItem(this.doc, id);
        if (!removed) break;
        this.undo.push(removed);
        this.change(doc);
        this.offerUndo(removed.index + 1);
        break;
      }
      case 'undo': {
        const removed = this.undo.pop();
        if (removed) this.change(restoreItem(this.doc, removed));
        this.querySelector<HTMLElement>(`[data-id="${CSS.escape(removed?.item.id ?? '')}"] textarea`)?.focus();
        if (!this.undo.length) this.status?.replaceChildren();
        break;
      }
      case 'add-blank': {
        const item: ListItem = { id: `own-${Date.now().toString(36)}`, problem: '', measures: '', owner: '', deadline: '', status: 'todo', progress: '', added: new Date().toISOString() };
        // A blank row has no problem yet; it is kept in memory until the user types one.
        this.doc = { ...this.doc, items: [...this.doc.items, item] };
        this.renderItems();
        this.querySelector<HTMLElement>(`[data-id="${CSS.escape(item.id)}"] textarea`)?.focus();
        break;
      }
      case 'export-csv':
        if (this.guardEmpty()) break;
        this.save(new Blob([ledgerCsv(ledgerRows(this.doc, getFill()))], { type: 'text/csv;charset=utf-8' }), `${documentTitle(this.doc, 'ledger', getFill())}.csv`);
        break;
      case 'export-json':
        this.save(new Blob([serializeList(this.doc)], { type: 'application/json' }), `整改清单-${new Date().toISOString().slice(0, 10)}.json`);
        break;
      case 'import-json':
        this.querySelector<HTMLInputElement>('[data-kb-import]')?.click();
        break;
      case 'export-plan':
      case 'export-ledger':
        await this.exportWord(action === 'export-plan' ? 'plan' : 'ledger', button);
        break;
      case 'print':
        window.print();
        break;
      case 'download-aside':
        if (this.asideKey) this.save(new Blob([storage()?.getItem(this.asideKey) ?? ''], { type: 'text/plain' }), 'kb-workbench-list-backup.txt');
        break;
    }
  }

  private guardEmpty(): boolean {
    if (this.doc.items.some((item) => item.problem.trim())) return false;
    announce(this.status, t('workbench.export.empty'));
    return true;
  }

  private offerUndo(n: number) {
    if (!this.status) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'kb-button kb-button--quiet';
    button.dataset['action'] = 'undo';
    button.textContent = t('workbench.list.undo');
    this.status.replaceChildren(t('workbench.list.deleted', { n }), ' ', button);
  }

  private save(blob: Blob, filename: string) {
    const name = safeFileName(filename.replace(/\.[a-z]+$/, '')) + (/\.[a-z]+$/.exec(filename)?.[0] ?? '');
    download(blob, name);
    announce(this.status, t('workbench.export.done', { file: name }));
  }

  private async exportWord(kind: 'plan' | 'ledger', button: HTMLButtonElement) {
    if (this.guardEmpty()) return;
    button.disabled = true;
    announce(this.status, t('workbench.export.preparing'), 60_000);
    try {
      // Loaded here, on the click, so the docx library is a separate chunk (issue 5).
      const { exportWord } = await import('../lib/workbench/docx-export');
      const { blob, filename } = await exportWord(kind, this.doc, getFill());
      this.save(blob, filename);
    } catch (error) {
      announce(this.status, t('workbench.export.failed', { message: error instanceof Error ? error.message : String(error) }), 15_000);
    } finally {
      button.disabled = false;
    }
  }

  private async onImport(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const fail = (reason: string) => announce(this.status, t('workbench.import.failed', { file: file.name, reason }), 15_000);
    if (file.size > 5_000_000) return fail(t('workbench.import.tooLarge'));
    const result = parseList(await file.text());
    if (!result.ok) {
      return fail(t(`workbench.import.${result.problem}`));
    }
    const { doc, added } = mergeLists(this.doc, result.doc);
    this.change(doc);
    const title = this.querySelector<HTMLInputElement>('input[name="title"]');
    if (title) title.value = doc.title;
    announce(this.status, t('workbench.import.done', { added, skipped: result.doc.items.length - added }), 8000);
  }
}

if (!customElements.get('kb-rectification-list')) customElements.define('kb-rectification-list', KbRectificationList);
