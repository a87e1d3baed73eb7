/**
 * 文书范本 out of one source file through an editorial record (scripts/sources/*-templates.ts):
 * line ranges → repaired lines → importText (collection "documents", plain paragraphs) → MDX.
 * Pure except readRecordSource / runDocumentRecord. Repairs are the same for every template and
 * listed on its page; per-template edits are checked (a `find` not on its line is an error, so a
 * changed source never slips through silently).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportError } from './errors.ts';
import { importText, type ImportResult } from './index.ts';
import { writeAllOrNothing, checkTargets } from './write-atomic.ts';

/** A replacement on one source line, e.g. a line the converter joined: { line: 1224, find: 'XXX 现申请备案', replace: 'XXX\n现申请备案', why: '…' }. */
export interface LineEdit {
  line: number;
  find: string;
  replace: string;
  /** Shown on the page as a repair; "" when the same reason was given for an earlier edit. */
  why: string;
}

/** One template. */
export interface DocumentEntry {
  /** File name without .mdx, e.g. "jiji-fenzi-gongshi". */
  id: string;
  /** Title without the converter's spaces, e.g. "关于确定XX等X位同志为入党积极分子的公示". */
  title: string;
  /** Inclusive source lines, title line(s) first. */
  lines: readonly [number, number];
  /** How many lines the title takes; default 1. */
  titleLines?: number;
  /** Step of the procedure, e.g. 3. */
  step: number;
  /** DocumentSchema kind, e.g. "公示". */
  kind: string;
  /** "table" for 会议记录 and 登记表; default "text". */
  form?: 'text' | 'table';
  /** Overrides the record's scope, e.g. "贵州省" for the province's forms. */
  scope?: string;
  edits?: readonly LineEdit[];
  /** Lines joined to the line after them (a sentence the converter broke), e.g. [1488]. */
  join?: readonly number[];
}

/** The editorial record of one source file. */
export interface DocumentRecord {
  /** Path under ../shared/sources, e.g. "policies/gznu-zuzhi-fazhan-shouce-2025.md". */
  file: string;
  /** Source as cited, e.g. "贵州师范大学组织部、党校《组织发展工作专项培训工作手册》（2025年6月）". */
  source: string;
  /** Procedure id, e.g. "fazhan-dangyuan". */
  procedure: string;
  /** Where the templates are used, e.g. "贵州师范大学". */
  scope: string;
  /** `added` of every file (fixed, so a re-import reproduces the files byte for byte). */
  added: string;
  entries: readonly DocumentEntry[];
  /** Lines no template uses, with the reason. */
  dropped: readonly { lines: number | readonly [number, number]; reason: string }[];
}

/** Repairs applied to every template, as listed on its page. */
export const REPAIRS = {
  headings: '去掉转换时加在行首的 Markdown 标题符号（###）',
  spaces: '删去转换时夹在汉字之间、汉字与「X」之间的空格（如「X 年 X 月」→「X年X月」、「同 志」→「同志」）',
  blankDates: '空白日期「年 月 日」以「＿＿年＿＿月＿＿日」标出，便于填写',
  blankFields: '空白栏目（会议时间、会议地点、联系方式等）以「＿＿＿＿」标出，便于填写',
  split: '「联系方式：」「会议主要议题：」与上文被转换并到一行，分开另起一行',
} as const;

const BLANK = '＿＿';
// A bare 「年 月 日」 (no X or digit before 年) is a blank date the reader fills in by hand.
const BLANK_DATE = /(?<![XxＸｘ×Ⅹ\d]\s*)年\s+月\s+日/gu;
// Labels of form fields; empty when followed by nothing or by the next label.
const FIELD_LABELS = ['会议时间', '会议地点', '应到会人数', '应到会人员', '实到人数', '参会人员签名', '参会人签名', '会议主持人', '会议记录人', '记录人', '联系方式', '监票人（签名）', '计票人（签名）', '党支部书记（签名）'];
const LABELS = FIELD_LABELS.join('|');
const EMPTY_FIELD = new RegExp(`(${LABELS})[ \\t]*[:：][ \\t]*(?=$|${LABELS}|[ \\t]*${BLANK})`, 'gmu');
// Characters between which a space is converter damage: Han, placeholder marks, digits, CJK punctuation.
const NEXT_FIELD = /^[\p{Script=Han}（）]{2,10}[:：]/u;
const TIGHT = /[\p{Script=Han}XxＸｘ×Ⅹ0-9\u3000-\u303f\uff01-\uff3e\uff40-\uff5e“”‘’…—·()]/u;

/** Repairs of one line, with the names of those that changed it. */
export function repairLine(text: string): { text: string; applied: (keyof typeof REPAIRS)[] } {
  const applied = new Set<keyof typeof REPAIRS>();
  let out = text;
  const step = (name: keyof typeof REPAIRS, next: string) => {
    if (next !== out) applied.add(name);
    out = next;
  };
  step('headings', out.replace(/^#{1,6}\s+/, ''));
  step('split', out.replace(/(?<=\S)\s+(?=(?:联系方式|会议主要议题)[:：])/gu, '\n'));
  step('blankDates', out.replace(BLANK_DATE, `${BLANK}年${BLANK}月${BLANK}日`));
  step('blankFields', out.replace(EMPTY_FIELD, (_m, label: string) => `${label}：${BLANK}${BLANK} `).replace(/[ ]+$/gmu, ''));
  // A space between two tight characters is dropped; spaces next to a blank (＿) and spaces
  // before a second field on the line ("…XXX支部 支部书记签名：") stay as separators.
  step(
    'spaces',
    out.replace(/(?<=(.))[ \u00a0]+(?=(.))/gu, (space, a: string, b: string, offset: number, all: string) =>
      TIGHT.test(a) && TIGHT.test(b) && !NEXT_FIELD.test(all.slice(offset + space.length)) ? '' : space,
    ),
  );
  return { text: out, applied: [...applied] };
}

/** The text of one template (title lines left out) and the repairs made, in the order of REPAIRS. */
export function templateText(entry: DocumentEntry, source: readonly string[], file: string): { lines: { text: string; line: number }[]; repairs: string[] } {
  const [from, to] = entry.lines;
  if (from < 1 || to > source.length || from > to) throw new ImportError(file, `${entry.id} 的行号范围 ${from}–${to} 超出文件（共 ${source.length} 行）`, '请核对 lines');
  const applied = new Set<keyof typeof REPAIRS>();
  const reasons: string[] = [];
  const raw = new Map<number, string>();
  for (let n = from; n <= to; n++) raw.set(n, source[n - 1]!);
  for (const edit of entry.edits ?? []) {
    const text = raw.get(edit.line);
    if (text === undefined || !text.includes(edit.find)) {
      throw new ImportError(file, `${entry.id} 的修改在第 ${edit.line} 行找不到「${edit.find}」`, '源文件可能已变动：请核对行号和原文后修改编辑记录');
    }
    raw.set(edit.line, text.replace(edit.find, edit.replace));
    if (edit.why && !reasons.includes(edit.why)) reasons.push(`第${edit.line}行：${edit.why}`);
  }
  const lines: { text: string; line: number }[] = [];
  // The title line(s) come first; an edit may split text off a title line (a heading glued to
  // the next field), which then stays in the body.
  let title = entry.titleLines ?? 1;
  for (const [n, text] of raw) {
    if (title > 0) {
      const [, ...rest] = text.split('\n');
      title--;
      if (!rest.length) continue;
      raw.set(n, rest.join('\n'));
    }
    for (const part of raw.get(n)!.split('\n')) {
      const repaired = repairLine(part);
      repaired.applied.forEach((name) => applied.add(name));
      for (const piece of repaired.text.split('\n')) lines.push({ text: piece, line: n });
    }
  }
  // Sentences the converter broke over lines are joined back (recorded per template).
  for (const n of [...(entry.join ?? [])].reverse()) {
    const at = lines.findIndex((l) => l.line === n);
    const next = lines.findIndex((l, i) => i > at && l.line > n && l.text.trim());
    if (at < 0 || next < 0) throw new ImportError(file, `${entry.id} 的 join 第 ${n} 行不在范围内`, '请核对 join');
    lines[at] = { text: lines[at]!.text + lines[next]!.text, line: n };
    lines.splice(next, 1);
  }
  if (entry.join?.length) reasons.push(`第${entry.join.join('、')}行：转换时断开的句子接回一行`);
  const repairs = (Object.keys(REPAIRS) as (keyof typeof REPAIRS)[]).filter((name) => applied.has(name)).map((name) => REPAIRS[name]);
  return { lines: lines.filter((l) => l.text.trim()), repairs: [...repairs, ...reasons] };
}

/** Every template of `record` imported from the source text `text`; throws ImportError for a bad record. */
export function importRecord(record: DocumentRecord, text: string, fileName = record.file): ImportResult[] {
  const source = text.split('\n');
  checkCoverage(record, fileName);
  return record.entries.map((entry) => {
    const { lines, repairs } = templateText(entry, source, fileName);
    const result = importText(lines.map((l) => l.text).join('\n'), {
      collection: 'documents',
      fileName,
      firstLineNumber: entry.lines[0] + (entry.titleLines ?? 1),
      today: record.added,
      plain: true,
      metadata: {
        title: entry.title,
        procedure: record.procedure,
        step: entry.step,
        kind: entry.kind,
        form: entry.form ?? 'text',
        source: `${record.source}第${entry.lines[0]}–${entry.lines[1]}行`,
        scope: entry.scope ?? record.scope,
        repairs,
        tags: ['发展党员', entry.kind],
        draft: false,
      },
    });
    return { ...result, slug: entry.id, report: { ...result.report, target: `${entry.id}.mdx` } };
  });
}

/** Ranges of entries and dropped lines must not overlap (every line has one owner). */
function checkCoverage(record: DocumentRecord, file: string) {
  const owner = new Map<number, string>();
  const claim = (from: number, to: number, who: string) => {
    for (let n = from; n <= to; n++) {
      const other = owner.get(n);
      if (other) throw new ImportError(file, `第 ${n} 行同时属于「${other}」和「${who}」`, '请调整编辑记录中的行号范围');
      owner.set(n, who);
    }
  };
  for (const entry of record.entries) claim(entry.lines[0], entry.lines[1], entry.id);
  for (const drop of record.dropped) {
    const [from, to] = typeof drop.lines === 'number' ? [drop.lines, drop.lines] : drop.lines;
    claim(from, to, `dropped: ${drop.reason}`);
  }
}

/** Reads the record's source under `sourcesDir` (default ../shared/sources). */
export async function readRecordSource(record: DocumentRecord, sourcesDir: string): Promise<string> {
  const path = join(sourcesDir, record.file);
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new ImportError(path, '源文件不存在或无法读取', '请确认 ../shared/sources/ 在仓库旁边（见 README）');
  }
}

/** Imports and writes every template to `out` (default content/documents); all or nothing. */
export async function runDocumentRecord(record: DocumentRecord, options: { sourcesDir: string; out?: string; force?: boolean; dryRun?: boolean }): Promise<ImportResult[]> {
  const results = importRecord(record, await readRecordSource(record, options.sourcesDir), join(options.sourcesDir, record.file));
  const planned = results.map((r) => ({ path: join(options.out ?? 'content/documents', `${r.slug}.mdx`), content: r.mdx }));
  if (options.dryRun) checkTargets(planned, { force: options.force ?? false });
  else await writeAllOrNothing(planned, { force: options.force ?? false });
  return results;
}
