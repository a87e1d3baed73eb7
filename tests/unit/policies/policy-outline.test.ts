import { describe, expect, it } from 'vitest';
import { articleNumbers } from '../../../src/lib/policy-catalog';
import { AnchorAllocator, parseArticle, parseDivision, policyOutline } from '../../../src/lib/policy-outline';

describe('policy structure', () => {
  it('reads 编/章/节 headings and article openings', () => {
    expect(parseDivision('第二编　分则')).toEqual({ unit: '编', number: 2, label: '第二编', title: '分则' });
    expect(parseDivision('第十一章 附则')).toMatchObject({ unit: '章', number: 11 });
    expect(parseDivision('一、总体要求')).toBeUndefined();
    expect(parseArticle('第一百零五条　本办法……')).toEqual({ number: 105, label: '第一百零五条' });
    expect(parseArticle('第三条为了规范活动')).toEqual({ number: 3, label: '第三条' });
    expect(parseArticle('依照第三条规定')).toBeUndefined();
  });

  it('keeps chapter ids unique when a new 编 restarts the numbering', () => {
    const anchors = new AnchorAllocator();
    const ids = ['第一编 总则', '第一章 原则', '第一节 一般规定', '第二编 分则', '第一章 职责'].map((t) => anchors.division(parseDivision(t)!));
    expect(ids).toEqual(['part-1', 'chap-1', 'chap-1-sec-1', 'part-2', 'part-2-chap-1']);
  });

  it('nests articles under their 节 and 章, skipping code blocks and MDX escapes', () => {
    const body = '## 第一章 总则\n\n**第一条**　甲。\n\n### 第一节 入会\n\n**第二条**　乙。\n\n```\n**第九条** 代码\n```\n\n## 第二章 附则\n\n第三条　丙。\n';
    const outline = policyOutline(body);
    expect(JSON.stringify(outline.map((n) => [n.id, n.children.map((c) => [c.id, c.children.map((a) => a.id)])]))).toBe(
      JSON.stringify([
        ['chap-1', [['art-1', []], ['chap-1-sec-1', ['art-2']]]],
        ['chap-2', [['art-3', []]]],
      ]),
    );
    expect(articleNumbers(body)).toEqual([1, 2, 3]);
  });
});

describe('outline of full texts', () => {
  it('nests by heading depth: 编 ## → 章 ### → 节 ####, with 一、 sections and unnumbered sub-heads anchored', () => {
    const body = '## 第一编 总则\n\n### 第一章 原则\n\n**第一条**　甲。\n\n## 第二编 分则\n\n### 第二章 纪律\n\n#### 第一节 参赛\n\n**第二条**　乙。\n';
    const outline = policyOutline(body);
    expect(JSON.stringify(outline.map((n) => [n.id, n.children.map((c) => [c.id, c.children.map((a) => a.id)])]))).toBe(
      JSON.stringify([
        ['part-1', [['chap-1', ['art-1']]]],
        ['part-2', [['chap-2', ['chap-2-sec-1']]]],
      ]),
    );
    const sections = policyOutline('导言。\n\n## 一、坚定理想信念\n\n正文。\n\n## 二、坚持基本路线\n\n正文。\n');
    expect(sections.map((n) => `${n.id} ${n.label}|${n.title}`)).toEqual(['sec-1 一、|坚定理想信念', 'sec-2 二、|坚持基本路线']);
    const subheads = policyOutline('序言。\n\n## 党员廉洁自律规范\n\n**第一条**　甲。\n\n## 党员领导干部廉洁自律规范\n\n**第二条**　乙。\n');
    expect(subheads.map((n) => [n.id, n.title, n.children.map((a) => a.id)])).toEqual([
      ['head-1', '党员廉洁自律规范', ['art-1']],
      ['head-2', '党员领导干部廉洁自律规范', ['art-2']],
    ]);
  });

  it('anchors 第N条之一 as art-N-1 and places an article missing in the source where it belongs', () => {
    const body = '## 总则\n\n**第一条**　甲。\n\n**第一条之一**　乙。\n\n**第三条**　丙。\n';
    const articles = policyOutline(body, { missing: [2] })[0]!.children;
    expect(articles.map((a) => `${a.id} ${a.label}${a.missing ? ' missing' : ''}`)).toEqual(['art-1 第一条', 'art-1-1 第一条之一', 'art-2 第二条 missing', 'art-3 第三条']);
    expect(articleNumbers(body, [2])).toEqual([1, 1, 2, 3]);
  });
});
