// Search benchmark: queries, ground truth from the built pages' text, and the metrics.
// Pure functions; scripts/bench-search.ts runs them against the real search page in Chromium.
import { Converter } from 'opencc-js';
import { fromHtml } from 'hast-util-from-html';
import { searchUnits, textOf } from '../../../src/integrations/search-index/index-page';

/** A benchmark query and the kind of query it is. */
export interface BenchQuery {
  group: 'word' | 'phrase' | 'name' | 'number' | 'traditional' | 'cross-script' | 'multi-term' | 'quoted';
  query: string;
}

const q = (group: BenchQuery['group'], ...queries: string[]): BenchQuery[] => queries.map((query) => ({ group, query }));

/** The benchmark queries (≥ 60), of the kinds issue 4 names. */
export const QUERIES: BenchQuery[] = [
  ...q('word', '党费', '整改', '台账', '述职', '考核', '谈心', '廉政', '品牌', '积分', '换届', '阵地', '党小组', '党性'),
  ...q('phrase', '三会一课', '两学一做', '主题党日', '组织生活会', '民主生活会', '一岗双责', '主体责任', '四风', '软弱涣散', '党建与业务融合', '战斗堡垒', '先锋模范作用', '谈心谈话', '发展党员', '入党积极分子', '批评与自我批评', '基层党建工作'),
  ...q('name', '湘潭', '汨罗', '河北', '石家庄', '杨金海', '曹祥金', '邯郸', '廊坊', '保定', '松岭'),
  ...q('number', '2016年', '2019年', '8学时', '2024', '100条', '12个问题', '80%', '7个方面'),
  ...q('traditional', '黨支部', '黨建', '標準化', '黨員', '組織生活會', '學習', '煙草', '黨費', '三會一課', '兩學一做', '積分管理'),
  ...q('cross-script', '标准化规范化', '八个规范', '石家庄市局', '积分台账', '党史学习教育', '智慧党建', '河北烟草'),
  ...q('multi-term', '党费 整改', '三会一课 台账', '湘潭 党建', '汨罗 2016年', '黨支部 标准化', '组织生活会 批评', '党员 教育 管理'),
  ...q('quoted', '"三会一课"', '"两学一做"', '"党支部标准化规范化建设"', '"民主生活会"', '"软弱涣散"'),
];

/** Groups counted as "substring and cross-script" queries for the recall targets. */
export const GROUPS = ['word', 'phrase', 'name', 'number', 'traditional', 'cross-script', 'multi-term', 'quoted'] as const;

const toSimplified = Converter({ from: 't', to: 'cn' });

/** Normal form for the ground truth: NFKC, lower case, OpenCC's phrase-level Traditional → Simplified. */
function normal(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase());
}

/** A page as the ground truth sees it. */
export interface BenchPage {
  /** Site-relative URL, e.g. "/templates/x/". */
  url: string;
  text: string;
  normalText: string;
}

/**
 * Reads the searchable units of a built page (the entry or topic article without navigation;
 * each glossary term on its own, at its anchor); none if the page is not searchable.
 */
export function benchPages(url: string, html: string): BenchPage[] {
  return searchUnits(fromHtml(html)).map((unit) => {
    const text = textOf(unit.root).replace(/[ \t]+/g, ' ');
    return { url: unit.anchor ? `${url}#${unit.anchor}` : url, text, normalText: normal(text) };
  });
}

/** Terms of a query as the issue defines them: quoted phrases whole, the rest split on spaces. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  const rest = query.replace(/"([^"]*)"/g, (_, phrase: string) => {
    terms.push(phrase);
    return ' ';
  });
  terms.push(...rest.split(/\s+/).filter(Boolean));
  return terms;
}

/** Pages whose text holds every term, literally or after converting both to Simplified. */
export function groundTruth(query: string, pages: BenchPage[]): Set<string> {
  const terms = queryTerms(query);
  return new Set(
    pages
      .filter((page) => terms.every((term) => page.text.includes(term) || page.normalText.includes(normal(term))))
      .map((page) => page.url),
  );
}

/** Per-query scores. */
export interface QueryScore {
  recall: number;
  recallAt10: number;
  /** Undefined when nothing came back. */
  precision: number | undefined;
  reciprocalRank: number;
  zero: boolean;
}

/** Scores one ranked result list against the relevant set. */
export function score(results: string[], relevant: Set<string>): QueryScore {
  const unique = [...new Set(results)];
  const hits = unique.filter((url) => relevant.has(url)).length;
  const top = unique.slice(0, 10).filter((url) => relevant.has(url)).length;
  const first = unique.findIndex((url) => relevant.has(url));
  return {
    recall: relevant.size ? hits / relevant.size : 1,
    recallAt10: relevant.size ? top / Math.min(10, relevant.size) : 1,
    precision: unique.length ? hits / unique.length : undefined,
    reciprocalRank: first >= 0 ? 1 / (first + 1) : 0,
    zero: unique.length === 0,
  };
}

/** Averages of per-query scores (precision over queries that returned something). */
export interface Summary {
  queries: number;
  recall: number;
  recallAt10: number;
  precision: number;
  mrr: number;
  zeroRate: number;
}

/** Mean of each metric over `scores`. */
export function summarise(scores: QueryScore[]): Summary {
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const precisions = scores.map((s) => s.precision).filter((p): p is number => p !== undefined);
  return {
    queries: scores.length,
    recall: mean(scores.map((s) => s.recall)),
    recallAt10: mean(scores.map((s) => s.recallAt10)),
    precision: precisions.length ? mean(precisions) : 0,
    mrr: mean(scores.map((s) => s.reciprocalRank)),
    zeroRate: mean(scores.map((s) => (s.zero ? 1 : 0))),
  };
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
