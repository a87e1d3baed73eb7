import { fieldTextProblem, ITEM_FIELDS, parseLabelLine, SOURCE_LABELS, stripEnumerator } from '../../../src/lib/items/item-fields.ts';
import { escapeMdx, escapeMdxKeepMarkdown } from './escape-mdx.ts';

/**
 * Chinese official-writing structure → Markdown (domain notes: 一、 → （一） → 1. → （1）;
 * 第一章 / 第一节 / 第一条 in regulations; 一是…二是… inline enumerations) and rectification
 * blocks (问题 + 整改措施 + 责任人 + 落实时限) → `<Item id="item-N">` blocks.
 */

/** Collections the importer writes to. */
export type Collection = 'policies' | 'templates' | 'materials' | 'documents';

/** A line of source text and where it came from. */
export interface SourceLine {
  /** Text of the line, trimmed. */
  text: string;
  /** 1-based line number in the input file. */
  line: number;
}

/** Options for toMarkdown. */
export interface StructureOptions {
  /** Target collection; in templates every problem of a numbered problem list becomes an Item. */
  collection: Collection;
  /** Input already is Markdown (.md): keep it, escape only what MDX would execute. Default false. */
  markdown?: boolean;
  /** Lines starting with `#`…`######` + space are headings (converted .docx). Default false. */
  markdownHeadings?: boolean;
  /** Text that frames the document (its title), used to tell problem lists from measure lists. */
  context?: string;
}

/** What toMarkdown found, for the report. */
export interface StructureReport {
  /** Headings written, e.g. { level: 2, text: "一、基本情况", line: 4 }. */
  headings: { level: number; text: string; line: number }[];
  /** Items written (rectification blocks and, in templates, problem-list entries). */
  items: { id: string; line: number; kind: 'rectification' | 'problem' }[];
  /** Ordered-list entries written. */
  listItems: number;
  /** Policy articles (第X条) found. */
  articles: number;
  /** 编 / 章 / 节 headings found in a regulation text, e.g. { 编: 3, 章: 11, 节: 0 }. */
  divisions: { 编: number; 章: number; 节: number };
  /** Article labels in order, e.g. ["第一条", "第一条之一", "第二条"]. */
  articleLabels: string[];
  /** Lines holding 一是…二是… enumerations, left as text. */
  enumerations: { line: number; count: number }[];
}

/** Markdown body and report. */
export interface StructureResult {
  body: string;
  report: StructureReport;
}

const HAN_NUM = '一二三四五六七八九十百零〇两';
const RE_SECTION = new RegExp(`^[${HAN_NUM}]+、`);
const RE_SUBSECTION = new RegExp(`^[（(][${HAN_NUM}]+[）)]`);
const RE_NUMBERED = /^(\d{1,3})(?:[.．](?!\d)|、)\.?/;
const RE_PAREN_NUMBERED = /^[（(](\d{1,3})[）)]/;
// 编 / 章 / 节 heading: label, unit and the heading words, e.g. "第一章 总 则" → 第一章, 章, "总 则".
const RE_DIVISION = new RegExp(`^(第[${HAN_NUM}\\d]+([编章节]))(?:[\\s\\u3000]+|(?=\\p{Script=Han})|$)(.*)$`, 'u');
// An article opens with 第N条 or 第N条之M (as state laws number inserted articles), then a space,
// an ideographic space or the first word.
const RE_ARTICLE = new RegExp(`^(第[${HAN_NUM}\\d]+条(?:之[${HAN_NUM}]+)?)(?:[\\s\\u3000]+|(?=\\p{Script=Han}))(.*)$`, 'u');
// Characters that may stand in a regulation's unnumbered sub-head (「党员廉洁自律规范」, 「总 则」).
const RE_SUBHEAD = /^[\p{Script=Han}（）《》“”、\s\u3000]{2,24}$/u;
const RE_ENUM = new RegExp(`([${HAN_NUM}])是`, 'g');

/** Labels of a rectification item, as they appear in sources (the item-field vocabulary, src/lib/items). */
export const ITEM_LABELS = SOURCE_LABELS;
const RE_MEASURES = /^整改措施\s*(?:[:：]\s*(.*)|[。.]?)$/u;
const PROBLEM_LABELS = new Set(SOURCE_LABELS.filter((label) => Object.values(ITEM_FIELDS).some((f) => f.problemSide && f.labels.includes(label))));
const PROBLEM_CONTEXT = /问题|不足|短板|差距|弱项/;
const NOT_PROBLEM_CONTEXT = /措施|对策|建议|做法|打算|思路|成效|经验|举措|办法|整改/;
// Words that make a sentence a problem statement (问题清单 wording), e.g. "学习形式单一".
const PROBLEM_WORDS = /问题|不足|不够|不强|不严|不高|不深|不实|不力|不细|不新|不大|不多|不到位|不规范|不完善|不健全|不平衡|不均衡|不扎实|不紧密|不明显|不及时|不经常|没有|未能|缺乏|缺少|欠缺|薄弱|滞后|单一|模糊|脱节|片面|偏差|淡薄|淡化|弱化|虚化|软化|流于形式|偏少|偏大|偏低|有待|亟待|需进一步|需要|差距|短板|松懈|随意/;

/** True when the first sentence of `text` reads as a problem statement, e.g. "1.学习形式单一。…". */
export function isProblemStatement(text: string): boolean {
  const first = text.split(/[。；;！!？?]/)[0] ?? text;
  return PROBLEM_WORDS.test([...first].slice(0, 60).join(''));
}

/** Label and value of a rectification label line, e.g. "责任人:xx" → ["责任人", "xx"] (parseLabelLine of the vocabulary). */
export function parseLabel(text: string): [string, string] | undefined {
  const line = parseLabelLine(text);
  return line ? [line.label, line.value] : undefined;
}

/** Number of a `1.` / `1、` / `（1）` line, e.g. "3.严格管理" → 3. */
export function listNumber(text: string): number | undefined {
  const match = RE_NUMBERED.exec(text) ?? RE_PAREN_NUMBERED.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** A short line that reads like a title: no sentence punctuation except at its end, e.g. "搞好基层党组织建设。". */
export function isTitleLike(text: string, maxLength: number): boolean {
  const chars = [...text];
  if (chars.length === 0 || chars.length > maxLength) return false;
  const inner = chars.slice(0, -1).join('');
  const last = chars[chars.length - 1]!;
  return !/[。；！？;!?]/.test(inner) && !/[，,；;、]/.test(last);
}

/** Count of 一是/二是/三是… in a line (0 or 1 occurrences do not count as an enumeration). */
export function countEnumeration(text: string): number {
  const seen = new Set<string>();
  for (const match of text.matchAll(RE_ENUM)) seen.add(match[1]!);
  return seen.has('一') && seen.has('二') ? seen.size : 0;
}

type Kind = 'h2' | 'h3' | 'h4' | 'md-heading' | 'division' | 'article' | 'list' | 'plist' | 'para';

interface Classified extends SourceLine {
  kind: Kind;
  level?: number;
  number?: number;
  /** 编 / 章 / 节 of a division heading; "" for an unnumbered sub-head of a regulation. */
  unit?: '编' | '章' | '节' | '';
}

/** Spaces a typesetter put between the characters of a short heading, e.g. "总 则" → "总则". */
export function closeHeadingSpaces(text: string): string {
  return text.replace(/(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '');
}

/**
 * 编 / 章 / 节 heading of a regulation as one line, label and words separated by one space
 * and spaces inside the words closed, e.g. "第一章　总 则" → "第一章 总则"; undefined otherwise.
 */
export function divisionHeading(text: string): { unit: '编' | '章' | '节'; text: string } | undefined {
  const match = RE_DIVISION.exec(text);
  if (!match) return undefined;
  const words = closeHeadingSpaces(match[3]!.trim());
  return { unit: match[2] as '编' | '章' | '节', text: words ? `${match[1]} ${words}` : match[1]! };
}

function classify(lines: SourceLine[], options: StructureOptions): Classified[] {
  // In regulations （一）（二） are items inside an article, never headings (domain notes).
  const hasArticles = lines.some((line) => RE_ARTICLE.test(line.text));
  // Heading levels follow the deepest structure the text has: 编 ## → 章 ### → 节 ####, or
  // without 编, 章 ## → 节 ###.
  const hasParts = lines.some((line) => divisionHeading(line.text)?.unit === '编');
  const levels = { 编: 2, 章: hasParts ? 3 : 2, 节: hasParts ? 4 : 3, '': hasParts ? 3 : 2 } as const;
  const out: Classified[] = lines.map((line, index) => {
    // A line ending in a colon or semicolon introduces or continues an enumeration, so what follows is not a heading.
    const afterLead = /[：:；;]$/.test(lines[index - 1]?.text ?? '');
    const text = line.text;
    if (options.markdownHeadings) {
      const md = /^(#{1,6})\s+(.*)$/.exec(text);
      if (md) return { ...line, text: md[2]!, kind: 'md-heading', level: Math.max(2, md[1]!.length) };
    }
    const division = divisionHeading(text);
    if (division) return { ...line, text: division.text, kind: 'division', unit: division.unit, level: levels[division.unit] };
    if (RE_ARTICLE.test(text)) return { ...line, kind: 'article' };
    if (RE_SECTION.test(text)) return { ...line, kind: !afterLead && isTitleLike(text, 30) ? 'h2' : 'para' };
    if (RE_SUBSECTION.test(text)) return { ...line, kind: !afterLead && !hasArticles && isTitleLike(text, 40) ? 'h3' : 'para' };
    const number = RE_NUMBERED.exec(text);
    if (number) return { ...line, kind: 'list', number: Number(number[1]) };
    const paren = RE_PAREN_NUMBERED.exec(text);
    if (paren) return { ...line, kind: 'plist', number: Number(paren[1]) };
    return { ...line, kind: 'para' };
  });
  // An unnumbered sub-head of a regulation (「总 则」 where a 第一章 was lost, 「党员廉洁自律规范」
  // above 第一条) is a short line of words only, directly followed by an article or a 编/章/节.
  if (options.collection === 'policies' && hasArticles) {
    out.forEach((entry, index) => {
      const next = out[index + 1];
      if (entry.kind === 'para' && RE_SUBHEAD.test(entry.text) && (next?.kind === 'article' || next?.kind === 'division')) {
        Object.assign(entry, { kind: 'division', unit: '', level: levels[''], text: closeHeadingSpaces(entry.text) });
      }
    });
  }
  // A short numbered line followed by ordinary text is a title (1. → ####), not a list entry.
  out.forEach((entry, index) => {
    const next = out[index + 1];
    if (
      entry.kind === 'list' &&
      isTitleLike(entry.text, 20) &&
      next?.kind === 'para' &&
      !parseLabel(next.text) &&
      [...next.text].length > [...entry.text].length
    ) {
      entry.kind = 'h4';
    }
  });
  return out;
}

interface Block {
  start: number;
  end: number; // exclusive
  problem: number[];
  markerIndex: number;
}

/** Find rectification blocks: problem line(s), a 整改措施 line, measures, then label lines. */
function findBlocks(lines: Classified[]): Block[] {
  const blocks: Block[] = [];
  let claimedUntil = 0;
  for (let m = 0; m < lines.length; m++) {
    if (!RE_MEASURES.test(lines[m]!.text)) continue;
    // Problem: label lines (问题/表现/原因) right before, else a run of numbered lines ending at the
    // marker and counting down to 1, else the single paragraph before it.
    const problem: number[] = [];
    let p = m - 1;
    while (p >= claimedUntil && PROBLEM_LABELS.has(parseLabel(lines[p]!.text)?.[0] ?? '')) problem.unshift(p--);
    if (problem.length === 0 && p >= claimedUntil) {
      const last = lines[p]!;
      if ((last.kind === 'list' || last.kind === 'h4') && last.number !== undefined) {
        let expected = last.number;
        while (p >= claimedUntil && lines[p]!.number === expected && /^(list|h4)$/.test(lines[p]!.kind)) {
          problem.unshift(p--);
          if (expected === 1) break;
          expected--;
        }
      } else if (!parseLabel(last.text) && !['h2', 'division', 'md-heading'].includes(last.kind)) {
        problem.push(p);
      }
    }
    // Measures and labels after the marker.
    let end = m + 1;
    let lastNumber = 0;
    const markerHasText = Boolean(RE_MEASURES.exec(lines[m]!.text)?.[1]);
    let sawMeasure = markerHasText;
    let inLabels = false;
    while (end < lines.length) {
      const line = lines[end]!;
      const label = parseLabel(line.text);
      if (label && label[0] !== '整改措施' && !PROBLEM_LABELS.has(label[0])) {
        inLabels = true;
        end++;
        continue;
      }
      if (!inLabels && (line.kind === 'list' || line.kind === 'plist' || line.kind === 'h4') && (line.number ?? 0) > lastNumber) {
        lastNumber = line.number ?? 0;
        sawMeasure = true;
        end++;
        continue;
      }
      if (!inLabels && !sawMeasure && line.kind === 'para') {
        sawMeasure = true;
        end++;
        continue;
      }
      // A stray line between label lines (e.g. a second line of 责任单位) stays inside the item.
      const next = lines[end + 1];
      if (inLabels && line.kind === 'para' && next && parseLabel(next.text) && !RE_MEASURES.test(next.text)) {
        end++;
        continue;
      }
      break;
    }
    const start = problem[0] ?? m;
    blocks.push({ start, end, problem, markerIndex: m });
    claimedUntil = end;
    m = end - 1;
  }
  return blocks;
}

/**
 * Turn source lines into an MDX body. Text is escaped with escapeMdx; the structure found is
 * reported. Example: ["一、基本情况", "正文。"] → "## 一、基本情况\n\n正文。\n".
 */
export function toMarkdown(lines: readonly (SourceLine | string)[], options: StructureOptions): StructureResult {
  const all: SourceLine[] = lines.map((line, index) =>
    typeof line === 'string' ? { text: line.trim(), line: index + 1 } : { ...line, text: line.text.trim() },
  );
  const report: StructureReport = { headings: [], items: [], listItems: 0, articles: 0, divisions: { 编: 0, 章: 0, 节: 0 }, articleLabels: [], enumerations: [] };
  if (options.markdown) return markdownPassthrough(all, report);
  // Sources put one paragraph on each line; blank lines carry no meaning.
  const source = all.filter((line) => line.text);

  const classified = classify(source, options);
  const blocks = findBlocks(classified);
  const chunks: string[] = [];
  let context = options.context ?? '';
  let lastDelimiter: '.' | ')' | undefined;
  let itemCount = 0;
  const nextItemId = () => `item-${++itemCount}`;

  const enumeration = (line: Classified) => {
    const count = countEnumeration(line.text);
    if (count) report.enumerations.push({ line: line.line, count });
  };

  // Ordered list from entries with their source numbers; a break in the sequence starts a new
  // list with the other delimiter (CommonMark 5.3) so every number shows as written.
  const renderList = (entries: Classified[]): string => {
    const parts: string[] = [];
    let current: string[] = [];
    let expected: number | undefined;
    const flush = () => {
      if (current.length) parts.push(current.join('\n'));
      current = [];
    };
    for (const entry of entries) {
      const number = entry.number ?? 1;
      if (expected === undefined || number !== expected) {
        flush();
        lastDelimiter = lastDelimiter === '.' ? ')' : '.';
      }
      const text = stripMarker(entry.text);
      current.push(`${number}${lastDelimiter} ${escapeMdx(text, { lineStart: false })}`);
      report.listItems++;
      enumeration(entry);
      expected = number + 1;
    }
    flush();
    return parts.join('\n\n');
  };

  const renderItem = (block: Block): string => {
    const id = nextItemId();
    report.items.push({ id, line: classified[block.start]!.line, kind: 'rectification' });
    const out: string[] = [`<Item id="${id}">`];
    const problemLines = block.problem.map((index) => classified[index]!);
    if (problemLines.length === 1 || problemLines.some((line) => parseLabel(line.text))) {
      for (const line of problemLines) {
        const label = parseLabel(line.text);
        // The source's own number (（一）, 1.) is not part of the problem: the Word 方案 numbers problems itself.
        out.push(label ? labelLine(label[0], label[1], line.text) : labelLine('问题', stripEnumerator(line.text)));
        enumeration(line);
      }
    } else if (problemLines.length > 1) {
      lastDelimiter = undefined;
      out.push('**问题**：', renderList(problemLines));
    }
    let measures: Classified[] = [];
    const flushMeasures = () => {
      lastDelimiter = undefined;
      if (measures.length) out.push(renderList(measures));
      measures = [];
    };
    for (let index = block.markerIndex; index < block.end; index++) {
      const line = classified[index]!;
      const label = parseLabel(line.text);
      if (label) {
        flushMeasures();
        out.push(labelLine(label[0], label[1], line.text));
      } else if ((line.kind === 'list' || line.kind === 'plist' || line.kind === 'h4') && line.number !== undefined) {
        measures.push(line);
      } else {
        flushMeasures();
        out.push(escapeMdx(line.text));
        enumeration(line);
      }
    }
    flushMeasures();
    out.push('</Item>');
    lastDelimiter = undefined;
    return out.join('\n\n');
  };

  let index = 0;
  let blockIndex = 0;
  while (index < classified.length) {
    const block = blocks[blockIndex];
    if (block && index === block.start) {
      chunks.push(renderItem(block));
      index = block.end;
      blockIndex++;
      continue;
    }
    const line = classified[index]!;
    const stop = block?.start ?? classified.length;
    const problemList =
      options.collection === 'templates' && PROBLEM_CONTEXT.test(context) && !NOT_PROBLEM_CONTEXT.test(context);
    if (line.kind === 'list' || line.kind === 'plist') {
      const entries: Classified[] = [];
      while (index < stop && classified[index]!.kind === line.kind) entries.push(classified[index++]!);
      // A run is a problem list when most of its entries read as problems (one wording slip
      // should not split the list); then each entry becomes an Item.
      const problems = entries.filter((entry) => isProblemStatement(entry.text)).length;
      if (problemList && problems * 2 >= entries.length) {
        for (const entry of entries) {
          const id = nextItemId();
          report.items.push({ id, line: entry.line, kind: 'problem' });
          chunks.push(`<Item id="${id}">\n\n${labelLine('问题', stripEnumerator(entry.text))}\n\n</Item>`);
          enumeration(entry);
        }
        lastDelimiter = undefined;
      } else {
        chunks.push(renderList(entries));
      }
      continue;
    }
    index++;
    lastDelimiter = undefined;
    if (line.kind === 'division' && line.unit) report.divisions[line.unit]++;
    switch (line.kind) {
      case 'division':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'md-heading': {
        const level = line.level ?? Number(line.kind.slice(1));
        chunks.push(`${'#'.repeat(level)} ${escapeMdx(line.text, { lineStart: false })}`);
        report.headings.push({ level, text: line.text, line: line.line });
        context = line.text;
        break;
      }
      case 'article': {
        const match = RE_ARTICLE.exec(line.text)!;
        chunks.push(`**${match[1]}**　${escapeMdx(match[2] ?? '', { lineStart: false })}`.trimEnd());
        report.articles++;
        report.articleLabels.push(match[1]!);
        enumeration(line);
        break;
      }
      case 'para': {
        if ([...line.text].length <= 25 && !/[。，；：！？,;:!?、]/.test(line.text)) context = line.text;
        chunks.push(escapeMdx(line.text));
        enumeration(line);
        break;
      }
    }
  }
  return { body: chunks.join('\n\n') + '\n', report };
}

function stripMarker(text: string): string {
  return text.replace(RE_NUMBERED, '').replace(RE_PAREN_NUMBERED, '').trim();
}

/**
 * A label line as a bold field label, e.g. "**责任人**：xx". A value that is no value (only
 * punctuation, or the remnant "底前" of a lost "x月底前") stays the source's plain text: it reaches
 * the page but never a field of the 整改清单 (the build checks fields the same way).
 */
function labelLine(label: string, value: string, source?: string): string {
  if (source !== undefined && fieldTextProblem(value)) return escapeMdx(source);
  return `**${label}**：${escapeMdx(value, { lineStart: false })}`;
}

function markdownPassthrough(source: SourceLine[], report: StructureReport): StructureResult {
  const out: string[] = [];
  for (const line of source) {
    if (!line.text) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line.text);
    if (heading) {
      const level = Math.max(2, heading[1]!.length);
      report.headings.push({ level, text: heading[2]!, line: line.line });
      out.push(`${'#'.repeat(level)} ${escapeMdxKeepMarkdown(heading[2]!)}`, '');
      continue;
    }
    if (/^(\d+[.)]|[-*+])\s/.test(line.text)) report.listItems++;
    const count = countEnumeration(line.text);
    if (count) report.enumerations.push({ line: line.line, count });
    out.push(escapeMdxKeepMarkdown(line.text));
  }
  return { body: out.join('\n').trim() + '\n', report };
}

/**
 * Every line a paragraph, escaped for MDX, no headings, lists or items: for forms and notices
 * (文书范本) whose 一、/1. numbering belongs to the form, not to a document outline.
 */
export function plainParagraphs(lines: readonly SourceLine[]): StructureResult {
  const report: StructureReport = { headings: [], items: [], listItems: 0, articles: 0, divisions: { 编: 0, 章: 0, 节: 0 }, articleLabels: [], enumerations: [] };
  const body = lines
    .map((line) => line.text.trim())
    .filter(Boolean)
    .map((text) => escapeMdx(text))
    .join('\n\n');
  return { body: body + '\n', report };
}
