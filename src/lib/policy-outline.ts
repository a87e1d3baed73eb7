// Structure of a policy text (编 / 章 / 节 / 条, sections 一、二、, unnumbered sub-heads) and its
// anchors. One scheme, shared by the remark plugin that sets the ids, the outline on the page,
// the comparison pages and the build checks:
//   第二编 → #part-2   第三章 → #chap-3   第三章第一节 → #chap-3-sec-1   第十一条 → #art-11
//   第五条之一 → #art-5-1   四、（a section of a text without articles）→ #sec-4
//   an unnumbered sub-head (「总则」, 「党员廉洁自律规范」) → #head-1, #head-2 …
// ASCII ids stay readable in a copied URL (no percent-encoding) and depend only on the numbers
// written in the text, so they are stable across rebuilds and edits elsewhere in the text.
import { parseChineseNumber, toChineseNumber } from './chinese-number';
import { articleAnchor } from './policy-titles';

const NUM = '零〇一二两三四五六七八九十百千\\d';

/** A heading that opens a 编, 章 or 节, e.g. "第一章　总则" → { unit: '章', number: 1, label: '第一章', title: '总则' }. */
export const DIVISION = new RegExp(`^(第([${NUM}]+)([编章节]))[\\s\\u3000]*(.*)$`, 'u');

/** An article's opening words, e.g. "第十一条　党支部…" → label 第十一条, number 11; also 第五条之一. */
export const ARTICLE = new RegExp(`^(第([${NUM}]+)条(?:之([${NUM}]+))?)(?=[\\s\\u3000]|\\p{Script=Han}|$)`, 'u');

/** A section heading numbered 一、二、…, e.g. "四、严明党的政治纪律". */
const SECTION = /^([一二三四五六七八九十]+)、/u;

/** A 编, 章 or 节 as found in a heading. */
export interface Division {
  unit: '编' | '章' | '节';
  number: number;
  /** e.g. "第一章". */
  label: string;
  /** Heading words after the label, e.g. "总则". */
  title: string;
}

/** Parse a division heading's text; undefined for other headings. */
export function parseDivision(text: string): Division | undefined {
  const match = DIVISION.exec(text.trim());
  const number = match ? parseChineseNumber(match[2]!) : undefined;
  if (!match || !number) return undefined;
  return { unit: match[3] as Division['unit'], number, label: match[1]!, title: match[4]!.trim() };
}

/** An article's opening: its number, label and, for 第N条之M, the M. */
export interface ArticleOpening {
  number: number;
  /** e.g. "第五条之一". */
  label: string;
  /** 1 for 第五条之一; undefined for a plain article. */
  sub?: number;
}

/** Parse an article's opening words; undefined when the text does not start with 第X条. */
export function parseArticle(text: string): ArticleOpening | undefined {
  const match = ARTICLE.exec(text.trim());
  const number = match ? parseChineseNumber(match[2]!) : undefined;
  if (!match || !number) return undefined;
  const sub = match[3] ? parseChineseNumber(match[3]) : undefined;
  return { number, label: match[1]!, ...(sub ? { sub } : {}) };
}

/**
 * Hands out anchor ids in document order. A chapter number seen twice (numbering restarted
 * in a new 编) gets the 编 as prefix, e.g. "part-2-chap-1"; a repeated article number gets
 * "-2", "-3" so ids never collide (the build check reports such texts).
 */
export class AnchorAllocator {
  private part: number | undefined;
  private chapterId: string | undefined;
  private heads = 0;
  private readonly used = new Set<string>();

  private unique(id: string): string {
    let candidate = id;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${id}-${n}`;
    this.used.add(candidate);
    return candidate;
  }

  /** Id of a 编/章/节 heading, e.g. 章 3 → "chap-3". */
  division(division: Division): string {
    if (division.unit === '编') {
      this.part = division.number;
      this.chapterId = undefined;
      return this.unique(`part-${division.number}`);
    }
    if (division.unit === '章') {
      const plain = `chap-${division.number}`;
      this.chapterId = this.unique(this.used.has(plain) && this.part ? `part-${this.part}-${plain}` : plain);
      return this.chapterId;
    }
    return this.unique(this.chapterId ? `${this.chapterId}-sec-${division.number}` : `sec-${division.number}`);
  }

  /** Id of a section numbered 一、二、…, e.g. 4 → "sec-4". */
  section(number: number): string {
    return this.unique(`sec-${number}`);
  }

  /** Id of the next unnumbered sub-head, "head-1", "head-2" … */
  head(): string {
    return this.unique(`head-${++this.heads}`);
  }

  /** Id of an article, e.g. 11 → "art-11", 第五条之一 → "art-5-1". */
  article(number: number, sub?: number): string {
    return this.unique(sub ? `${articleAnchor(number)}-${sub}` : articleAnchor(number));
  }
}

/** What a heading of a policy body is, with the id it gets. */
export interface PolicyHeading {
  kind: '编' | '章' | '节' | 'head';
  id: string;
  /** e.g. "第一章", "四、" or "" for an unnumbered sub-head. */
  label: string;
  /** e.g. "总则". */
  title: string;
  /** Its number, 0 for an unnumbered sub-head. */
  number: number;
}

/**
 * Kind and id of a heading in a policy body, from its text; every heading of a full text gets
 * one (a 编/章/节, a 一、 section, or an unnumbered sub-head such as 「总则」).
 */
export function policyHeading(text: string, anchors: AnchorAllocator): PolicyHeading {
  const division = parseDivision(text);
  if (division) return { kind: division.unit, id: anchors.division(division), label: division.label, title: division.title, number: division.number };
  const section = SECTION.exec(text.trim());
  const number = section ? parseChineseNumber(section[1]!) : undefined;
  if (section && number) return { kind: 'head', id: anchors.section(number), label: section[0], title: text.trim().slice(section[0].length), number };
  return { kind: 'head', id: anchors.head(), label: '', title: text.trim(), number: 0 };
}

/** One entry of a policy outline. */
export interface OutlineNode {
  kind: '编' | '章' | '节' | 'head' | '条';
  id: string;
  /** e.g. "第一章" or "第十一条". */
  label: string;
  /** Heading words, e.g. "总则"; empty for articles. */
  title: string;
  number: number;
  /** For an article: missing in the source (shown as missing, never supplied). */
  missing?: boolean;
  /** Nested divisions and articles. */
  children: OutlineNode[];
}

/** Options for {@link policyOutline}. */
export interface OutlineOptions {
  /** Article numbers the source lacks, placed after the article before them, e.g. [20]. */
  missing?: readonly number[];
}

/**
 * Outline of an imported policy body (Markdown as the importer writes it: `## 第一编 总则`,
 * `### 第一章 …`, `**第一条**　…`), nested by heading depth, with the ids the page uses.
 * Missing articles (`options.missing`) appear where they belong, marked `missing`.
 */
export function policyOutline(body: string, options: OutlineOptions = {}): OutlineNode[] {
  const anchors = new AnchorAllocator();
  const roots: OutlineNode[] = [];
  const stack: { depth: number; node: OutlineNode }[] = [];
  const missing = new Set(options.missing ?? []);
  const place = (node: OutlineNode, depth: number) => {
    while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop();
    (stack.length ? stack[stack.length - 1]!.node.children : roots).push(node);
    if (node.kind !== '条') stack.push({ depth, node });
  };
  const placeArticle = (number: number, label: string, sub?: number, gap = false) => {
    place({ kind: '条', id: anchors.article(number, sub), label, title: '', number, ...(gap ? { missing: true } : {}), children: [] }, 99);
  };
  // Missing articles come after the article before them and its 第N条之M (or before 第一条).
  let gapAfter: number | undefined = 0;
  const flushGaps = () => {
    if (gapAfter === undefined) return;
    for (let next = gapAfter + 1; missing.has(next); next++) placeArticle(next, `第${toChineseNumber(next)}条`, undefined, true);
    gapAfter = undefined;
  };
  let fence = false;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      if (gapAfter !== 0) flushGaps();
      const found = policyHeading(heading[2]!.replace(/\\/g, ''), anchors);
      place({ ...found, children: [] }, heading[1]!.length);
      continue;
    }
    const article = parseArticle(line.replace(/^\*\*/, '').replace(/^(第[^*]+条(?:之[^*]+)?)\*\*/, '$1'));
    if (!article) continue;
    if (!article.sub) flushGaps();
    placeArticle(article.number, article.label, article.sub);
    if (!article.sub) gapAfter = article.number;
  }
  flushGaps();
  return roots;
}

/** Every article of an outline, in order (missing ones included, marked). */
export function outlineArticles(outline: OutlineNode[]): OutlineNode[] {
  return outline.flatMap((node) => (node.kind === '条' ? [node] : outlineArticles(node.children)));
}
