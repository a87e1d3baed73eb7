import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { countEnumeration, toMarkdown } from '../../../scripts/lib/import/index.ts';

const md = (lines: string[], collection: 'materials' | 'templates' | 'policies' = 'materials', context?: string) =>
  toMarkdown(lines, { collection, ...(context ? { context } : {}) });

describe('toMarkdown', () => {
  it('keeps a label line whose value is only a fragment as plain text, out of the item fields', () => {
    const { body } = md(['（一）学习不深入。', '整改措施:', '1.制定计划；', '责任人:xx', '落实时限:底前。']);
    expect(body).toContain('**责任人**：xx');
    expect(body).toMatch(/\n\n落实时限[:：]底前。\n\n/);
    expect(body).not.toContain('**落实时限**');
  });

  it('turns the four Chinese numbering levels into headings and list entries, starting a new list for （1）', () => {
    const { body, report } = md(['一、基本情况', '（一）抓学习', '1.制定计划', '支部年初制定计划，明确每月主题。', '2.按时学习。每月集中学习一次，不少于两小时。', '（1）会议记录；']);
    expect(body).toBe(
      '## 一、基本情况\n\n### （一）抓学习\n\n#### 1.制定计划\n\n支部年初制定计划，明确每月主题。\n\n2. 按时学习。每月集中学习一次，不少于两小时。\n\n1) 会议记录；\n',
    );
    expect(report.headings.map((heading) => heading.level)).toEqual([2, 3, 4]);
  });

  it('keeps a long 一、 line that is really a paragraph as a paragraph', () => {
    const line = '一、以群众路线教育实践活动为契机，扎实推进基层党组织建设。全年共组织学习十二次，参学率达到百分之九十五以上。';
    expect(md([line]).body).toBe(`${line}\n`);
  });

  it('writes 第X章 and 第X节 as headings and 第X条 as a bold article lead', () => {
    const { body, report } = md(['第一章 总则', '第一节 范围', '第一条 为规范某某活动室使用，制定本办法。'], 'policies');
    expect(body).toBe('## 第一章 总则\n\n### 第一节 范围\n\n**第一条**　为规范某某活动室使用，制定本办法。\n');
    expect(report.articles).toBe(1);
  });

  it('leaves 一是…二是… as text and reports where it is', () => {
    const { body, report } = md(['支部做了三件事：一是学习；二是研讨；三是走访。']);
    expect(body).toBe('支部做了三件事：一是学习；二是研讨；三是走访。\n');
    expect(report.enumerations).toEqual([{ line: 1, count: 3 }]);
  });

  it('keeps every source number of a list with a gap, starting a new list at the gap', () => {
    const { body } = md(['1.甲项工作按计划完成，效果良好。', '2.乙项工作按计划完成，效果良好。', '4.丁项工作按计划完成，效果良好。']);
    expect(body).toBe('1. 甲项工作按计划完成，效果良好。\n2. 乙项工作按计划完成，效果良好。\n\n4) 丁项工作按计划完成，效果良好。\n');
  });

  it('makes a rectification block an Item with bold labels and a full-width colon', () => {
    const { body, report } = md(['（一）学习不深入。', '整改措施:', '1.制定计划；', '2.按月检查。', '责任人:xx', '落实时限:20__年6月底前', '其他正文。']);
    expect(body).toBe(
      [
        '<Item id="item-1">',
        '**问题**：学习不深入。',
        '**整改措施**：',
        '1. 制定计划；\n2. 按月检查。',
        '**责任人**：xx',
        '**落实时限**：20\\_\\_年6月底前',
        '</Item>',
        '其他正文。\n',
      ].join('\n\n'),
    );
    expect(report.items).toEqual([{ id: 'item-1', line: 1, kind: 'rectification' }]);
  });

  it('numbers items per file in order so each problem is addressable', () => {
    const { report } = md(['甲问题。', '整改措施：加强学习。', '乙问题。', '整改措施：健全制度。', '责任人：xx']);
    expect(report.items.map((item) => item.id)).toEqual(['item-1', 'item-2']);
  });

  it('makes each entry of a numbered problem list its own Item in templates', () => {
    const { body } = md(['1.学习形式单一。', '2.台账不规范。'], 'templates', '支部存在的问题');
    expect(body).toBe('<Item id="item-1">\n\n**问题**：学习形式单一。\n\n</Item>\n\n<Item id="item-2">\n\n**问题**：台账不规范。\n\n</Item>\n');
  });

  it('treats a whole run as a problem list when most entries read as problems', () => {
    const { report } = md(['1.学习形式单一。', '2.党员在各门店分布不均匀。', '3.台账不规范。'], 'templates', '支部存在的问题');
    expect(report.items.map((item) => item.line)).toEqual([1, 2, 3]);
  });

  it('keeps a list of achievements in templates as a list even under a problem title', () => {
    const { report } = md(['1.有效整合资源，建立组织体系。', '2.以项目管理为目标，建立基本制度。'], 'templates', '机关党建存在的问题');
    expect(report.items).toEqual([]);
    expect(report.listItems).toBe(2);
  });

  it('keeps a list of measures in templates as a list', () => {
    const { body } = md(['1.加强学习。', '2.健全制度。'], 'templates', '整改措施');
    expect(body).toBe('1. 加强学习。\n2. 健全制度。\n');
  });

  it('produces bodies that MDX compiles', async () => {
    const { body } = md(['一、{基本}情况', '<b>不是标签</b>', '（一）问题。', '整改措施：', '1.改正*这个*。', '责任人：import']);
    await expect(compile(body)).resolves.toBeDefined();
  });
});

describe('countEnumeration', () => {
  it('counts distinct 一是/二是/三是 markers and ignores a lone 一是', () => {
    expect(countEnumeration('一是学习；二是研讨；三是走访')).toBe(3);
    expect(countEnumeration('这一是非问题')).toBe(0);
  });
});
