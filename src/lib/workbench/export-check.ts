// The check before export: what the exported documents would still lack. Unfilled placeholders
// (in the items and the 方案's parts), items without 整改措施 / 责任人 / 完成时限, and a 方案 without
// the issuing unit. The list page shows these with links to fix each, and lets the user export
// anyway or fill them in first. Pure.
import { ledgerRows } from './ledger';
import type { ListDoc, ListItem } from './list-store';
import { unfilledPlaceholders, type FieldContext, type FillValues } from './placeholders';
import { planText } from './plan-parts';

/** One thing missing: where (an item's field or a part of the 方案) and what. */
export interface Missing {
  /** Item id, or undefined for the 方案's own parts and the panel. */
  item?: string;
  /** 1-based position of the item in the list, for the message. */
  n?: number;
  /** The field to fix, e.g. "measures", "owner", "signature". */
  field: 'problem' | 'measures' | 'owner' | 'unit' | 'deadline' | 'progress' | 'signature' | 'opening' | 'goal' | 'organization' | 'requirements';
  /** "empty" for a field with no text, "placeholder" for blanks still to fill (listed in `blanks`). */
  kind: 'empty' | 'placeholder';
  /** The placeholders still unfilled, e.g. ["××", "x名"]. */
  blanks?: string[];
}

const ITEM_TEXT_FIELDS: [keyof ListItem & Missing['field'], FieldContext][] = [
  ['problem', undefined],
  ['measures', undefined],
  ['owner', 'person'],
  ['unit', undefined],
  ['deadline', 'deadline'],
];

/**
 * Everything missing for `kind`'s export ("plan" also checks the 方案's parts), in list order,
 * e.g. [{ item: 't#item-3', n: 1, field: 'measures', kind: 'empty' }]. Empty list = ready.
 */
export function checkBeforeExport(doc: ListDoc, values: FillValues, kind: 'plan' | 'ledger'): Missing[] {
  const out: Missing[] = [];
  const rows = ledgerRows(doc, values);
  doc.items.forEach((item, i) => {
    const row = rows[i]!;
    const at = { item: item.id, n: i + 1 };
    if (!row.measures.length) out.push({ ...at, field: 'measures', kind: 'empty' });
    if (!row.owner) out.push({ ...at, field: 'owner', kind: 'empty' });
    if (!row.deadline) out.push({ ...at, field: 'deadline', kind: 'empty' });
    for (const [field, context] of ITEM_TEXT_FIELDS) {
      const blanks = unfilledPlaceholders(item[field] ?? '', values, { field: context }).map((m) => m.text);
      if (blanks.length) out.push({ ...at, field, kind: 'placeholder', blanks });
    }
  });
  if (kind === 'plan') {
    const plan = planText(doc, values);
    if (!plan.signature) out.push({ field: 'signature', kind: 'empty' });
    for (const part of ['opening', 'goal', 'organization', 'requirements'] as const) {
      const blanks = unfilledPlaceholders(doc.plan[part] ?? '', values).map((m) => m.text);
      if (blanks.length) out.push({ field: part, kind: 'placeholder', blanks });
    }
  }
  return out;
}
