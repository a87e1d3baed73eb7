// <kb-rectification-list>: the 整改清单 page. Renders the stored list into editable rows (from
// the page's <template>), saves every change, keeps an undo stack for deletions, shows a live
// ledger preview (also the print view), offers 问题库 measures for items without any, edits the
// 方案's other parts, checks what is missing before an export and exports. The Word and Excel
// code is imported on the click.
import strings from 'kb-strings:workbench.';
import type { WorkbenchKey } from '../lib/i18n';
import { translator } from '../lib/i18n-format';
import { parseBackup, serializeBackup } from '../lib/workbench/backup';
import { ledgerCsv } from '../lib/workbench/csv';
import { checkBeforeExport, type Missing } from '../lib/workbench/export-check';
import { loadFillState } from '../lib/workbench/fill-store';
import { documentTitle, LEDGER_COLUMNS, ledgerCells, ledgerRows } from '../lib/workbench/ledger';
import { emptyList, mergeLists, moveItem, PLAN_PARTS, removeItem, restoreItem, updateItem, type ListDoc, type ListItem, type PlanParts } from '../lib/workbench/list-store';
import { findPlaceholders } from '../lib/workbench/placeholders';
import { suggestionsFor, type SuggestionData } from '../lib/workbench/suggestions';
import { announce, download, FILL_EVENT, getFill, LIST_KEY, setFill, storage } from './kb-workbench-state';
import { readList, writeList } from './kb-workbench-list';

const t = translator<WorkbenchKey>(strings);

type Removed = { item: ListItem; index: number };
const EDITABLE = ['problem', 'measures', 'owner', 'unit', 'deadline', 'status', 'progress'] as const;
type ExportKind = 'plan' | 'ledger' | 'xlsx' | 'csv';

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
  private suggestions: Promise<SuggestionData | undefined> | undefined;
  /** The export waiting for the user's answer to the check ("export anyway" / "fill in first"). */
  private pending: { kind: ExportKind; button: HTMLButtonElement } | undefined;

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
    this.renderPlan();
    this.querySelector('.kb-plan')?.addEventListener('input', (event) => this.onPlanEdit(event));
    this.addEventListener('click', (event) => this.onClick(event));
    this.querySelector('[data-kb-items]')?.addEventListener('input', (event) => this.onEdit(event));
    this.querySelector('[data-kb-items]')?.addEventListener('change', (event) => this.onEdit(event));
    this.querySelector<HTMLInputElement>('[data-kb-import]')?.addEventListener('change', (event) => this.onImport(event));
    window.addEventListener(FILL_EVENT, () => {
      this.renderPreview();
      this.renderPlan();
    });
    // Another tab changed the list: take it over unless this tab is in the middle of typing.
    window.addEventListener('storage', (event) => {
      if (event.key === LIST_KEY && !this.contains(document.activeElement)) {
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
        if (!item.measures.trim()) void this.offerSuggestions(row, item);
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
    // The fill-in panel offers a field for each person named in the list's texts (党委书记 …).
    const keys = this.doc.items.flatMap((item) => [item.problem, item.measures].flatMap((text) => findPlaceholders(text).map((m) => m.key ?? '')));
    (this.querySelector('kb-fill-panel') as (HTMLElement & { addKeys?: (keys: string[]) => void }) | null)?.addKeys?.(keys);
    this.renderPreview();
  }

  /** Under an item without measures: the 问题库's measures on the same 方面, applied only when the user picks them. */
  private async offerSuggestions(row: HTMLElement, item: ListItem) {
    const box = row.querySelector<HTMLElement>('[data-kb-suggest]');
    if (!box) return;
    this.suggestions ??= fetch(this.dataset['suggestions'] ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<SuggestionData>) : undefined))
      .catch(() => undefined);
    const data = await this.suggestions;
    if (!data || !box.isConnected) return;
    const { dimensions, items } = suggestionsFor(data, item.source?.template, item.source?.item ? `#${item.source.item}` : undefined);
    if (!items.length) return;
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = t('workbench.suggest.summary', { dimensions: dimensions.join('、'), count: items.length });
    const list = document.createElement('ol');
    items.forEach((suggestion, i) => {
      const li = document.createElement('li');
      const from = document.createElement('p');
      const link = document.createElement('a');
      link.href = suggestion.href;
      link.textContent = t('workbench.suggest.from', { title: `${suggestion.title}：${suggestion.problem.slice(0, 40)}${suggestion.problem.length > 40 ? '…' : ''}` });
      from.append(link);
      const measures = document.createElement('ol');
      for (const m of suggestion.measures) {
        const mi = document.createElement('li');
        mi.textContent = m;
        measures.append(mi);
      }
      const use = document.createElement('button');
      use.type = 'button';
      use.className = 'kb-button kb-button--quiet';
      use.dataset['action'] = 'use-suggestion';
      use.dataset['suggestion'] = String(i);
      use.textContent = t('workbench.suggest.use');
      li.append(from, measures, use);
      list.append(li);
    });
    details.append(summary, list);
    box.replaceChildren(details);
    box.hidden = false;
    box.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-action="use-suggestion"]');
      const chosen = button ? items[Number(button.dataset['suggestion'])] : undefined;
      if (!chosen) return;
      event.stopPropagation();
      const text = chosen.measures.map((m, i) => `${i + 1}. ${m}`).join('\n');
      this.change(updateItem(this.doc, item.id, { measures: text }));
      announce(this.status, t('workbench.suggest.used'));
      this.querySelector<HTMLTextAreaElement>(`[data-id="${CSS.escape(item.id)}"] [name="measures"]`)?.focus();
    });
  }

  /** The 方案's parts: the user's text, else our default wording shown ready to edit. */
  private renderPlan() {
    for (const field of this.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-kb-plan]')) {
      if (field === document.activeElement) continue;
      const part = field.name as keyof PlanParts;
      const own = this.doc.plan[part];
      const unit = getFill()['unit']?.trim();
      field.value = own ?? (field.dataset['default'] ?? '').replaceAll('本单位', unit || '本单位');
    }
  }

  private onPlanEdit(event: Event) {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement;
    const part = field.name as keyof PlanParts;
    if (!(PLAN_PARTS as readonly string[]).includes(part)) return;
    const plan = { ...this.doc.plan };
    const unit = getFill()['unit']?.trim() || '本单位';
    const isDefault = field.value.trim() === (field.dataset['default'] ?? '').replaceAll('本单位', unit).trim();
    if (field.value.trim() && !isDefault) plan[part] = field.value;
    else delete plan[part];
    this.change({ ...this.doc, plan }, false);
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
        ledgerCells(row).forEach((value, column) => {
          const td = document.createElement('td');
          td.dataset['label'] = LEDGER_COLUMNS[column];
          for (const line of Array.isArray(value) ? value : [value]) {
            const p = document.createElement('p');
            p.textContent = line;
            td.append(p);
          }
          tr.append(td);
        });
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
        const item: ListItem = { id: `own-${Date.now().toString(36)}`, problem: '', measures: '', owner: '', unit: '', deadline: '', status: 'todo', progress: '', added: new Date().toISOString() };
        // A blank row has no problem yet; it is kept in memory until the user types one.
        this.doc = { ...this.doc, items: [...this.doc.items, item] };
        this.renderItems();
        this.querySelector<HTMLElement>(`[data-id="${CSS.escape(item.id)}"] textarea`)?.focus();
        break;
      }
      case 'export-csv':
      case 'export-xlsx':
      case 'export-plan':
      case 'export-ledger':
        this.requestExport(action.slice(7) as ExportKind, button);
        break;
      case 'check-anyway':
        if (this.pending) await this.runExport(this.pending.kind, this.pending.button);
        this.closeCheck();
        break;
      case 'check-fill': {
        const first = this.querySelector<HTMLAnchorElement>('[data-kb-check-list] a');
        this.closeCheck();
        first?.click();
        break;
      }
      case 'export-json':
        this.save(new Blob([serializeBackup(this.doc, loadFillState(storage()))], { type: 'application/json' }), `整改清单-${new Date().toISOString().slice(0, 10)}.json`);
        break;
      case 'import-json':
        this.querySelector<HTMLInputElement>('[data-kb-import]')?.click();
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

  /** An export click: first the check; when something is missing, list it and wait for the user's choice. */
  private requestExport(kind: ExportKind, button: HTMLButtonElement) {
    if (this.guardEmpty()) return;
    const missing = checkBeforeExport(this.doc, getFill(), kind === 'plan' ? 'plan' : 'ledger');
    if (!missing.length) {
      this.closeCheck();
      void this.runExport(kind, button);
      return;
    }
    this.pending = { kind, button };
    this.showCheck(missing);
  }

  private showCheck(missing: Missing[]) {
    const box = this.querySelector<HTMLElement>('[data-kb-check]');
    const list = this.querySelector('[data-kb-check-list]');
    const heading = this.querySelector('[data-kb-check-heading]');
    if (!box || !list || !heading) return;
    heading.textContent = t('workbench.check.heading', { count: missing.length });
    list.replaceChildren(
      ...missing.map((m) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        const part = m.item ? t('workbench.check.item', { n: m.n ?? 0 }) : '';
        const field = m.item ? t(`workbench.field.${m.field}` as WorkbenchKey).replace(/（.*）$/u, '') : t('workbench.check.plan', { part: t(`workbench.plan.${m.field}` as WorkbenchKey).replace(/^[一二三四]、|（.*）$/gu, '') });
        link.textContent = part ? `${part}：` : '';
        link.href = m.item ? `#kb-item-${m.n}-${m.field}` : `#kb-plan-${m.field}`;
        link.dataset['target'] = m.item ? `[data-id="${CSS.escape(m.item)}"] [name="${m.field}"]` : `[name="${m.field}"][data-kb-plan]`;
        const what = m.kind === 'empty' ? (m.field === 'signature' ? t('workbench.check.empty.signature') : t(`workbench.check.empty.${m.field}` as WorkbenchKey)) : t('workbench.check.placeholder', { field, blanks: (m.blanks ?? []).join('、') });
        link.append(what);
        link.addEventListener('click', (event) => {
          event.preventDefault();
          const target = this.querySelector<HTMLElement>(link.dataset['target']!) ?? (m.field === 'signature' ? this.querySelector<HTMLElement>('kb-fill-panel input[name="unit"]') : null);
          target?.scrollIntoView({ block: 'center' });
          target?.focus();
        });
        li.append(link);
        return li;
      }),
    );
    box.hidden = false;
    box.focus();
  }

  private closeCheck() {
    this.pending = undefined;
    const box = this.querySelector<HTMLElement>('[data-kb-check]');
    if (box) box.hidden = true;
  }

  private async runExport(kind: ExportKind, button: HTMLButtonElement) {
    if (kind === 'csv') {
      this.save(new Blob([ledgerCsv(ledgerRows(this.doc, getFill()))], { type: 'text/csv;charset=utf-8' }), `${documentTitle(this.doc, 'ledger', getFill())}.csv`);
      return;
    }
    button.disabled = true;
    announce(this.status, t('workbench.export.preparing'), 60_000);
    try {
      // Loaded here, on the click, so the docx and ExcelJS libraries are chunks of their own.
      const { blob, filename } =
        kind === 'xlsx'
          ? await (await import('../lib/workbench/xlsx-export')).exportXlsx(this.doc, getFill())
          : await (await import('../lib/workbench/docx-export')).exportWord(kind, this.doc, getFill());
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
    const result = parseBackup(await file.text());
    if (!result.ok) {
      return fail(t(`workbench.import.${result.problem}`));
    }
    const { doc, added } = mergeLists(this.doc, result.doc);
    this.change(doc);
    // The unit details come back too; what this browser already has wins.
    if (result.fill) setFill({ ...result.fill.values, ...getFill() });
    this.renderPlan();
    const title = this.querySelector<HTMLInputElement>('input[name="title"]');
    if (title) title.value = doc.title;
    announce(this.status, t(result.fill ? 'workbench.import.doneFill' : 'workbench.import.done', { added, skipped: result.doc.items.length - added }), 8000);
  }
}

if (!customElements.get('kb-rectification-list')) customElements.define('kb-rectification-list', KbRectificationList);
