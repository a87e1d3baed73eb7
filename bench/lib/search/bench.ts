// Search benchmark: queries, ground truth from the built pages' text, the metrics and the
// targets. Pure functions; bench/search.ts runs them against the real search page in
// Chromium. The ground truth never asks the search code: it is a substring test over each
// searchable unit's text (Traditional folded with OpenCC's phrase conversion), and for alias
// and pinyin queries the form the query stands for is written here by hand.
import { Converter } from 'opencc-js';
import { fromHtml } from 'hast-util-from-html';
import { searchUnits, textOf } from '../../../src/integrations/search-index/index-page';

/** Kinds of query; the first eight are issue 4's, the rest issue 15's. */
export const GROUPS = ['word', 'phrase', 'name', 'number', 'traditional', 'cross-script', 'multi-term', 'quoted', 'topic', 'glossary', 'pinyin', 'alias', 'latin', 'none'] as const;
/** The query kinds issue 15 adds, reported separately. */
export const NEW_GROUPS: readonly Group[] = ['topic', 'glossary', 'pinyin', 'alias', 'latin'];
export type Group = (typeof GROUPS)[number];

/** A benchmark query and the kind of query it is. */
export interface BenchQuery {
  group: Group;
  query: string;
  /** What an alias or pinyin query stands for, written by hand, e.g. shyk → ["三会一课"]. */
  means?: string[];
}

const q = (group: Group, ...queries: string[]): BenchQuery[] => queries.map((query) => ({ group, query }));
const m = (group: Group, query: string, ...means: string[]): BenchQuery => ({ group, query, means });

/** The benchmark queries. */
export const QUERIES: BenchQuery[] = [
  ...q('word', '党费', '整改', '台账', '述职', '考核', '谈心', '廉政', '品牌', '积分', '换届', '阵地', '党小组', '党性'),
  ...q('phrase', '三会一课', '两学一做', '主题党日', '组织生活会', '民主生活会', '一岗双责', '主体责任', '四风', '软弱涣散', '党建与业务融合', '战斗堡垒', '先锋模范作用', '谈心谈话', '发展党员', '入党积极分子', '批评与自我批评', '基层党建工作'),
  ...q('name', '湘潭', '汨罗', '河北', '石家庄', '杨金海', '曹祥金', '邯郸', '廊坊', '保定', '松岭'),
  ...q('number', '2016年', '2019年', '8学时', '2024', '100条', '12个问题', '80%', '7个方面'),
  ...q('traditional', '黨支部', '黨建', '標準化', '黨員', '組織生活會', '學習', '煙草', '黨費', '三會一課', '兩學一做', '積分管理'),
  ...q('cross-script', '标准化规范化', '八个规范', '石家庄市局', '积分台账', '党史学习教育', '智慧党建', '河北烟草'),
  ...q('multi-term', '党费 整改', '三会一课 台账', '湘潭 党建', '汨罗 2016年', '黨支部 标准化', '组织生活会 批评', '党员 教育 管理'),
  ...q('quoted', '"三会一课"', '"两学一做"', '"党支部标准化规范化建设"', '"民主生活会"', '"软弱涣散"'),
  // Words found in topic introductions and in glossary definitions.
  ...q('topic', '两张皮', '薄弱环节', '一键切换', '合格党员', '会议记录', '不必通读', '林场'),
  ...q('glossary', '党小组长', '引以为戒', '亮明身份', '新经济组织', '查漏补缺', '每季度至少', '勤俭节约'),
  m('pinyin', 'shyk', '三会一课'),
  m('pinyin', 'sanhuiyike', '三会一课'),
  m('pinyin', 'san hui yi ke', '三会一课'),
  m('pinyin', 'lxyz', '两学一做'),
  m('pinyin', 'zzshh', '组织生活会'),
  m('pinyin', 'dangfei', '党费'),
  m('pinyin', 'ztdr', '主题党日'),
  m('alias', '《党章》', '中国共产党章程'),
  m('alias', '支部工作条例', '中国共产党支部工作条例（试行）'),
  m('alias', '干部任用条例', '党政领导干部选拔任用工作条例'),
  m('alias', '廉政准则', '中国共产党党员领导干部廉洁从政若干准则'),
  m('alias', '支委会', '支部委员会'),
  m('alias', '固定党日', '主题党日'),
  m('alias', '星级党支部', '星级评定'),
  // Latin letters and digits that are words on the pages match as typed.
  ...q('latin', 'xx', 'LIAN', 'app', 'QQ', '2019'),
  // Nothing should come back.
  ...q('none', '量子力学', '党费 量子力学', 'zzzqqq'),
];

const toSimplified = Converter({ from: 't', to: 'cn' });

/** Normal form for the ground truth: NFKC, lower case, OpenCC's phrase-level Traditional → Simplified. */
export function normal(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase());
}

/** A searchable unit as the ground truth sees it. */
export interface BenchPage {
  /** Site-relative URL with the unit's anchor, e.g. "/templates/x/" or "/glossary/#term-dang-fei". */
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

/** Whether a built page carries data-pagefind-body (then it must have searchable units). */
export function carriesBody(html: string): boolean {
  return /<[^>]+\sdata-pagefind-body[\s>=]/.test(html);
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

/** Whether a page holds a text, literally or after converting both to Simplified; 《》 around a term do not count. */
function holds(page: BenchPage, term: string): boolean {
  const bare = term.replace(/^《(.*)》$/u, '$1');
  return page.text.includes(bare) || page.normalText.includes(normal(bare));
}

/**
 * Pages relevant to a query: those holding every term, or (alias and pinyin queries) holding
 * a form the query stands for.
 */
export function groundTruth(query: BenchQuery | string, pages: readonly BenchPage[]): Set<string> {
  const { query: text, means = [] } = typeof query === 'string' ? { query } : query;
  const terms = queryTerms(text);
  return new Set(pages.filter((page) => terms.every((term) => holds(page, term)) || means.some((form) => holds(page, form))).map((page) => page.url));
}

/** Per-query scores. */
export interface QueryScore {
  /** Share of relevant pages returned; undefined when nothing is relevant (not counted in recall). */
  recall: number | undefined;
  recallAt10: number | undefined;
  /**
   * Share of returned pages that are relevant. Nothing returned: 1 when nothing is relevant,
   * else 0, so that a query without results counts against precision too.
   */
  precision: number;
  reciprocalRank: number;
  zero: boolean;
}

/** Scores one ranked result list against the relevant set. */
export function score(results: readonly string[], relevant: ReadonlySet<string>): QueryScore {
  const unique = [...new Set(results)];
  const hits = unique.filter((url) => relevant.has(url)).length;
  const top = unique.slice(0, 10).filter((url) => relevant.has(url)).length;
  const first = unique.findIndex((url) => relevant.has(url));
  return {
    recall: relevant.size ? hits / relevant.size : undefined,
    recallAt10: relevant.size ? top / Math.min(10, relevant.size) : undefined,
    precision: unique.length ? hits / unique.length : relevant.size ? 0 : 1,
    reciprocalRank: relevant.size === 0 ? (unique.length === 0 ? 1 : 0) : first >= 0 ? 1 / (first + 1) : 0,
    zero: unique.length === 0,
  };
}

/** Averages of per-query scores. */
export interface Summary {
  queries: number;
  /** Over queries with relevant pages. */
  recall: number;
  recallAt10: number;
  /** Over all queries. */
  precision: number;
  mrr: number;
  zeroRate: number;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 1);

/** Means of each metric: recall over queries that have relevant pages, the rest over all queries. */
export function summarise(scores: readonly QueryScore[]): Summary {
  const defined = (values: (number | undefined)[]) => values.filter((v): v is number => v !== undefined);
  return {
    queries: scores.length,
    recall: mean(defined(scores.map((s) => s.recall))),
    recallAt10: mean(defined(scores.map((s) => s.recallAt10))),
    precision: mean(scores.map((s) => s.precision)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
    zeroRate: scores.length ? mean(scores.map((s) => (s.zero ? 1 : 0))) : 0,
  };
}

/**
 * The queries whose time to first results is measured: every sixth query with results (every
 * sixteenth for a quick run), which spreads them over the query kinds. Shared by
 * `npm run bench:search` (the shipped site) and `npm run bench` (each library size).
 */
export function timedQueries(step = 6): string[] {
  return QUERIES.filter((q) => q.group !== 'none')
    .filter((_, i) => i % step === 0)
    .map((q) => q.query);
}

/** Median of a list of numbers; NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The targets of issues 15 and 17. */
export const TARGETS = {
  /** Recall over every query kind. */
  recall: 1,
  /** Precision over all queries. */
  precision: 0.98,
  /** Median from opening /search/?q=… to the first results, 4× CPU throttling, ms. */
  coldMs: 1000,
  /** Median from a new query typed on an open search page to its first results, 4× throttling, ms. */
  newQueryMs: 200,
  /** Suggestion data fetched while typing one query, gzip bytes, at every library size. */
  suggestBytes: 50 * 1024,
  /** Index bytes (words, fragments, filters, metadata, our tables) over default Pagefind's on the same pages. */
  indexSizeRatio: 1.3,
} as const;

/** One target checked: what was measured, against what, and whether it holds. */
export interface TargetCheck {
  name: string;
  value: number;
  target: number;
  ok: boolean;
}

/** What {@link checkTargets} looks at. */
export interface BenchFigures {
  recall: number;
  precision: number;
  /** Searchable pages missing from the index, and indexed URLs that are no searchable unit. */
  coverageProblems: number;
  coldMsThrottled: number;
  newQueryMsThrottled: number;
  /** Largest suggestion bytes per query at each library size. */
  suggestBytes: { entries: number; bytes: number }[];
  /** Our index size over default Pagefind's. */
  indexSizeRatio: number;
}

/** Checks every target; the bench exits non-zero when any fails. */
export function checkTargets(f: BenchFigures): TargetCheck[] {
  return [
    { name: 'recall', value: f.recall, target: TARGETS.recall, ok: f.recall >= TARGETS.recall },
    { name: 'precision', value: f.precision, target: TARGETS.precision, ok: f.precision >= TARGETS.precision },
    { name: 'index coverage problems', value: f.coverageProblems, target: 0, ok: f.coverageProblems === 0 },
    { name: 'cold load to first results, 4× throttled, median ms', value: f.coldMsThrottled, target: TARGETS.coldMs, ok: f.coldMsThrottled <= TARGETS.coldMs },
    { name: 'new query to first results, 4× throttled, median ms', value: f.newQueryMsThrottled, target: TARGETS.newQueryMs, ok: f.newQueryMsThrottled <= TARGETS.newQueryMs },
    ...f.suggestBytes.map(({ entries, bytes }) => ({ name: `suggestion data per query at ${entries} entries, gzip bytes`, value: bytes, target: TARGETS.suggestBytes, ok: bytes <= TARGETS.suggestBytes })),
    { name: 'index size over default Pagefind on the same pages', value: f.indexSizeRatio, target: TARGETS.indexSizeRatio, ok: f.indexSizeRatio <= TARGETS.indexSizeRatio },
  ];
}
