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
