// Search over the shipped site against an oracle that shares no code with it
// (tests/helpers/search-oracle.ts: a substring scan over content/ with OpenCC folding). For every
// query the set of pages the real search page shows, in Chromium under the production CSP, with
// every "more" batch opened, must EQUAL the oracle's set: recall 1.00 and precision 1.00.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSP } from '../../src/lib/csp';
import { startStaticServer, type RunningServer } from '../../scripts/lib/serve/static-server';
import { launchBrowser, openPage } from '../helpers/browser';
import { contentAliases, contentPages, oracleResults } from '../helpers/search-oracle';
import { searchAgain } from '../helpers/search-page';

/** Queries by kind; add a kind as the search learns one. */
const QUERIES: Record<string, string[]> = {
  // Set phrases and terms of party work.
  term: ['三会一课', '两学一做', '主题党日', '组织生活会', '民主生活会', '一岗双责', '主体责任', '软弱涣散', '战斗堡垒', '先锋模范作用', '谈心谈话', '发展党员', '入党积极分子', '批评与自我批评'],
  // Two-character words, found inside longer runs.
  twoCharacter: ['党费', '整改', '台账', '述职', '考核', '谈心', '廉政', '品牌', '积分', '换届', '阵地', '四风'],
  // Place and person names.
  name: ['湘潭', '汨罗', '廊坊', '曹祥金', '杨金海'],
  // Traditional queries find Simplified pages and the Traditional report alike.
  traditional: ['黨支部', '黨費', '標準化', '組織生活會', '三會一課', '兩學一做', '煙草', '積分管理'],
  // Quoted phrases.
  quoted: ['"三会一课"', '"两学一做"', '"党支部标准化规范化建设"', '"民主生活会"', '“软弱涣散”'],
  // Several terms: every one must occur.
  multiTerm: ['党费 整改', '三会一课 台账', '湘潭 党建', '黨支部 标准化', '组织生活会 批评', '党员 教育 管理'],
  // Nothing holds it: the search must say so, not show near misses.
  none: ['量子力学', '党费 量子力学'],
  // Words of the topics' introductions and of glossary definitions (each term is a result of its own).
  topic: ['两张皮', '一键切换', '经常性学习教育', '中心任务'],
  glossary: ['交纳的费用', '挂牌亮明身份', '可复制', '每季度至少'],
  // Latin words and numbers match literally (GB/T: no page holds it, and nothing near it is shown).
  latin: ['QQ', 'qq群', '2019', '2019年', 'GB/T'],
  // Aliases also find the full form (read from content/: glossary aliases, policy aliases).
  alias: ['《党章》', '党章', '支部工作条例', '支委会', '三会一课制度', '纪律处分条例'],
  // Pinyin and initials of glossary terms: PINYIN says by hand which term each one stands for.
  pinyin: ['shyk', 'sanhuiyike', 'san hui yi ke', 'lxyz', 'dangfei'],
};

/** The glossary term a pinyin query stands for, written by hand (not computed by the code under test). */
const PINYIN: Record<string, string> = { shyk: '三会一课', sanhuiyike: '三会一课', 'san hui yi ke': '三会一课', lxyz: '两学一做', dangfei: '党费' };

let browser: Browser;
let server: RunningServer;
let page: Page;
const pages = contentPages('content');
const known = new Set(pages.map((p) => p.url));
const aliases = contentAliases('content');
const expectedFor = (query: string) => oracleResults(query, pages, aliases, PINYIN[query] ? [PINYIN[query]] : []);

beforeAll(async () => {
  inject('siteUrl'); // the site project's setup has built dist/
  server = await startStaticServer({ root: 'dist', headers: { 'Content-Security-Policy': CSP } });
  browser = await launchBrowser();
  ({ page } = await openPage(browser));
  await page.goto(`${server.url}search/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search results equal the substring oracle', () => {
  it('covers at least 40 queries of every kind, and the oracle reads every searchable entry', () => {
    expect(Object.values(QUERIES).flat().length).toBeGreaterThanOrEqual(40);
    // 59 entries, 38 documents, the procedure, 6 topics, 48 glossary terms.
    expect(pages.length).toBeGreaterThanOrEqual(59 + 38 + 1 + 6 + 48);
    expect(pages.filter((p) => p.url.startsWith('/topics/')).length).toBe(6);
    expect(pages.filter((p) => p.url.startsWith('/glossary/#term-')).length).toBeGreaterThanOrEqual(48);
    expect(aliases.get('党章'), 'the oracle reads policy aliases').toEqual(['中国共产党章程']);
    // The oracle is not trivially empty or full: most queries hold some pages and not all.
    const sizes = Object.values(QUERIES).flat().map((q) => expectedFor(q).length);
    expect(sizes.filter((n) => n > 0 && n < pages.length).length).toBeGreaterThanOrEqual(40);
  });

  const cases = Object.entries(QUERIES).flatMap(([kind, queries]) => queries.map((query) => [kind, query] as const));
  it.each(cases)('%s: %s', async (_kind, query) => {
    const shown = await searchAgain(page, query);
    expect(new Set(shown).size, 'no page is shown twice').toBe(shown.length);
    expect(shown.filter((url) => !known.has(url)), 'results the oracle does not know: teach contentPages their page type').toEqual([]);
    const expected = expectedFor(query);
    const missing = expected.filter((url) => !shown.includes(url));
    const extra = shown.filter((url) => !expected.includes(url));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});
