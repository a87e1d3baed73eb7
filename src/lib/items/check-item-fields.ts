// Build check of every shipped item's fields: labels, separators and stray punctuation never reach
// an item field. A field whose text is only punctuation ("。"), a placeholder fragment ("底前。", left
// of a lost "x月底前") or another label fails the build with the file, the item and the fix. Pure:
// the build (or an integration) hands in the template files and gets the problems back.
import { fieldLabel, fieldTextProblem, type FieldTextProblem, type ItemField } from './item-fields';
import { itemsFromMdx } from './items-from-mdx';

/** One template file to check: its path for the message and its MDX body. */
export interface ItemFile {
  /** e.g. "content/templates/x.mdx". */
  file: string;
  body: string;
}

/** One bad field: where it is, what it holds and why that is no value. */
export interface ItemFieldProblem {
  file: string;
  /** Item anchor, e.g. "item-3". */
  item: string;
  field: ItemField;
  value: string;
  reason: FieldTextProblem;
}

/** Every bad field of every item in `files`, in file and item order; [] when all are clean. */
export function checkItemFields(files: readonly ItemFile[]): ItemFieldProblem[] {
  const problems: ItemFieldProblem[] = [];
  for (const { file, body } of files) {
    for (const item of itemsFromMdx(body)) {
      for (const [field, value] of Object.entries(item.fields) as [ItemField, string][]) {
        const reason = fieldTextProblem(value);
        if (reason) problems.push({ file, item: item.id, field, value, reason });
      }
    }
  }
  return problems;
}

const REASONS: Record<FieldTextProblem, string> = {
  punctuation: '只有标点',
  fragment: '只是占位符的残片',
  label: '是另一个标签',
};

/**
 * One problem as a line people can act on: file → item → problem → fix, e.g.
 * "content/templates/x.mdx → item-3 → 落实时限「底前。」只是占位符的残片 → …".
 */
export function formatItemFieldProblem(p: ItemFieldProblem): string {
  return `${p.file} → ${p.item} → ${fieldLabel(p.field)}「${p.value}」${REASONS[p.reason]} → 补全该字段（如“x月底前”），或去掉加粗标签让这行作为正文保留；种子内容请改 scripts/seeds/ 后运行 npm run seed`;
}
