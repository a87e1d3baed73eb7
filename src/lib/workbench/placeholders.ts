// Placeholders in template text: the spots where a secretary puts their own unit, branch,
// names, year and deadline (domain notes: `xx`, `XX单位`, `x名`, `**年**月`, `20__年`, `×区委`, `某某`).
// Pure: used at build time (rehype-item-fields marks them) and in the browser (fill-in, export).

/** What a placeholder stands for, judged from the words around it. */
export type PlaceholderKind = 'unit' | 'branch' | 'region' | 'person' | 'year' | 'deadline' | 'date' | 'number' | 'other';

/** Kinds the fill-in panel has a field for, in panel order. */
export const FILL_KINDS = ['unit', 'branch', 'region', 'person', 'year', 'deadline'] as const;
export type FillKind = (typeof FILL_KINDS)[number];

/** The reader's own details, e.g. { unit: '红星社区', year: '2025' }; empty fields leave placeholders as they are. */
export type FillValues = Partial<Record<FillKind, string>>;

/** One placeholder found in a text: [start, end) offsets, its text and its kind. */
export interface PlaceholderMatch {
  start: number;
  end: number;
  text: string;
  kind: PlaceholderKind;
}

// A run of placeholder marks: Latin x/X (half and full width), ×, asterisks (** as printed in
// redacted sources), underscores for blanks, and 某某.
const MARK = String.raw`(?:某某|[xXｘＸ×＊*]+|[_＿]{2,})`;
const CANDIDATE = new RegExp(MARK, 'gu');
const MONTH_EXPRESSION = new RegExp(String.raw`^(?:(?:20)?${MARK}年)?${MARK}月(?:${MARK}日)?(?:底|初|上旬|中旬|下旬)?前?`, 'u');

// Words after a placeholder that tell what it is. Order matters: longer words first.
// `suffix: true` means the word belongs to the placeholder ("XX单位" is replaced whole by the unit name).
const AFTER: { test: RegExp; kind: PlaceholderKind; suffix?: boolean }[] = [
  { test: /^(?:党支部|党总支|支部|总支)/u, kind: 'branch', suffix: true },
  { test: /^单位/u, kind: 'unit', suffix: true },
  { test: /^(?:党委|党组|党工委|公司|集团|委员会|局|学校|医院|中心|机关|企业|办事处|部门|院|所)/u, kind: 'unit' },
  { test: /^(?:省|市|区|县|镇|乡|村|街道|社区)/u, kind: 'region' },
  { test: /^年(?!级)/u, kind: 'year' },
  { test: /^(?:同志|书记|副书记|主任|教授|部长|局长|科长|处长|委员|老师)/u, kind: 'person' },
  { test: /^(?:名|个|项|次|户|人|家|场|篇|条|多|余|万|千|百|%|％|平方米|元|天|期|批|座|处|份|本|件|号|周年|余人|小时)/u, kind: 'number' },
];
// Words before a placeholder that make it a person's name: "书记×", "责任人：xx".
const PERSON_BEFORE = /(?:书记|负责人|责任人|联系人|主任|同志|委员|部长|局长|处长|科长|校长|教授)[：:]?\s*$/u;
const isLatin = (ch: string | undefined) => !!ch && /[A-Za-z]/.test(ch);
const isDigit = (ch: string | undefined) => !!ch && /[0-9０-９]/.test(ch);

/**
 * Every placeholder in `input`, left to right, e.g. "XX单位2020年培养积极分子x名" →
 * [{ text: 'XX单位', kind: 'unit' }, { text: 'x', kind: 'number' }]. Skips x inside Latin words
 * ("docx"), × between digits ("3×4"), and single asterisks.
 */
export function findPlaceholders(input: string, before = ''): PlaceholderMatch[] {
  // `before` is text that precedes `input` in the same paragraph (e.g. a bold "责任人"),
  // read for context only; offsets stay relative to `input`.
  const text = before + input;
  const out: PlaceholderMatch[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    const run = m[0];
    const before = text[start - 1];
    if (/^[*＊]$/.test(run)) continue;
    if (/^[xXｘＸ]+$/.test(run) && (isLatin(before) || isLatin(text[end]) || run.length > 6)) continue;
    // "3×4", "3 x 4": multiplication, not a blank.
    if (/^[xX×ｘＸ]$/.test(run) && isDigit(text.slice(0, start).trimEnd().at(-1)) && isDigit(text.slice(end).trimStart()[0])) continue;
    const hasCentury = text.slice(start - 2, start) === '20';
    const rest = text.slice(end);

    let kind: PlaceholderKind = run === '某某' ? 'person' : 'other';
    const month = MONTH_EXPRESSION.exec(text.slice(hasCentury ? start - 2 : start));
    if (month && (!hasCentury || /^20/.test(month[0])) && /月/.test(month[0])) {
      // "x月x日", "**年**月", "20xx年x月底前": the whole date is the deadline.
      // A day ("x月x日") is a date of its own, not the deadline the panel fills.
      if (hasCentury) start -= 2;
      kind = month[0].includes('日') ? 'date' : 'deadline';
      end = start + month[0].length;
    } else if (hasCentury && MONTH_EXPRESSION.exec(text.slice(start))?.[0].includes('月')) {
      const own = MONTH_EXPRESSION.exec(text.slice(start))![0];
      kind = own.includes('日') ? 'date' : 'deadline';
      end = start + own.length;
    } else {
      const rule = AFTER.find((r) => r.test.test(rest));
      if (rule) {
        kind = rule.kind;
        if (rule.suffix) end += rest.match(rule.test)![0].length;
      }
      if (kind === 'year' && hasCentury) start -= 2;
      else if (kind === 'year' && isDigit(before)) continue; // "2019x年" is not a blank year
      if ((kind === 'other' || kind === 'number') && PERSON_BEFORE.test(text.slice(0, start))) kind = 'person';
      if (kind === 'number' && isDigit(before)) continue;
    }
    const previous = out[out.length - 1];
    if (previous && previous.end > start) continue;
    out.push({ start, end, text: text.slice(start, end), kind });
    CANDIDATE.lastIndex = end;
  }
  if (!before) return out;
  return out
    .filter((m) => m.start >= before.length)
    .map((m) => ({ ...m, start: m.start - before.length, end: m.end - before.length }));
}

/** Whether the fill-in panel has a field for `kind`. */
export function isFillKind(kind: PlaceholderKind | string): kind is FillKind {
  return (FILL_KINDS as readonly string[]).includes(kind);
}

/**
 * The text to show for one placeholder: the reader's value for its kind, else the placeholder
 * itself. `otherAs` gives kind-less placeholders a kind, e.g. "person" in a 责任人 field.
 */
export function fillOne(match: Pick<PlaceholderMatch, 'text' | 'kind'>, values: FillValues, otherAs?: FillKind): string {
  const kind = match.kind === 'other' && otherAs ? otherAs : match.kind;
  const value = isFillKind(kind) ? values[kind]?.trim() : undefined;
  return value ? value : match.text;
}

/**
 * `text` with every fillable placeholder replaced by the reader's value, e.g.
 * fillPlaceholders('XX单位2020年…', { unit: '红星社区' }) → '红星社区2020年…'. Empty values change nothing;
 * `otherAs` as in {@link fillOne}.
 */
export function fillPlaceholders(text: string, values: FillValues, otherAs?: FillKind): string {
  let out = '';
  let at = 0;
  for (const match of findPlaceholders(text)) {
    out += text.slice(at, match.start) + fillOne(match, values, otherAs);
    at = match.end;
  }
  return out + text.slice(at);
}

/** `text` cut into plain strings and placeholders, in order, for marking them up; `before` as in {@link findPlaceholders}. */
export function splitPlaceholders(text: string, before = ''): (string | PlaceholderMatch)[] {
  const parts: (string | PlaceholderMatch)[] = [];
  let at = 0;
  for (const match of findPlaceholders(text, before)) {
    if (match.start > at) parts.push(text.slice(at, match.start));
    parts.push(match);
    at = match.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** Keeps only known, non-empty, trimmed fields of a stored value, at most 60 characters each. */
export function cleanFillValues(value: unknown): FillValues {
  const out: FillValues = {};
  if (!value || typeof value !== 'object') return out;
  for (const kind of FILL_KINDS) {
    const v = (value as Record<string, unknown>)[kind];
    if (typeof v === 'string' && v.trim()) out[kind] = v.trim().slice(0, 60);
  }
  return out;
}
