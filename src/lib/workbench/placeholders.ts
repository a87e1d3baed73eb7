// Placeholders in template text: the spots where a secretary puts their own unit, branch, names,
// dates and numbers (domain notes: `xx`, `XX单位`, `x名`, `**年**月`, `20__年`, `×区委`, `某某`).
// Each is classified by what it means in its sentence, so a value goes only where it belongs:
// a past month ("在2020年x月份") is a date of its own, never the deadline; "党委书记×" and "党委副书记×"
// are two people; "×组通〔2020〕×号" is one document number. Pure: used at build time
// (rehype-item-fields marks them) and in the browser (fill-in, the check before export, export).
//
// Adding a kind (for example a class name in "X年级X专业" for 发展党员 forms): add it to
// PlaceholderKind and KIND_INFO, write a rule in RULES (a function from the context of one run of
// marks to a match or nothing) in the order it should win, and give it UI strings
// workbench.fill.<kind> / <kind>Hint if it is shared.

import { fillKeyOf, fillOne, valueFor, type FillValues, type PlaceholderKind } from './fill-values';

export { cleanFillValues, FILL_KINDS, fillKeyOf, fillOne, isSharedKind, KIND_INFO, valueFor, type FillKind, type FillValues, type PlaceholderKind } from './fill-values';

/** One placeholder found in a text: [start, end) offsets, its text, kind and fill key. */
export interface PlaceholderMatch {
  start: number;
  end: number;
  text: string;
  kind: PlaceholderKind;
  /** For a person: the role named next to it, e.g. "党委书记", "教授"; absent when none is named. */
  role?: string;
  /** Key of its value in FillValues: "unit", "person:党委书记", "person"; undefined for own kinds. */
  key?: string;
}

/** Where a text stands, which settles what a bare placeholder means: a 责任人 field holds a name. */
export type FieldContext = 'person' | 'deadline' | undefined;

// A run of placeholder marks: Latin x/X (half and full width), ×, asterisks (** as printed in
// redacted sources), underscores for blanks, and 某某.
const MARK = String.raw`(?:某某|[xXｘＸ×＊*]+|[_＿]{2,})`;
const CANDIDATE = new RegExp(MARK, 'gu');
const isLatin = (ch: string | undefined) => !!ch && /[A-Za-z]/.test(ch);
const isDigit = (ch: string | undefined) => !!ch && /[0-9０-９]/.test(ch);

// A date: [20]year年 month月 [day日|号] [份|底|初|上旬|中旬|下旬] [前|以前|之前]; any part may be marks
// or digits, at least one part is marks (the candidate). Group 1 = year part, 2 = month, 3 = day, 4 = suffix, 5 = 前.
const NUM = String.raw`(?:${MARK}|\d{1,4})`;
const DATE = new RegExp(String.raw`^(?:((?:20)?${NUM})年)?(?:(${NUM})月)?(?:(${NUM})[日号])?(份|底|初|中旬|上旬|下旬|中)?(前|以前|之前)?`, 'u');
// Words after a date that make it a time limit: "**年**月完成", "x月底前完成".
const DEADLINE_AFTER = /^(?:完成|前完成|全部完成|整改到位|到位|见效|办结)/u;

// A document number (文号) with a placeholder in it: "×组通〔2020〕×号", "中组发〔20xx〕x号".
const DOC_NUMBER = new RegExp(String.raw`^(?:${MARK})?[\p{Script=Han}]{0,6}〔(?:\d{4}|(?:20)?${MARK})〕(?:\d{1,4}|${MARK})号`, 'u');
const DOC_NUMBER_HEAD = new RegExp(String.raw`(?:${MARK})?[\p{Script=Han}]{1,6}〔(?:\d{4}|(?:20)?${MARK})〕$`, 'u');

// Roles of people in party and public bodies, longest first; a qualifier before the role word
// ("党委" in 党委书记, "宣传" in 宣传部长) is part of the role, so 党委书记 and 党委副书记 differ.
const ROLE_WORD = '(?:副书记|书记|副主任|主任|副部长|部长|副局长|局长|副处长|处长|副科长|科长|副校长|校长|副院长|院长|副组长|组长|主席|委员|教授|老师|专家|同志)';
const ROLE_QUALIFIER = '(?:党委|党组|党工委|党总支|总支|党支部|支部|纪委|纪工委|村委会|居委会|工会|团委|组织|宣传|统战|纪检|市委|县委|区委|镇|乡|村)';
const ROLE_BEFORE = new RegExp(`(${ROLE_QUALIFIER}?${ROLE_WORD})[：:]?\\s*$`, 'u');
// Words before a placeholder that make it a name without saying whose: "责任人：xx", "联系人 xx".
const PERSON_LABEL_BEFORE = /(?:负责人|责任人|联系人|经办人|记录人|主持人|报告人|介绍人)[：:]?\s*$/u;
// A role after the name: "xxx教授", "某某同志" (同志 names nobody's office: a plain person).
const ROLE_AFTER = new RegExp(`^(${ROLE_WORD})`, 'u');

// Words after a placeholder that tell what it is; `suffix` words belong to the placeholder
// ("XX单位" is replaced whole by the unit name). Order matters: longer words first.
const AFTER: { test: RegExp; kind: PlaceholderKind; suffix?: boolean }[] = [
  { test: /^(?:党支部|党总支|支部|总支)/u, kind: 'branch', suffix: true },
  { test: /^单位/u, kind: 'unit', suffix: true },
  { test: /^(?:党委|党组|党工委|公司|集团|委员会|局|学校|医院|中心|机关|企业|办事处|部门|院|所)/u, kind: 'unit' },
  { test: /^(?:省|市|区|县|镇|乡|村|街道|社区)/u, kind: 'region' },
  { test: /^年(?!级)/u, kind: 'year' },
  { test: /^(?:名|个|项|次|户|人|家|场|篇|条|多|余|万|千|百|%|％|平方米|元|天|期|批|座|处|份|本|件|号|周年|余人|小时|届|岁)/u, kind: 'number' },
];

/** The context a rule sees: the whole text, where the run of marks starts and ends, and the field. */
interface RuleContext {
  text: string;
  start: number;
  end: number;
  run: string;
  field: FieldContext;
}
/** A rule's verdict: the kind, possibly a wider span (a whole date) and a role. `null` = not a placeholder. */
type RuleResult = { kind: PlaceholderKind; start?: number; end?: number; role?: string | undefined } | null | undefined;
type Rule = (ctx: RuleContext) => RuleResult;

/** The rules, in the order they are tried; the first that answers decides. */
const RULES: Rule[] = [
  // Not placeholders: single asterisks (footnote marks), x inside Latin words ("docx"),
  // × between digits ("3×4米").
  ({ run }) => (/^[*＊]$/.test(run) ? null : undefined),
  ({ text, start, end, run }) => (/^[xXｘＸ]+$/.test(run) && (isLatin(text[start - 1]) || isLatin(text[end]) || run.length > 6) ? null : undefined),
  ({ text, start, end, run }) =>
    /^[xX×ｘＸ]$/.test(run) && isDigit(text.slice(0, start).trimEnd().at(-1)) && isDigit(text.slice(end).trimStart()[0]) ? null : undefined,
  // A document number, whole: "×组通〔2020〕×号".
  ({ text, start }) => {
    const head = DOC_NUMBER_HEAD.exec(text.slice(Math.max(0, start - 12), start));
    const from = head ? start - head[0].length : start;
    const whole = DOC_NUMBER.exec(text.slice(from));
    return whole ? { kind: 'docNumber', start: from, end: from + whole[0].length } : undefined;
  },
  // A date, whole: "20xx年x月底前", "x月x日", "**年**月", "x月份" after a real year.
  ({ text, start, field }) => {
    const century = text.slice(start - 2, start) === '20' && !isDigit(text[start - 3]) ? 2 : 0;
    const from = start - century;
    const date = DATE.exec(text.slice(from));
    if (!date?.[0]) return undefined;
    const [whole, year, month, day, suffix, before] = date;
    const hasMonth = month !== undefined || day !== undefined;
    const limit = !!before || DEADLINE_AFTER.test(text.slice(from + whole.length)) || field === 'deadline';
    // "x年" alone is a year; "x年底前" a deadline; a date needs a month or a day.
    if (!hasMonth && !(year && suffix === '底' && before)) return undefined;
    // "x月x日" is a day in the narrative even in a time-limit sentence only when it has no 前.
    if (limit && !(day && !before && field !== 'deadline')) return { kind: 'deadline', start: from, end: from + whole.length };
    // A date in the narrative: the mark is the date itself ("x月" of "在2020年x月份"); 份, 底 and 前 stay text.
    const core = whole.length - (suffix?.length ?? 0) - (before?.length ?? 0);
    return { kind: 'date', start: from, end: from + core };
  },
  // A count: "支部书记x人" is a number of people, not a name.
  ({ text, start, end }) => {
    const count = AFTER.find((r) => r.kind === 'number')!.test.test(text.slice(end));
    if (!count) return undefined;
    return isDigit(text[start - 1]) ? null : { kind: 'number' };
  },
  // A person by the words after or before: "xxx教授", "党委副书记×", "责任人：xx".
  ({ text, start, end, run }) => {
    const after = ROLE_AFTER.exec(text.slice(end));
    if (after) return after[1] === '同志' || run === '某某' ? { kind: 'person' } : { kind: 'person', role: after[1] };
    const before = ROLE_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (before) return before[1] === '同志' ? { kind: 'person' } : { kind: 'person', role: before[1] };
    return PERSON_LABEL_BEFORE.test(text.slice(0, start)) ? { kind: 'person' } : undefined;
  },
  // By the word after it: unit, branch, region, year, count.
  ({ text, start, end, run }) => {
    const rest = text.slice(end);
    const rule = AFTER.find((r) => r.test.test(rest));
    if (!rule) return run === '某某' ? { kind: 'person' } : undefined;
    if (rule.kind === 'year') {
      const century = text.slice(start - 2, start) === '20' && !isDigit(text[start - 3]) ? 2 : 0;
      if (!century && isDigit(text[start - 1])) return null; // "2019x年" is not a blank year
      return { kind: 'year', start: start - century };
    }
    if (rule.kind === 'number' && isDigit(text[start - 1])) return null;
    return { kind: rule.kind, end: rule.suffix ? end + rest.match(rule.test)![0].length : end };
  },
  // In a 责任人 field a bare "xx" is a name; anything else is a blank of its own.
  ({ field }) => ({ kind: field === 'person' ? 'person' : 'other' }),
];

/** Options for {@link findPlaceholders}. */
export interface FindOptions {
  /** Text before the input in the same paragraph (e.g. a bold "责任人"), read for context only. */
  before?: string;
  /** The field the text is in: a name field makes a bare "xx" a person, a time-limit field makes a date the deadline. */
  field?: FieldContext;
}

/**
 * Every placeholder in `input`, left to right, e.g. "XX单位2020年培养积极分子x名" →
 * [{ text: 'XX单位', kind: 'unit', key: 'unit' }, { text: 'x', kind: 'number' }].
 */
export function findPlaceholders(input: string, options: FindOptions | string = {}): PlaceholderMatch[] {
  const { before = '', field } = typeof options === 'string' ? { before: options } : options;
  const text = before + input;
  const out: PlaceholderMatch[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const ctx: RuleContext = { text, start: m.index, end: m.index + m[0].length, run: m[0], field };
    let verdict: RuleResult;
    for (const rule of RULES) {
      verdict = rule(ctx);
      if (verdict !== undefined) break;
    }
    if (!verdict) continue;
    const start = verdict.start ?? ctx.start;
    const end = verdict.end ?? ctx.end;
    const previous = out[out.length - 1];
    if (previous && previous.end > start) continue;
    const match: PlaceholderMatch = { start, end, text: text.slice(start, end), kind: verdict.kind };
    if (verdict.role) match.role = verdict.role;
    const key = fillKeyOf(verdict.kind, verdict.role);
    if (key) match.key = key;
    out.push(match);
    CANDIDATE.lastIndex = end;
  }
  if (!before) return out;
  return out
    .filter((match) => match.start >= before.length)
    .map((match) => ({ ...match, start: match.start - before.length, end: match.end - before.length }));
}

/**
 * `text` with every placeholder that has a value replaced, e.g.
 * fillPlaceholders('XX单位2020年…', { unit: '红星社区' }) → '红星社区2020年…'. Empty values change
 * nothing; `options` as in {@link findPlaceholders}.
 */
export function fillPlaceholders(text: string, values: FillValues, options: FindOptions = {}): string {
  let out = '';
  let at = 0;
  for (const match of findPlaceholders(text, options)) {
    out += text.slice(at, match.start) + fillOne(match, values);
    at = match.end;
  }
  return out + text.slice(at);
}

/** The placeholders of `text` still without a value, e.g. for the check before export. */
export function unfilledPlaceholders(text: string, values: FillValues, options: FindOptions = {}): PlaceholderMatch[] {
  return findPlaceholders(text, options).filter((match) => valueFor(match, values) === undefined);
}

/** `text` cut into plain strings and placeholders, in order, for marking them up. */
export function splitPlaceholders(text: string, options: FindOptions | string = {}): (string | PlaceholderMatch)[] {
  const parts: (string | PlaceholderMatch)[] = [];
  let at = 0;
  for (const match of findPlaceholders(text, options)) {
    if (match.start > at) parts.push(text.slice(at, match.start));
    parts.push(match);
    at = match.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
