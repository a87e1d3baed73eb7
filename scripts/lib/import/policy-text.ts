/**
 * Policy texts (issue 6): the lines at the head of an official regulation that are metadata,
 * not body — the 文号 (`中发〔2018〕23号`, also written with [] or ()), the note in brackets
 * that says who adopted and who issued it when (`（2018年10月28日中共中央政治局会议审议批准
 * 2018年11月25日中共中央发布）`), a bare issuer line (`中共中央办公厅`) — and the 施行 clause near
 * the end (`本条例自2019年1月1日起施行` / `自发布之日起施行`). Found values become frontmatter
 * (docNumber, issuer, issued, effective); the head lines leave the body. Nothing is invented:
 * what is not in the text stays unset. The 第X章/第X节/第X条 structure is structure.ts's job.
 */
import { parseChineseNumber } from '../../../src/lib/policy-titles.ts';
import { parseDate } from './metadata.ts';
import type { SourceLine } from './structure.ts';

/** Frontmatter found in a policy text; every field optional. */
export interface PolicyFields {
  /** 文号 with 〔〕, e.g. "中发〔2018〕23号". */
  docNumber?: string;
  /** 发文机关, e.g. "中共中央". */
  issuer?: string;
  /** 发布日期 of this version, e.g. "2018-11-25". */
  issued?: string;
  /** Date of the latest revision (修订) the note names, e.g. "2023-12-08". */
  revised?: string;
  /** 施行日期, e.g. "2019-01-01". */
  effective?: string;
  /** The note under the title, word for word, e.g. "（2003年12月23日…2023年12月19日中共中央发布）". */
  headnote?: string;
}

/** Result of {@link recognisePolicyText}. */
export interface PolicyTextResult {
  /** The lines left for the body (head metadata lines removed). */
  lines: SourceLine[];
  fields: PolicyFields;
  /** What was found where, in Chinese, for the import report, e.g. "文号 docNumber 取自第 2 行". */
  findings: string[];
}

const NUM = '零〇一二两三四五六七八九十百千\\d';
const STRUCTURE = new RegExp(`^第[${NUM}]+[编章节条]`, 'u');
// 文号: issuer abbreviation + year in any bracket + serial + 号; rewritten with 六角括号 〔〕
// (GB/T 9704-2012 7.2.4), which the policy schema requires.
const DOC_NUMBER = /^([\u4e00-\u9fa5A-Za-z]{1,15}?)\s*[〔［\[(（【]\s*(\d{4})\s*[〕］\])）】]\s*(\d{1,4})\s*号$/u;
const DATE = '(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)';
// One clause of the adoption/issue note: date, body, verb.
const CLAUSE = new RegExp(`${DATE}\\s*([^\\d（）()]*?)\\s*(审议批准|审议通过|通过|批准|发布|印发|修订|修正)`, 'gu');
const NOTE = /^[（(].*\d{4}\s*年.*(发布|印发|通过|批准|修订|修正)[^）)]*[）)]$/u;
// A line that is only an issuing body, e.g. 中共中央 / 中共中央办公厅 / 某某市青年志愿者协会.
const ISSUER = /^(中共中央|中共[\u4e00-\u9fa5]{1,20}(委员会|党委|党组|委|办公厅|组织部|纪委)|[\u4e00-\u9fa5]{2,30}(委员会|办公厅|协会|党委|党组|人民政府))$/u;
const EFFECTIVE_DATE = new RegExp(`自\\s*${DATE}\\s*起(?:施行|执行|生效)`, 'u');
const EFFECTIVE_ON_ISSUE = /自(?:发布|印发|公布)之日起(?:施行|执行|生效)/u;

/** "中发[2018]23号" → "中发〔2018〕23号"; undefined when the line is not a 文号. */
export function parseDocNumber(text: string): string | undefined {
  // A 文号 printed in brackets under a title, e.g. "（中办发〔2014〕33 号）", is the same 文号.
  const bare = text.trim().replace(/^[（(]\s*(.*?)\s*[）)]$/u, '$1');
  const match = DOC_NUMBER.exec(bare);
  return match ? `${match[1]}〔${match[2]}〕${match[3]}号` : undefined;
}

/**
 * The note under a regulation's title, e.g. "（2018年10月28日中共中央政治局会议审议批准
 * 2018年11月25日中共中央发布）" → { issued: "2018-11-25", issuer: "中共中央" }. The last
 * issuing clause (发布/印发) is this version's issue; adoption (通过/批准) is used when nothing
 * else is said; the last 修订/修正 clause gives `revised`, e.g. "…2023年12月8日中共中央政治局
 * 会议第三次修订 2023年12月19日中共中央发布）" → revised "2023-12-08", issued "2023-12-19".
 */
export function parseIssueNote(text: string): Pick<PolicyFields, 'issuer' | 'issued' | 'revised'> | undefined {
  if (!NOTE.test(text.trim())) return undefined;
  const clauses = [...text.matchAll(CLAUSE)].map((m) => ({ date: parseDate(m[1]!.replace(/\s/g, '')), body: m[2]!.trim(), verb: m[3]! }));
  const revision = clauses.filter((c) => c.verb === '修订' || c.verb === '修正').pop();
  const others = clauses.filter((c) => c !== revision && c.verb !== '修订' && c.verb !== '修正');
  const chosen = others.filter((c) => c.verb === '发布' || c.verb === '印发').pop() ?? others.pop();
  if (!chosen?.date) return undefined;
  return { issued: chosen.date, ...(chosen.body ? { issuer: chosen.body } : {}), ...(revision?.date ? { revised: revision.date } : {}) };
}

/**
 * Find a policy text's metadata. Only the head — the lines before the first 第X章/节/条 —
 * is searched for 文号, note and issuer (those lines are taken out); the whole text for the
 * 施行 clause (that line stays: it is an article). `knownIssued` is an issue date found
 * elsewhere (a bare date line), used for “自发布之日起施行”.
 * Example: recognisePolicyText([{ text: '中发〔2018〕23号', line: 2 }, …]).fields.docNumber → "中发〔2018〕23号".
 */
export function recognisePolicyText(lines: SourceLine[], knownIssued?: string): PolicyTextResult {
  const fields: PolicyFields = {};
  const findings: string[] = [];
  const drop = new Set<SourceLine>();
  const headEnd = lines.findIndex((line) => STRUCTURE.test(line.text.trim()));
  const head = lines.slice(0, headEnd === -1 ? Math.min(lines.length, 5) : headEnd);
  for (const line of head) {
    const text = line.text.trim();
    const docNumber = parseDocNumber(text);
    if (docNumber && !fields.docNumber) {
      fields.docNumber = docNumber;
      findings.push(`文号 docNumber「${docNumber}」取自第 ${line.line} 行`);
      drop.add(line);
      continue;
    }
    const note = parseIssueNote(text);
    if (note && !fields.issued) {
      Object.assign(fields, note, { headnote: text });
      const found = [`发布日期 issued「${note.issued}」`, note.revised && `修订日期 revised「${note.revised}」`, note.issuer && `发文机关 issuer「${note.issuer}」`];
      findings.push(`${found.filter(Boolean).join('、')}取自第 ${line.line} 行的题注（题注原文保留在 headnote）`);
      drop.add(line);
      continue;
    }
    if (ISSUER.test(text) && !fields.issuer) {
      fields.issuer = text;
      findings.push(`发文机关 issuer「${text}」取自第 ${line.line} 行`);
      drop.add(line);
    }
  }
  for (const line of lines) {
    const date = EFFECTIVE_DATE.exec(line.text);
    if (date) {
      const effective = parseDate(date[1]!.replace(/\s/g, ''));
      if (effective) {
        fields.effective = effective;
        findings.push(`施行日期 effective「${effective}」取自第 ${line.line} 行`);
        break;
      }
    }
    if (EFFECTIVE_ON_ISSUE.test(line.text)) {
      const issued = fields.issued ?? knownIssued;
      if (issued) {
        fields.effective = issued;
        findings.push(`施行日期 effective 按第 ${line.line} 行“自发布之日起施行”取发布日期「${issued}」`);
      }
      break;
    }
  }
  return { lines: lines.filter((line) => !drop.has(line)), fields, findings };
}

const YEAR = '(?:19|20)\\d{2}';
// A version year after a title: "… 2018", "…（2018年修订）", "…(2018年版)".
const TITLE_VERSION = new RegExp(`^(.*?[^\\s\\u3000])[\\s\\u3000]*(?:[（(]\\s*(${YEAR})\\s*年?\\s*(?:修订|修正|版|修订版)?\\s*[）)]|(${YEAR})\\s*(?:年\\s*(?:修订|修正|版|修订版)?)?)$`, 'u');

/**
 * A title without its trailing version year, and the year, e.g. "中国共产党纪律处分条例 2018" →
 * { title: "中国共产党纪律处分条例", version: "2018" }; titles without one come back as they are.
 */
export function splitTitleVersion(title: string): { title: string; version?: string } {
  const match = TITLE_VERSION.exec(title.trim());
  if (!match || !/\p{Script=Han}/u.test(match[1]!)) return { title: title.trim() };
  return { title: match[1]!, version: match[2] ?? match[3]! };
}

/** What {@link stripMarkdownMarks} took out, for the report. */
export interface MarkdownMarks {
  /** Lines that lost heading marks (`## 第五条 …` → `第五条 …`). */
  headings: number;
  /** Emphasis pairs removed (`**第五条**`). */
  emphasis: number;
}

const HEADING_MARK = /^#{1,6}[ \t\u3000]+(.*?)(?:[ \t]+#+)?$/u;
const EMPHASIS = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu;

/**
 * A regulation copied from a website or a converter carries Markdown marks that are not part of
 * the text: heading marks a converter put before every 第N条, emphasis around article labels.
 * They are taken out so the text's own structure decides (an article stays an article); links
 * are link-safety.ts's job. Example: "## 第五条　党员…" → "第五条　党员…".
 */
export function stripMarkdownMarks(lines: readonly SourceLine[]): { lines: SourceLine[]; marks: MarkdownMarks } {
  const marks: MarkdownMarks = { headings: 0, emphasis: 0 };
  const out = lines.map((line) => {
    let text = line.text.trim();
    const heading = HEADING_MARK.exec(text);
    if (heading) {
      text = heading[1]!.trim();
      marks.headings++;
    }
    text = text.replace(EMPHASIS, (_, _mark: string, inner: string) => {
      marks.emphasis++;
      return inner;
    });
    return { ...line, text };
  });
  return { lines: out, marks };
}

const CJK_CHAR = '[\\p{Script=Han}\\u3001-\\u303f\\uff01-\\uff60“”‘’]';
// Spaces that Word or a PDF converter left between Chinese characters or between a number and a
// Chinese character ("党 代表大会", "不超过 50 人"): Chinese prose has none, and a search for the
// words would not cross them.
const LAYOUT_SPACE = new RegExp(`(?<=${CJK_CHAR})[ \\t\\u3000]+(?=${CJK_CHAR}|\\d)|(?<=\\d)[ \\t\\u3000]+(?=${CJK_CHAR})`, 'gu');

// The space after a leading 第N条 / 第N章 separates the label from the text: it is kept.
const LEAD_LABEL = new RegExp(`^第[${NUM}]+(?:[编章节]|条(?:之[${NUM}]+)?)[\\s\\u3000]+`, 'u');

/**
 * A body line without layout spaces and how many were closed, e.g. "每年 1 次" → { text: "每年1次",
 * count: 2 }; the separator after a leading 第N条 stays ("第一条 为了…" is unchanged).
 */
export function closeLayoutSpaces(text: string): { text: string; count: number } {
  const lead = LEAD_LABEL.exec(text)?.[0] ?? '';
  let count = 0;
  const out = text.slice(lead.length).replace(LAYOUT_SPACE, () => {
    count++;
    return '';
  });
  return { text: lead + out, count };
}

/**
 * Article numbers the sequence skips, e.g. labels 第十九条, 第二十一条 → [20]; inserted articles
 * (第五条之一) do not count. Numbers written twice come back in `repeated`.
 */
export function articleGaps(labels: readonly string[]): { missing: number[]; repeated: number[] } {
  const missing: number[] = [];
  const repeated: number[] = [];
  const seen = new Set<number>();
  let previous = 0;
  for (const label of labels) {
    const match = /^第(.+?)条$/u.exec(label);
    const number = match ? parseChineseNumber(match[1]!) : undefined;
    if (!number) continue;
    if (seen.has(number)) repeated.push(number);
    seen.add(number);
    for (let n = previous + 1; n < number; n++) missing.push(n);
    previous = Math.max(previous, number);
  }
  return { missing, repeated };
}
