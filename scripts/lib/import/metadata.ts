import * as OpenCC from 'opencc-js';
import { MATERIAL_KINDS, POLICY_KINDS, SCENARIOS, DIMENSIONS } from '../../../src/schemas/index.ts';
import type { SourceLine } from './structure.ts';

/**
 * Metadata that sits in the text (title, author, organisation, publication, date) is found,
 * taken out of the body and reported; what cannot be decided is said, never invented.
 */

/** Metadata inferred from the text; every field optional except script. */
export interface InferredMetadata {
  /** e.g. "论践行“两学一做”夯实基层党建". */
  title?: string;
  /** Partial ISO date, e.g. "2019-04-28". */
  date?: string;
  /** e.g. "杨金海". */
  author?: string;
  /** e.g. "松岭林业局大扬气林场". */
  organization?: string;
  /** e.g. "《基层建设》2019年第6期". */
  publication?: string;
  /** Script of the body; zh-Hant when mostly Traditional characters. */
  script: 'zh-Hans' | 'zh-Hant';
}

/** One finding: which field, its value, and the source line it came from. */
export interface MetadataFinding {
  field: keyof InferredMetadata;
  value: string;
  /** 1-based source line, or 0 when computed from the whole text. */
  line: number;
  /** How it was found, in Chinese, e.g. "“论文作者:”行". */
  how: string;
}

/** Result of inferMetadata. */
export interface MetadataResult {
  metadata: InferredMetadata;
  /** Lines left for the body (metadata lines removed). */
  lines: SourceLine[];
  findings: MetadataFinding[];
  /** What could not be decided, in Chinese, e.g. "无法确定标题". */
  undecided: string[];
}

const SENTENCE_PUNCT = /[。，；：！？,;:!?、]/;
const NUMBERING = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十百\d]+[章节条编])/;
const ORG_SUFFIX = /(局|场|厂|委|部|院|校|学|公司|中心|站|所|办|会|室|队|支部|党委|工委|党组|政府|集团|银行|医院|社区|村)$/;

/** Normalise a date written as 2019-04-28, 2019/4/28, 2019.4.28 or 2019年4月28日 to "2019-04-28" (or "2019-04", "2019"). */
export function parseDate(text: string): string | undefined {
  const match = /^(\d{4})(?:\s*(?:[-/.年])\s*(\d{1,2})(?:\s*(?:[-/.月])\s*(\d{1,2})\s*日?)?\s*月?)?\s*年?$/.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  const m = month ? Number(month) : undefined;
  const d = day ? Number(day) : undefined;
  if (m !== undefined && (m < 1 || m > 12)) return undefined;
  if (d !== undefined && (d < 1 || d > 31)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return [year, m && pad(m), d && pad(d)].filter(Boolean).join('-');
}

/** True when `text` is a short line with no sentence punctuation and no numbering, e.g. "机关党建存在的问题". */
export function isTitleCandidate(text: string, maxLength = 40): boolean {
  const length = [...text].length;
  return length > 0 && length <= maxLength && !SENTENCE_PUNCT.test(text) && !NUMBERING.test(text);
}

let toSimplified: ((text: string) => string) | undefined;
let toTraditional: ((text: string) => string) | undefined;

/**
 * zh-Hant when more Han characters change under Traditional→Simplified conversion than under
 * Simplified→Traditional (OpenCC data, per domain notes), else zh-Hans. The text is never converted.
 */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  const sample = text.slice(0, 20000);
  const differ = (a: string, b: string) => {
    let count = 0;
    const left = [...a];
    const right = [...b];
    for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) count++;
    return count;
  };
  const traditionalOnly = differ(sample, toSimplified(sample));
  const simplifiedOnly = differ(sample, toTraditional(sample));
  return traditionalOnly > simplifiedOnly ? 'zh-Hant' : 'zh-Hans';
}

interface LabelRule {
  field: 'author' | 'publication' | 'date' | 'organization';
  pattern: RegExp;
  how: string;
}

const LABEL_RULES: LabelRule[] = [
  { field: 'author', pattern: /^(?:论文)?作者\s*[:：]\s*(.+)$/, how: '“作者:”行' },
  { field: 'publication', pattern: /^(?:论文)?(?:发表)?(?:刊物|期刊|出处)\s*[:：]\s*(.+)$/, how: '“发表刊物:”行' },
  { field: 'publication', pattern: /^来源\s*[:：]\s*(《.+》.*)$/, how: '“来源:《…》”行' },
  { field: 'date', pattern: /^(?:论文)?(?:发表|发布|出版|印发)?(?:时间|日期)\s*[:：]\s*(.+)$/, how: '“发表时间:”行' },
  { field: 'organization', pattern: /^(?:作者)?单位\s*[:：]\s*(.+)$/, how: '“单位:”行' },
];

/**
 * Find title, date, author, organisation and publication in `lines` and take those lines out of
 * the body; only `fields` (default: all five) are taken, other lines stay in the body. Example: a first line "标题_张三" plus
 * "论文作者:张三" gives title "标题" and author "张三".
 */
export function inferMetadata(
  lines: readonly SourceLine[],
  { fields = new Set(['title', 'date', 'author', 'organization', 'publication']) }: { fields?: ReadonlySet<string> } = {},
): MetadataResult {
  const body = lines.filter((line) => line.text.trim());
  const findings: MetadataFinding[] = [];
  const undecided: string[] = [];
  const metadata: InferredMetadata = { script: detectScript(body.map((line) => line.text).join('\n')) };
  if (metadata.script === 'zh-Hant') findings.push({ field: 'script', value: 'zh-Hant', line: 0, how: '繁体字多于简体字（OpenCC 对照）' });
  const remove = new Set<SourceLine>();
  const set = (field: Exclude<keyof InferredMetadata, 'script'>, value: string, line: SourceLine | undefined, how: string) => {
    if (metadata[field] || !value.trim() || !fields.has(field)) return;
    metadata[field] = value.trim();
    findings.push({ field, value: value.trim(), line: line?.line ?? 0, how });
    if (line) remove.add(line);
  };

  for (const line of body) {
    if ([...line.text].length > 80) continue;
    for (const rule of LABEL_RULES) {
      const match = rule.pattern.exec(line.text);
      if (!match) continue;
      let value = match[1]!.trim();
      if (rule.field === 'date') {
        const date = parseDate(value);
        if (!date) continue;
        value = date;
      }
      if (rule.field === 'author') {
        const org = /^(.+?)\s*[（(](.+)[）)]$/.exec(value);
        if (org) {
          value = org[1]!;
          set('organization', org[2]!, undefined, '作者后括号里的单位');
        }
      }
      if (fields.has(rule.field)) {
        set(rule.field, value, line, rule.how);
        remove.add(line);
      }
      break;
    }
    // Newspaper byline, e.g. "（本报记者 张三 通讯员 李四）" or "本报记者 张三".
    const byline = /^[（(]((?:本报|本報)?(?:记者|記者|通讯员|通訊員|特约|特約).*)[）)]$/.exec(line.text) ??
      /^((?:本报|本報)(?:记者|記者)[\s\u3000]*\S{2,4})$/.exec(line.text);
    if (byline) {
      // "记者 甲 通讯员 乙/文 某局供图": the writers stand before "/文"; the photo credit after it is not authorship.
      const [writers, credit] = byline[1]!.split(/\s*\/\s*文\s*/);
      set('author', writers!.replace(/[\s\u3000]+/g, ' '), line, credit ? `记者署名行；图片署名「${credit.trim()}」不计入作者` : '记者署名行');
    }
    // A line that is only a date, e.g. "2019年4月28日".
    const date = parseDate(line.text);
    if (date && /[年\-/]/.test(line.text)) set('date', date, line, '单独一行的日期');
  }

  const remaining = body.filter((line) => !remove.has(line));
  const first = remaining[0];
  // Markdown heading marks (#, ##, ### …) are not part of a title.
  if (first && isTitleCandidate(first.text.replace(/^#{1,6}\s+/, ''))) {
    let title = first.text.replace(/^#{1,6}\s+/, '');
    // Scraping sites append "论文_作者" to titles, e.g. "论……基层党建论文_杨金海".
    const suffix = /^(.+?)(?:论文)?_([\p{Script=Han}·]{2,6})$/u.exec(title);
    if (suffix && (!metadata.author || metadata.author === suffix[2])) {
      title = suffix[1]!;
      set('author', suffix[2]!, undefined, '标题后缀“_作者”');
    }
    set('title', title, first, '第一行短句（无句读）');
    const second = remaining[1];
    if (second && isTitleCandidate(second.text, 25) && ORG_SUFFIX.test(second.text)) {
      set('organization', second.text, second, '标题下的单位行');
    }
  } else {
    undecided.push('无法确定标题：第一行不是短标题（文中没有标题行）');
  }

  // A short trailing line with a year and no punctuation is a column or series name.
  const afterTitle = body.filter((line) => !remove.has(line));
  const last = afterTitle[afterTitle.length - 1];
  if (last && afterTitle.length >= 3 && isTitleCandidate(last.text, 30) && /\d{4}/.test(last.text) && !parseDate(last.text)) {
    set('publication', last.text, last, '文末的栏目/系列行');
  }

  return { metadata, lines: lines.filter((line) => !remove.has(line)), findings, undecided };
}

type Scored<T extends string> = readonly (readonly [T, RegExp])[];

function best<T extends string>(text: string, table: Scored<T>): T[] {
  const scores = table
    .map(([value, pattern]) => [value, text.match(new RegExp(pattern.source, 'g'))?.length ?? 0] as const)
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1]);
  return scores.map(([value]) => value);
}

// Strong signals decide alone, in this order; otherwise the weak table's keyword counts decide.
const MATERIAL_STRONG: Scored<(typeof MATERIAL_KINDS)[number]> = [
  ['论文', /论文作者|发表刊物|摘要[:：]|关键词[:：]|参考文献[:：]?$/m],
  ['新闻报道', /本报记者|本報記者|特约通讯员|特約通訊員/],
  ['述职报告', /述职如下|请予评议/],
];

const MATERIAL_HINTS: Scored<(typeof MATERIAL_KINDS)[number]> = [
  ['论文', /论文/],
  ['新闻报道', /记者|記者|通讯员|通訊員/],
  ['述职报告', /述职如下|述职报告|现将.*述职|请予评议/],
  ['调研报告', /调研报告|通过调研|调研发现|调研中发现/],
  ['工作总结', /工作总结|下步工作|下一步工作|存在的问题|年度.*总结/],
  ['心得体会', /心得体会|学习体会/],
  ['党课', /党课讲稿|上党课/],
  ['讲话', /同志们[:：，,]/],
];

/** Guess the kind of a study material from its text, e.g. "论文作者:" → 论文; undefined when no hint. */
export function guessMaterialKind(text: string): (typeof MATERIAL_KINDS)[number] | undefined {
  return MATERIAL_STRONG.find(([, pattern]) => pattern.test(text))?.[0] ?? best(text, MATERIAL_HINTS)[0];
}

/**
 * Guess the policy kind from the title's ending, e.g. "…管理办法（试行）" → 办法; 党章 only for the
 * Party's own charter (an association's 章程 is none of the seven kinds: undecided).
 */
export function guessPolicyKind(title: string): (typeof POLICY_KINDS)[number] | undefined {
  const bare = title.replace(/[（(][^）)]*[）)]$/, '').replace(/[》」]$/, '');
  const kinds = [...POLICY_KINDS].sort((a, b) => b.length - a.length);
  return kinds.find((kind) => bare.endsWith(kind)) ?? (/^(中国共产党章程|党章)$/.test(bare) ? '党章' : undefined);
}

const SCENARIO_HINTS: Scored<(typeof SCENARIOS)[number]> = [
  ['组织生活会', /组织生活会/],
  ['民主生活会', /民主生活会/],
  ['主题教育检视整改', /主题教育|检视/],
  ['巡视巡察整改', /巡视|巡察/],
  ['督查考核整改', /督查|考核|明察暗访/],
  ['党建述职评议', /述职/],
  ['年度党建工作总结', /工作总结|年度/],
  ['调研报告', /调研/],
];

const DIMENSION_HINTS: Scored<(typeof DIMENSIONS)[number]> = [
  ['政治建设', /政治建设|政治站位|四个意识|两个维护/],
  ['思想建设', /理论学习|思想建设|学习教育|理想信念/],
  ['组织建设', /三会一课|组织生活|发展党员|党员教育管理|党费|换届|组织建设/],
  ['作风建设', /作风|四风|联系群众|形式主义/],
  ['纪律建设', /纪律|廉政|廉洁/],
  ['制度建设', /制度建设|制度不健全|规章制度/],
  ['党建与业务融合', /业务.*融合|融合|两张皮/],
  ['责任落实', /主体责任|一岗双责|责任制|第一责任人/],
  ['基础工作', /台账|阵地|档案|基础工作/],
];

/** Guess template scenarios by keyword counts, e.g. "组织生活会" → ["组织生活会"]; [] when no hint. */
export function guessScenarios(text: string): (typeof SCENARIOS)[number][] {
  return best(text, SCENARIO_HINTS).slice(0, 2);
}

/** Guess template dimensions by keyword counts, at most three, e.g. "三会一课" → ["组织建设"]. */
export function guessDimensions(text: string): (typeof DIMENSIONS)[number][] {
  return best(text, DIMENSION_HINTS).slice(0, 3);
}
