// Structure of a policy text (编 / 章 / 节 / 条) and its anchors. One scheme, shared by the
// remark plugin that sets the ids, the outline on the page and the build checks:
//   第二编 → #part-2   第三章 → #chap-3   第三章第一节 → #chap-3-sec-1   第十一条 → #art-11
// ASCII ids stay readable in a copied URL (no percent-encoding) and depend only on the numbers
// written in the text, so they are stable across rebuilds and edits elsewhere in the text.
import { articleAnchor, parseChineseNumber } from './policy-titles';

const NUM = '零〇一二两三四五六七八九十百千\\d';

/** A heading that opens a 编, 章 or 节, e.g. "第一章　总则" → { unit: '章', number: 1, label: '第一章', title: '总则' }. */
export const DIVISION = new RegExp(`^(第([${NUM}]+)([编章节]))[\\s\\u3000]*(.*)$`, 'u');

/** An article's opening words, e.g. "第十一条　党支部…" → label 第十一条, number 11. */
export const ARTICLE = new RegExp(`^(第([${NUM}]+)条)(?=[\\s\\u3000]|\\p{Script=Han}|$)`, 'u');

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

/** Parse an article's opening words; undefined when the text does not start with 第X条. */
export function parseArticle(text: string): { number: number; label: string } | undefined {
  const match = ARTICLE.exec(text.trim());
  const number = match ? parseChineseNumber(match[2]!) : undefined;
  return match && number ? { number, label: match[1]! } : undefined;
}

/**
 * Hands out anchor ids in document order. A chapter number seen twice (numbering restarted
 * in a new 编) gets the 编 as prefix, e.g. "part-2-chap-1"; a repeated article number gets
 * "-2", "-3" so ids never collide (the build check reports such texts).
 */
export class AnchorAllocator {
  private part: number | undefined;
  private chapterId: string | undefined;
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

  /** Id of an article, e.g. 11 → "art-11". */
  article(number: number): string {
    return this.unique(articleAnchor(number));
  }
}

/** One entry of a policy outline. */
export interface OutlineNode {
  kind: '编' | '章' | '节' | '条';
  id: string;
  /** e.g. "第一章" or "第十一条". */
  label: string;
  /** Heading words, e.g. "总则"; empty for articles. */
  title: string;
  number: number;
  /** Nested divisions and articles. */
  children: OutlineNode[];
}

const RANK = { 编: 0, 章: 1, 节: 2, 条: 3 } as const;

/**
 * Outline of an imported policy body (Markdown as the importer writes it: `## 第一章 总则`,
 * `### 第一节 …`, `**第一条**　…`), nested 编 → 章 → 节 → 条, with the ids the page uses.
 */
export function policyOutline(body: string): OutlineNode[] {
  const anchors = new AnchorAllocator();
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const place = (node: OutlineNode) => {
    while (stack.length && RANK[stack[stack.length - 1]!.kind] >= RANK[node.kind]) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : roots).push(node);
    if (node.kind !== '条') stack.push(node);
  };
  let fence = false;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const division = parseDivision(heading[1]!.replace(/\\/g, ''));
      if (division) place({ kind: division.unit, id: anchors.division(division), label: division.label, title: division.title, number: division.number, children: [] });
      continue;
    }
    const article = parseArticle(line.replace(/^\*\*/, '').replace(/^(第[^*]+条)\*\*/, '$1'));
    if (article) place({ kind: '条', id: anchors.article(article.number), label: article.label, title: '', number: article.number, children: [] });
  }
  return roots;
}

/** Every article of an outline, in order. */
export function outlineArticles(outline: OutlineNode[]): OutlineNode[] {
  return outline.flatMap((node) => (node.kind === '条' ? [node] : outlineArticles(node.children)));
}
