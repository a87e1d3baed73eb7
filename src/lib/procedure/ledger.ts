// The 发展党员工作台账: the planner's people and their plans as rows for Word and CSV. Pure; the
// wording comes in through `t` (procedure.* UI strings) so the same rows serve both exports.
import { BOM, csvField } from '../workbench/csv';
import type { Citation } from './citation';
import type { ClientProcedure, ClientRule } from './client-data';
import { planDates, nextEvent, type Breach } from './plan';
import type { Person } from './people-store';

/** The UI strings the ledger needs, e.g. t('procedure.ledger.name'). */
export type LedgerStrings = (key: string, vars?: Record<string, string | number>) => string;

/** One event of one person. */
export interface LedgerLine {
  /** Step number as text, e.g. "7"; "" for 出生日期. */
  step: string;
  event: string;
  /** Entered or computed date, e.g. "2025-03-15", or "". */
  date: string;
  /** e.g. "2025-03-15（第十三条）", or "". */
  earliest: string;
  latest: string;
  /** Breaches in words, errors first, each naming its source. */
  notes: string[];
  /** True when one of the notes is an error (not a warning). */
  error: boolean;
}

/** One person of the ledger. */
export interface LedgerPerson {
  index: number;
  name: string;
  note: string;
  lines: LedgerLine[];
  /** The next step in words, e.g. "确定为发展对象，最早 2025-03-15（第十三条）". */
  next: string;
  /** Date of an event by id, for the summary table. */
  dates: Record<string, string>;
  errors: number;
  warnings: number;
  /** Short issue summary for the summary table, e.g. "违反 2 处（第七条、第十三条）；提醒 1 处". */
  issues: string;
}

/** A source in one line, e.g. "《中国共产党发展党员工作细则》第十三条" or "《贵州省发展党员工作规程（试行）》「三、…」（地方规定）". */
export function citationText(citation: Citation, t: LedgerStrings): string {
  return citation.local ? `${citation.source}「${citation.label}」（${t('procedure.localBadge')}）` : `${citation.source}${citation.label}`;
}

/** A source in a few characters: "第十三条", or "地方规定" for local practice. */
export function shortCitation(citation: Citation, t: LedgerStrings): string {
  return citation.local ? t('procedure.localBadge') : citation.label;
}

/** A breach in words, e.g. "违反：早于允许的最早日期 2025-03-15（《…》第十三条）". */
export function breachText(breach: Breach<ClientRule>, t: LedgerStrings): string {
  const kind = t(breach.rule.severity === 'error' ? 'procedure.planner.error' : 'procedure.planner.warning');
  const what = t(breach.side === 'min' ? 'procedure.planner.breach.min' : 'procedure.planner.breach.max', { limit: breach.limit });
  return `${kind}：${what}（${citationText(breach.rule.basis, t)}）`;
}

/** The ledger of `people` under `procedure`. */
export function ledgerPeople(people: readonly Person[], procedure: ClientProcedure, t: LedgerStrings): LedgerPerson[] {
  return people.map((person, i) => {
    const plan = planDates(procedure, person.dates, person.extension);
    const dates: Record<string, string> = {};
    let errors = 0;
    let warnings = 0;
    const broken = new Set<string>();
    const lines = plan.lines.map((line): LedgerLine => {
      if (line.date) dates[line.event.id] = line.date;
      const notes = line.breaches.map((b) => breachText(b, t));
      errors += line.breaches.filter((b) => b.rule.severity === 'error').length;
      for (const b of line.breaches) if (b.rule.severity === 'error') broken.add(shortCitation(b.rule.basis, t));
      warnings += line.breaches.filter((b) => b.rule.severity === 'warning').length;
      const derived = line.computed ? procedure.derived[line.event.id] : undefined;
      if (derived) notes.unshift(`${t('procedure.planner.computed')}（${citationText(derived, t)}）`);
      return {
        step: line.event.step ? String(line.event.step) : '',
        event: line.event.label,
        date: line.date ?? '',
        earliest: line.earliest ? `${line.earliest.date}（${shortCitation(line.earliest.rule.basis, t)}）` : '',
        latest: line.latest ? `${line.latest.date}（${shortCitation(line.latest.rule.basis, t)}）` : '',
        notes,
        error: line.breaches.some((b) => b.rule.severity === 'error'),
      };
    });
    const next = nextEvent(plan);
    const nextText = !next
      ? t('procedure.planner.done')
      : next.earliest
        ? `${next.event.label}，${next.earliest.date}（${shortCitation(next.earliest.rule.basis, t)}）`
        : next.event.label;
    const issues = [
      ...(errors ? [t('procedure.ledger.errors', { count: errors, basis: [...broken].join('、') })] : []),
      ...(warnings ? [t('procedure.ledger.warnings', { count: warnings })] : []),
    ].join('；');
    return { index: i + 1, name: person.name || t('procedure.planner.unnamed'), note: person.note, lines, next: nextText, dates, errors, warnings, issues };
  });
}

/** Summary columns of the Word ledger: event ids whose dates the summary shows, in order. */
export const SUMMARY_EVENTS = ['application', 'activist', 'candidate', 'admission', 'probation-end'] as const;

/**
 * The ledger as CSV for Excel (BOM, CRLF, quoting as ../workbench/csv.ts): one row per person
 * and event: 序号, 姓名, 备注, 步骤, 事项, 日期, 最早可办, 最晚应办, 提示与依据.
 */
export function ledgerCsv(ledger: readonly LedgerPerson[], t: LedgerStrings): string {
  const head = ['no', 'name', 'note', 'step', 'event', 'date', 'earliest', 'latest', 'notes'].map((key) => t(`procedure.ledger.${key}`));
  const rows = [head.map(csvField).join(',')];
  for (const person of ledger) {
    for (const line of person.lines) {
      rows.push([person.index, person.name, person.note, line.step, line.event, line.date, line.earliest, line.latest, line.notes.join('\n')].map(csvField).join(','));
    }
  }
  return BOM + rows.join('\r\n') + '\r\n';
}
