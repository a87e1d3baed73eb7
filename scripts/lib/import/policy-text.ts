/**
 * Policy texts (issue 6): the lines at the head of an official regulation that are metadata,
 * not body — the 文号 (`中发〔2018〕23号`, also written with [] or ()), the note in brackets
 * that says who adopted and who issued it when (`（2018年10月28日中共中央政治局会议审议批准
 * 2018年11月25日中共中央发布）`), a bare issuer line (`中共中央办公厅`) — and the 施行 clause near
 * the end (`本条例自2019年1月1日起施行` / `自发布之日起施行`). Found values become frontmatter
 * (docNumber, issuer, issued, effective); the head lines leave the body. Nothing is invented:
 * what is not in the text stays unset. The 第X章/第X节/第X条 structure is structure.ts's job.
 */
import { parseDate } from './metadata.ts';
import type { SourceLine } from './structure.ts';

/** Frontmatter found in a policy text; every field optional. */
export interface PolicyFields {
  /** 文号 with 〔〕, e.g. "中发〔2018〕23号". */
  docNumber?: string;
  /** 发文机关, e.g. "中共中央". */
  issuer?: string;
  /** 发布日期, e.g. "2018-11-25". */
  issued?: string;
  /** 施行日期, e.g. "2019-01-01". */
  effective?: string;
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
const CLAUSE = new RegExp(`${DATE}\\s*([^\\d（）()]*?)\\s*(审议批准|审议通过|会议通过|通过|批准|发布|印发)`, 'gu');
const NOTE = /^[（(].*\d{4}\s*年.*(发布|印发|通过|批准)[^）)]*[）)]$/u;
// A line that is only an issuing body, e.g. 中共中央 / 中共中央办公厅 / 某某市青年志愿者协会.
const ISSUER = /^(中共中央|中共[\u4e00-\u9fa5]{1,20}(委员会|党委|党组|委|办公厅|组织部|纪委)|[\u4e00-\u9fa5]{2,30}(委员会|办公厅|协会|党委|党组|人民政府))$/u;
const EFFECTIVE_DATE = new RegExp(`自${DATE}起(?:施行|执行|生效)`, 'u');
const EFFECTIVE_ON_ISSUE = /自(?:发布|印发|公布)之日起(?:施行|执行|生效)/u;

/** "中发[2018]23号" → "中发〔2018〕23号"; undefined when the line is not a 文号. */
export function parseDocNumber(text: string): string | undefined {
  const match = DOC_NUMBER.exec(text.trim());
  return match ? `${match[1]}〔${match[2]}〕${match[3]}号` : undefined;
}

/**
 * The note under a regulation's title, e.g. "（2018年10月28日中共中央政治局会议审议批准
 * 2018年11月25日中共中央发布）" → { issued: "2018-11-25", issuer: "中共中央" }. The issuing
 * clause (发布/印发) wins over adoption (通过/批准), which is used when nothing else is said.
 */
export function parseIssueNote(text: string): Pick<PolicyFields, 'issuer' | 'issued'> | undefined {
  if (!NOTE.test(text.trim())) return undefined;
  const clauses = [...text.matchAll(CLAUSE)].map((m) => ({ date: parseDate(m[1]!.replace(/\s/g, '')), body: m[2]!.trim(), verb: m[3]! }));
  const chosen = clauses.filter((c) => c.verb === '发布' || c.verb === '印发').pop() ?? clauses.pop();
  if (!chosen?.date) return undefined;
  return { issued: chosen.date, ...(chosen.body ? { issuer: chosen.body } : {}) };
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
      Object.assign(fields, note);
      findings.push(`发布日期 issued「${note.issued}」${note.issuer ? `、发文机关 issuer「${note.issuer}」` : ''}取自第 ${line.line} 行的题注`);
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
