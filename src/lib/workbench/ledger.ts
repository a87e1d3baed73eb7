// The list as the exports see it: rows with placeholders filled and statuses in words.
// Shared by CSV, Word (方案 and 台账) and the print view so all three say the same thing.
import { t, type MessageKey } from '../i18n';
import type { ListDoc, Status } from './list-store';
import { cleanFieldText, stripEnumerator } from '../items/item-fields';
import { fillPlaceholders, type FieldContext, type FillValues } from './placeholders';
import { splitMeasures, toChinesePunctuation } from './text';

/** One row of a 整改台账, every text filled and in Chinese punctuation. */
export interface LedgerRow {
  /** 序号, from 1. */
  index: number;
  problem: string;
  /** Measures, one per entry, without their original numbering. */
  measures: string[];
  owner: string;
  /** 责任单位. */
  unit: string;
  deadline: string;
  /** 整改情况: status in words, then the note, e.g. "整改中：已建立台账". */
  progress: string;
}

/** The column headings of a 整改台账 (序号 / 问题 / 整改措施 / 责任人 / 责任单位 / 完成时限 / 整改情况). */
export const LEDGER_COLUMNS = ['序号', '问题', '整改措施', '责任人', '责任单位', '完成时限', '整改情况'] as const;

/** A row's cells in column order, measures numbered inside their cell ("1. …" when more than one). */
export function ledgerCells(row: LedgerRow): (string | string[])[] {
  const measures = row.measures.map((m, i) => (row.measures.length > 1 ? `${i + 1}. ${m}` : m));
  return [String(row.index), row.problem, measures, row.owner, row.unit, row.deadline, row.progress];
}

/** A status in words, e.g. "done" → "已完成". */
export function statusLabel(status: Status): string {
  return t(`workbench.status.${status}` as MessageKey);
}

/** Rows of the ledger for `doc` with the reader's details filled in, e.g. for export. */
export function ledgerRows(doc: ListDoc, values: FillValues = {}): LedgerRow[] {
  // Template prose gets Chinese punctuation; what the user typed in a short field stays as typed
  // ("支部书记 张三"). A bare "xx" in the 责任人 field is a name, in the 时限 field a deadline.
  // An empty 责任人 or 时限 takes the panel's 负责人 / 落实时限, as a secretary would write them in.
  const prose = (text: string) => toChinesePunctuation(fillPlaceholders(text.trim(), values));
  const field = (text: string, context?: FieldContext) => oneLine(fillPlaceholders(cleanFieldText(text), values, { field: context }));
  return doc.items.map((item, i) => {
    const note = field(item.progress);
    return {
      index: i + 1,
      problem: stripEnumerator(cleanFieldText(prose(item.problem))),
      measures: splitMeasures(prose(item.measures)),
      owner: field(item.owner, 'person') || (values['person']?.trim() ?? ''),
      unit: field(item.unit ?? '') || '',
      deadline: field(item.deadline, 'deadline') || (values['deadline']?.trim() ?? ''),
      progress: note ? `${statusLabel(item.status)}：${note}` : statusLabel(item.status),
    };
  });
}

/** Lines of a short field joined into one: "xx。\n各党支部" → "xx。各党支部", "张三\n李四" → "张三，李四". */
export function oneLine(text: string): string {
  return text
    .trim()
    .split(/\s*\n\s*/)
    .filter(Boolean)
    .reduce((out, line) => (out && !/[。，；、：！？]$/u.test(out) ? `${out}，${line}` : out + line), '');
}

/** Title of an exported document: the list's own title, else "<单位>问题整改方案" / "…整改台账". */
export function documentTitle(doc: ListDoc, kind: 'plan' | 'ledger', values: FillValues = {}): string {
  if (doc.title.trim()) return fillPlaceholders(doc.title.trim(), values);
  const unit = values['unit']?.trim() ?? '';
  return t(kind === 'plan' ? 'workbench.export.planTitle' : 'workbench.export.ledgerTitle', { unit });
}
