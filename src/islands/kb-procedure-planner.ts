// <kb-procedure-planner>: the 发展党员 dates planner. Several people are kept in localStorage
// (versioned, corrupt values set aside); for the person shown, each event's earliest and latest
// dates and every broken rule (with its article) are filled into the server-rendered table.
// Exports: 台账 as Word (docx loaded on click) and CSV, and a JSON backup that can be imported.
import strings from 'kb-strings:procedure.';
import { translator } from '../lib/i18n-format';
import type { ClientProcedure, ClientRule } from '../lib/procedure/client-data';
import { citationText, ledgerCsv, ledgerPeople, breachText } from '../lib/procedure/ledger';
import {
  addPerson,
  currentPerson,
  loadPeople,
  mergePeople,
  parsePeople,
  removePerson,
  savePeople,
  serializePeople,
  setDate,
  updatePerson,
  type PeopleDoc,
} from '../lib/procedure/people-store';
import { nextEvent, planDates, type Plan } from '../lib/procedure/plan';
import loadDocx from 'kb-lazy:../lib/procedure/ledger-docx';
import { announce, download, storage } from './kb-workbench-state';

const t = translator<string>(strings);
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

class KbProcedurePlanner extends HTMLElement {
  private procedure!: ClientProcedure;
  private doc!: PeopleDoc;
  private saved = true;

  connectedCallback() {
    try {
      this.procedure = JSON.parse(this.dataset['procedure'] ?? '') as ClientProcedure;
    } catch {
      return; // Without its data the planner stays hidden; the guide below still reads.
    }
    const loaded = loadPeople(storage());
    this.doc = loaded.doc.people.length ? loaded.doc : addPerson(loaded.doc);
    this.hidden = false;
    this.closest('section')?.querySelector('[data-kb-noscript]')?.setAttribute('hidden', '');
    if (loaded.problem === 'unavailable') this.status(t('procedure.planner.unsaved'), 0);
    else if (loaded.problem) this.status(t('procedure.planner.aside', { problem: t(`procedure.planner.problem.${loaded.problem}`), key: loaded.asideKey ?? '' }), 0);
    this.addEventListener('change', (event) => this.onChange(event));
    this.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === 'name' || target.name === 'note') this.onChange(event);
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.onAction(button.dataset['action'] ?? '');
    });
    this.render();
  }

  private get person() {
    return currentPerson(this.doc)!;
  }

  private commit(doc: PeopleDoc) {
    this.doc = doc;
    this.saved = savePeople(storage(), doc);
    if (!this.saved) this.status(t('procedure.planner.unsaved'), 0);
    this.render();
  }

  private onChange(event: Event) {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const id = this.person.id;
    if (target.matches('[data-kb-person]')) this.commit({ ...this.doc, current: target.value });
    else if (target.matches('[data-kb-import]')) void this.importFile(target as HTMLInputElement);
    else if (target.name === 'name' || target.name === 'note') this.commit(updatePerson(this.doc, id, { [target.name]: target.value }));
    else if (target.name === 'extension') this.commit(updatePerson(this.doc, id, { extension: Number(target.value) || 0 }));
    else if (target instanceof HTMLInputElement && target.type === 'date') this.commit(setDate(this.doc, id, target.name, target.value));
  }

  private async onAction(action: string) {
    const output = this.querySelector('[data-kb-status]');
    switch (action) {
      case 'add':
        this.commit(addPerson(this.doc));
        this.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
        break;
      case 'remove': {
        const name = this.person.name || t('procedure.planner.unnamed');
        let doc = removePerson(this.doc, this.person.id);
        if (!doc.people.length) doc = addPerson(doc);
        this.commit(doc);
        announce(output, t('procedure.planner.removed', { name }));
        break;
      }
      case 'export-csv': {
        const file = `${t('procedure.ledger.title')}-${today()}.csv`;
        download(new Blob([ledgerCsv(ledgerPeople(this.doc.people, this.procedure, t), t)], { type: 'text/csv;charset=utf-8' }), file);
        announce(output, t('procedure.planner.exported', { file }));
        break;
      }
      case 'export-json': {
        const file = `发展党员日期备份-${today()}.json`;
        download(new Blob([serializePeople(this.doc)], { type: 'application/json' }), file);
        announce(output, t('procedure.planner.exported', { file }));
        break;
      }
      case 'export-docx':
        try {
          const { ledgerDocxFile } = (await loadDocx()) as typeof import('../lib/procedure/ledger-docx');
          const labels = Object.fromEntries(this.procedure.events.map((e) => [e.id, e.label]));
          const { blob, filename } = await ledgerDocxFile(ledgerPeople(this.doc.people, this.procedure, t), labels, t, today());
          download(blob, filename);
          announce(output, t('procedure.planner.exported', { file: filename }));
        } catch (error) {
          announce(output, t('procedure.planner.exportFailed', { reason: error instanceof Error ? error.message : String(error) }), 10_000);
        }
        break;
    }
  }

  private async importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parsePeople(await file.text());
    if (!result.ok) {
      this.status(t('procedure.planner.importFailed', { problem: t(`procedure.planner.problem.${result.problem}`) }), 10_000);
      return;
    }
    const { doc, added } = mergePeople(this.doc, result.doc);
    this.commit(doc);
    this.status(added ? t('procedure.planner.imported', { count: added }) : t('procedure.planner.importNone'));
  }

  private status(message: string, ms = 4000) {
    const output = this.querySelector('[data-kb-status]');
    if (ms) announce(output, message, ms);
    else if (output) output.textContent = message;
  }

  private render() {
    const person = this.person;
    const select = this.querySelector<HTMLSelectElement>('[data-kb-person]');
    if (select) {
      select.replaceChildren(
        ...this.doc.people.map((p, i) => {
          const option = document.createElement('option');
          option.value = p.id;
          option.textContent = `${i + 1}. ${p.name || t('procedure.planner.unnamed')}`;
          option.selected = p.id === person.id;
          return option;
        }),
      );
    }
    const field = (name: string) => this.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
    const setValue = (name: string, value: string) => {
      const input = field(name);
      if (input && input.value !== value && document.activeElement !== input) input.value = value;
    };
    setValue('name', person.name);
    setValue('note', person.note);
    setValue('extension', String(person.extension));
    const caption = this.querySelector('[data-kb-caption]');
    if (caption) caption.textContent = t('procedure.planner.caption', { name: person.name || t('procedure.planner.unnamed') });
    const plan = planDates(this.procedure, person.dates, person.extension);
    for (const line of plan.lines) {
      const row = this.querySelector<HTMLTableRowElement>(`tr[data-event="${line.event.id}"]`);
      if (!row) continue;
      const input = row.querySelector<HTMLInputElement>('input[type="date"]');
      if (input && document.activeElement !== input) input.value = person.dates[line.event.id] ?? '';
      const computed = row.querySelector('[data-kb-computed]');
      if (computed) computed.textContent = line.date ?? '';
      this.cell(row, 'earliest', line.earliest?.date, line.earliest?.rule);
      this.cell(row, 'latest', line.latest?.date, line.latest?.rule);
      const notes = row.querySelector('[data-kb-notes]')!;
      const items = line.breaches.map((breach) => {
        const li = document.createElement('li');
        li.className = breach.rule.severity === 'error' ? 'kb-planner__error' : '';
        li.append(breachText(breach, t), ' ');
        li.append(this.quote(breach.rule));
        return li;
      });
      if (line.computed && this.procedure.derived[line.event.id]) {
        const li = document.createElement('li');
        li.textContent = `${t('procedure.planner.computed')}（${citationText(this.procedure.derived[line.event.id]!, t)}）`;
        items.unshift(li);
      }
      if (items.length) {
        const list = document.createElement('ul');
        list.append(...items);
        notes.replaceChildren(list);
      } else notes.replaceChildren();
      const state = line.breaches.some((b) => b.rule.severity === 'error') ? 'error' : line.breaches.length ? 'warning' : '';
      if (state) row.dataset['state'] = state;
      else delete row.dataset['state'];
    }
    this.summarise(plan);
  }

  /** A cell with a date and the source of its limit, linked when the source is on the site. */
  private cell(row: HTMLTableRowElement, name: 'earliest' | 'latest', date: string | undefined, rule: ClientRule | undefined) {
    const cell = row.querySelector(`[data-kb-${name}]`);
    if (!cell) return;
    if (!date || !rule) {
      cell.replaceChildren();
      return;
    }
    // National rules link to their article; local practice says so instead.
    const source = rule.basis.href ? Object.assign(document.createElement('a'), { href: rule.basis.href, textContent: rule.basis.label }) : document.createTextNode(t('procedure.localBadge'));
    const when = Object.assign(document.createElement('span'), { className: 'kb-planner__date', textContent: date });
    cell.replaceChildren(when, '（', source, '）');
  }

  /** The rule's own words, with its source, as a small quotation. */
  private quote(rule: ClientRule): HTMLElement {
    const q = document.createElement('q');
    q.className = 'kb-muted';
    q.textContent = rule.quote;
    if (rule.basis.href) {
      const a = document.createElement('a');
      a.href = rule.basis.href;
      a.append(q);
      return a;
    }
    return q;
  }

  private summarise(plan: Plan<ClientRule>) {
    const summary = this.querySelector('[data-kb-summary]');
    if (!summary) return;
    const errors = plan.lines.reduce((n, l) => n + l.breaches.filter((b) => b.rule.severity === 'error').length, 0);
    const warnings = plan.lines.reduce((n, l) => n + l.breaches.filter((b) => b.rule.severity === 'warning').length, 0);
    const parts: string[] = [];
    if (!this.person.dates['application']) parts.push(t('procedure.planner.start'));
    else {
      const next = nextEvent(plan);
      if (!next) parts.push(t('procedure.planner.done'));
      else if (next.earliest) parts.push(t('procedure.planner.next', { event: next.event.label, date: next.earliest.date, basis: citationText(next.earliest.rule.basis, t) }));
      else parts.push(t('procedure.planner.nextNoDate', { event: next.event.label }));
    }
    if (errors) parts.push(t('procedure.planner.problems', { count: errors }));
    if (warnings) parts.push(t('procedure.planner.warnings', { count: warnings }));
    const extension = plan.extension;
    if (extension) parts.push(t(extension.limit === 'min' ? 'procedure.planner.extensionMin' : 'procedure.planner.extensionMax', { months: extension.months }));
    summary.textContent = parts.join(' ');
  }
}

if (!customElements.get('kb-procedure-planner')) customElements.define('kb-procedure-planner', KbProcedurePlanner);
