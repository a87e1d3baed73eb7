// The dates plan of one person: for every event the date entered (if any), the earliest and
// latest dates the rules allow, and every rule an entered date breaks, each naming its source.
// Pure and shared by the page (browser) and the tests; the rules come from content/procedures.
import type { Procedure, ProcedureEvent, ProcedureRule } from '../../schemas/procedure';
import { compare, isIsoDate, shift, type IsoDate } from './dates';

/** What the planner needs of a procedure; rules may carry more (the page adds each rule's citation). */
export interface PlanProcedure<R extends ProcedureRule = ProcedureRule> {
  events: Procedure['events'];
  rules: R[];
  extension?: Procedure['extension'] | undefined;
}

/** Dates entered for one person, by event id, e.g. { application: '2024-03-01' }. */
export type EnteredDates = Partial<Record<string, IsoDate>>;

/** A rule broken by entered dates. */
export interface Breach<R extends ProcedureRule = ProcedureRule> {
  rule: R;
  /** The date the rule allows at the earliest or latest, e.g. "2024-04-01". */
  limit: IsoDate;
  /** Which side was crossed. */
  side: 'min' | 'max';
}

/** One line of the plan. */
export interface PlanLine<R extends ProcedureRule = ProcedureRule> {
  event: ProcedureEvent;
  /** The date entered, or computed for derived events (预备期满). */
  date?: IsoDate;
  /** True when `date` is computed rather than entered. */
  computed: boolean;
  /** Earliest date allowed, from entered dates or the earliest of earlier events; with the rule that sets it. */
  earliest?: { date: IsoDate; rule: R };
  /** Latest date allowed, from entered dates only; with the rule that sets it. */
  latest?: { date: IsoDate; rule: R };
  /** Rules the entered date breaks, errors first. */
  breaches: Breach<R>[];
}

/** Problem with the probation extension, e.g. 4 months (under 第三十二条's half year). */
export interface ExtensionProblem {
  months: number;
  limit: 'min' | 'max';
}

/** The plan of one person. */
export interface Plan<R extends ProcedureRule = ProcedureRule> {
  lines: PlanLine<R>[];
  extension?: ExtensionProblem;
}

const monthsOf = (offset: { years?: number | undefined; months?: number | undefined }) => (offset.years ?? 0) * 12 + (offset.months ?? 0);

/**
 * The plan for `entered` dates under `procedure`'s rules. `extensionMonths` (预备期延长, 0 = none)
 * moves 预备期满. Entered values that are not real dates are ignored. Example: with only
 * { application: '2024-03-01' }, talk gets latest 2024-04-01 (第七条) and activist earliest
 * 2024-03-01 (第八条) or 2024-06-01 under the local three-month rule.
 */
export function planDates<R extends ProcedureRule>(procedure: PlanProcedure<R>, entered: EnteredDates, extensionMonths = 0): Plan<R> {
  const dates = new Map<string, IsoDate>();
  const computed = new Set<string>();
  for (const event of procedure.events) {
    const value = entered[event.id];
    if (!event.derived && isIsoDate(value)) dates.set(event.id, value);
  }
  // Derived events (预备期满) from the date they count from.
  for (const event of procedure.events) {
    const d = event.derived;
    const from = d && dates.get(d.from);
    if (d && from) {
      dates.set(event.id, shift(from, d.offset, d.extension ? extensionMonths : 0));
      computed.add(event.id);
    }
  }
  // Earliest dates propagate through events not yet entered (their own earliest stands in),
  // so an application date alone already shows when 发展对象 can be discussed at the earliest.
  const earliest = new Map<string, { date: IsoDate; rule: R }>();
  const anchor = (id: string) => dates.get(id) ?? earliest.get(id)?.date;
  for (let pass = 0; pass < procedure.events.length; pass++) {
    let changed = false;
    for (const rule of procedure.rules) {
      if (!rule.min) continue;
      const from = anchor(rule.from);
      if (!from) continue;
      const limit = shift(from, rule.min);
      const current = earliest.get(rule.to);
      // Errors before warnings at the same date: the national rule is named when both agree.
      if (!current || compare(limit, current.date) > 0 || (compare(limit, current.date) === 0 && current.rule.severity === 'warning' && rule.severity === 'error')) {
        if (current?.date !== limit || current.rule !== rule) {
          earliest.set(rule.to, { date: limit, rule });
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  const latest = new Map<string, { date: IsoDate; rule: R }>();
  for (const rule of procedure.rules) {
    const from = rule.max && dates.get(rule.from);
    if (!rule.max || !from) continue;
    const limit = shift(from, rule.max);
    const current = latest.get(rule.to);
    if (!current || compare(limit, current.date) < 0) latest.set(rule.to, { date: limit, rule });
  }
  const lines = procedure.events.map((event): PlanLine<R> => {
    const date = dates.get(event.id);
    const breaches: Breach<R>[] = [];
    if (date) {
      for (const rule of procedure.rules) {
        if (rule.to !== event.id) continue;
        const from = dates.get(rule.from);
        if (!from) continue;
        if (rule.min) {
          const limit = shift(from, rule.min);
          if (compare(date, limit) < 0) breaches.push({ rule, limit, side: 'min' });
        }
        if (rule.max) {
          const limit = shift(from, rule.max);
          if (compare(date, limit) > 0) breaches.push({ rule, limit, side: 'max' });
        }
      }
    }
    breaches.sort((a, b) => Number(a.rule.severity === 'warning') - Number(b.rule.severity === 'warning'));
    const line: PlanLine<R> = { event, computed: computed.has(event.id), breaches };
    if (date) line.date = date;
    const e = earliest.get(event.id);
    if (e) line.earliest = e;
    const l = latest.get(event.id);
    if (l) line.latest = l;
    return line;
  });
  const plan: Plan<R> = { lines };
  const ext = procedure.extension;
  if (ext && extensionMonths) {
    if (extensionMonths < monthsOf(ext.min)) plan.extension = { months: extensionMonths, limit: 'min' };
    else if (extensionMonths > monthsOf(ext.max)) plan.extension = { months: extensionMonths, limit: 'max' };
  }
  return plan;
}

/** The next event still without a date, in procedure order (skipping 出生日期 and computed ones), e.g. "talk". */
export function nextEvent<R extends ProcedureRule>(plan: Plan<R>): PlanLine<R> | undefined {
  return plan.lines.find((line) => line.event.step !== undefined && !line.date && !line.event.derived);
}

/** Every breach of the plan, in event order, e.g. for a summary or the 台账's 提示 column. */
export function allBreaches<R extends ProcedureRule>(plan: Plan<R>): { line: PlanLine<R>; breach: Breach<R> }[] {
  return plan.lines.flatMap((line) => line.breaches.map((breach) => ({ line, breach })));
}


