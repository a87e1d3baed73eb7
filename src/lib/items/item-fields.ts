// The item-field vocabulary: which labels open which field of a problem / rectification item
// (domain notes: 问题 · 表现 · 原因 · 整改措施 · 总负责人 / 责任人 / 责任单位 · 落实时限 / 完成时限 ·
// 整改情况). The one definition used by the build (rehype-item-fields, the build check), the 问题库,
// the 整改清单 and its exports, the importer and the seed builder. Pure; runs in Node and the browser.

/** A field of an item, e.g. "measures" for 整改措施. */
export type ItemField = 'problem' | 'manifestations' | 'causes' | 'measures' | 'goal' | 'lead' | 'owner' | 'unit' | 'deadline' | 'status';

/** One field: its labels as sources write them (the first is the one we print), and how far it reaches. */
export interface FieldInfo {
  /** Labels in sources, e.g. ['落实时限', '完成时限', '整改时限', '时限']; the first is the display label. */
  labels: readonly string[];
  /**
   * Labels that mean this field only when set in bold in a template (`**措施**：`), never in raw
   * source text, where a line "目标：…" or "时限：…" is ordinary prose.
   */
  boldOnly?: readonly string[];
  /**
   * True when the field runs on over the paragraphs and lists after its label until the next label
   * (问题 with how it shows, 整改措施 with its numbered measures); false for one-line fields (责任人,
   * 落实时限), where a paragraph after the label line is not part of the field.
   */
  spans: boolean;
  /** Part of the problem statement (问题 / 表现 / 原因): comes before 整改措施 in an item. */
  problemSide?: boolean;
}

/**
 * Every field with its labels. Order is the order fields appear in an item and in the 台账.
 * Where two labels could name the same person or unit, see {@link LIST_FIELD_PRECEDENCE}.
 */
export const ITEM_FIELDS: Readonly<Record<ItemField, FieldInfo>> = {
  problem: { labels: ['问题', '存在问题', '主要问题'], spans: true, problemSide: true },
  manifestations: { labels: ['表现', '主要表现', '具体表现'], spans: true, problemSide: true },
  causes: { labels: ['原因', '原因分析', '产生原因'], spans: true, problemSide: true },
  measures: { labels: ['整改措施', '整改举措', '改进措施', '措施'], boldOnly: ['措施'], spans: true },
  goal: { labels: ['整改目标', '目标'], boldOnly: ['目标'], spans: true },
  lead: { labels: ['总负责人', '责任领导', '牵头领导'], spans: false },
  owner: { labels: ['责任人'], spans: false },
  unit: { labels: ['责任单位', '责任部门', '牵头单位'], spans: false },
  deadline: { labels: ['落实时限', '完成时限', '整改时限', '时限'], boldOnly: ['时限'], spans: false },
  status: { labels: ['整改情况', '完成情况'], spans: false },
};

/** Fields in item order, e.g. for iterating. */
export const ITEM_FIELD_ORDER = Object.keys(ITEM_FIELDS) as ItemField[];

/**
 * Precedence when one column of the 整改清单 / 台账 can be filled from several fields, first
 * present wins. 责任人 is who carries the work out, so it goes before 总负责人 (the leader
 * answerable for it), which fills the column only when no 责任人 is named. The template page,
 * the 问题库 and the importer all read items through {@link listFields}, so an item labelled both
 * 总负责人 and 责任人 shows the same person everywhere.
 */
export const LIST_FIELD_PRECEDENCE = {
  owner: ['owner', 'lead'],
  unit: ['unit'],
  deadline: ['deadline'],
} as const satisfies Record<string, readonly ItemField[]>;

const LABEL_TO_FIELD = new Map<string, ItemField>();
for (const field of ITEM_FIELD_ORDER) for (const label of ITEM_FIELDS[field].labels) LABEL_TO_FIELD.set(label, field);

/** Every label, longest first (so 主要表现 wins over 表现 in a regex alternation). */
export const ALL_LABELS = [...LABEL_TO_FIELD.keys()].sort((a, b) => b.length - a.length);

/** Labels that count in raw source text (importer, seed builder): all but the bold-only ones. */
export const SOURCE_LABELS = ALL_LABELS.filter((label) => !ITEM_FIELD_ORDER.some((f) => ITEM_FIELDS[f].boldOnly?.includes(label)));

/** The display label of a field, e.g. "deadline" → "落实时限". */
export function fieldLabel(field: ItemField): string {
  return ITEM_FIELDS[field].labels[0]!;
}

/** The field a label opens, e.g. "完成时限" → "deadline", "完成时限：" → "deadline"; undefined for other words. */
export function fieldOfLabel(label: string): ItemField | undefined {
  return LABEL_TO_FIELD.get(label.trim().replace(/[：:]$/u, '').trim());
}

/** Whether a field runs on over later paragraphs (see {@link FieldInfo.spans}). */
export function fieldSpans(field: ItemField): boolean {
  return ITEM_FIELDS[field].spans;
}

/** A label line of a source text: label, field and the text after the separator. */
export interface LabelLine {
  label: string;
  field: ItemField;
  /** Text after "label:", trimmed; "" for a bare label line such as "整改措施：" or "落实时限。". */
  value: string;
}

const LABEL_LINE = new RegExp(`^(${SOURCE_LABELS.join('|')})\\s*(?:[:：]\\s*(.*)|[。.]?)$`, 'u');

/**
 * A source line that opens a field, e.g. "责任人:xx" → { label: '责任人', field: 'owner', value: 'xx' },
 * "整改措施。" → { …, value: '' }; undefined for ordinary text ("问题很多" is not a label line).
 * Bold-only labels (措施, 目标, 时限) do not count here.
 */
export function parseLabelLine(text: string): LabelLine | undefined {
  const match = LABEL_LINE.exec(text.trim());
  if (!match) return undefined;
  const label = match[1]!;
  return { label, field: LABEL_TO_FIELD.get(label)!, value: (match[2] ?? '').trim() };
}

// Chinese numbering levels of official writing (domain notes: 一、 → （一） → 1. → （1）), also
// with ASCII brackets and the full-width dot, and bullets.
const ENUMERATOR = /^(?:[一二三四五六七八九十百]{1,3}[、.．]|[（(][一二三四五六七八九十百\d]{1,3}[)）][、.．]?|\d{1,3}\s*(?:[.．、]+(?!\d)|[)）])|[·•\-])\s*/u;

/**
 * `text` without the numbering it had in its source: "（一）党费收缴不及时" → "党费收缴不及时",
 * "1.学习形式单一" → "学习形式单一", "一、坚持" → "坚持", "2) 严格" → "严格". Numbers are the
 * exporter's job (the Word 方案 numbers problems itself); "3.5倍" and "2020年" stay as they are.
 */
export function stripEnumerator(text: string): string {
  return text.replace(ENUMERATOR, '').trim();
}

/**
 * A field's text without what belongs to the label: separators and stray punctuation at the
 * start ("：严格组织生活会问题" → "严格组织生活会问题", "。xx" → "xx"), white space at both ends.
 */
export function cleanFieldText(text: string): string {
  return text.replace(/^[\s:：,，。.;；、]+/u, '').trim();
}

/** Why a field's text is no value: see {@link fieldTextProblem}. */
export type FieldTextProblem = 'punctuation' | 'fragment' | 'label';

// What is left of a date placeholder when its marks were lost: "底前", "月前", "份", "号".
const FRAGMENT = /^(?:底前|底|月前|日前|前|份|号|日)$/u;

/**
 * Whether a field's text is not a value: only punctuation ("。", "：、"), a placeholder fragment
 * ("底前。" left of "x月底前"), or another label swallowed ("责任单位："). Empty text is no
 * problem here (a field may be left empty); a placeholder such as "xx" is a value to fill in.
 */
export function fieldTextProblem(text: string): FieldTextProblem | undefined {
  const value = text.trim();
  if (!value) return undefined;
  const words = value.replace(/[\p{P}\p{S}\s]/gu, '');
  if (!words) return 'punctuation';
  if (FRAGMENT.test(words)) return 'fragment';
  if (parseLabelLine(value) || fieldOfLabel(value)) return 'label';
  return undefined;
}

/** An item's fields as text, e.g. { problem: '…', measures: '1. …\n2. …', owner: 'xx' }. */
export type ItemFieldTexts = Partial<Record<ItemField, string>>;

/** The 整改清单 columns of an item, each from the first field present in {@link LIST_FIELD_PRECEDENCE}. */
export function listFields(fields: ItemFieldTexts): { owner: string; unit: string; deadline: string } {
  const pick = (order: readonly ItemField[]) => order.map((f) => fields[f]?.trim() ?? '').find(Boolean) ?? '';
  return { owner: pick(LIST_FIELD_PRECEDENCE.owner), unit: pick(LIST_FIELD_PRECEDENCE.unit), deadline: pick(LIST_FIELD_PRECEDENCE.deadline) };
}
