import { describe, expect, it } from 'vitest';
import { emitMdx, importText, toYaml } from '../../../scripts/lib/import/index.ts';
import { readMdx, roundTrip } from './helpers.ts';

const TEXT = '2030年,某某支部围绕年度目标开展学习教育,取得一定成效。\n一、主要做法\n支部全年组织集中学习12次。';

describe('importText', () => {
  it('uses the file name as title when the text has none, says so and marks the entry draft', () => {
    const result = importText(TEXT, { collection: 'materials', fileName: 'seeds/000_abc.txt', today: '2030-01-01' });
    expect(result.frontmatter).toMatchObject({ title: '000_abc', source: '000_abc.txt', draft: true });
    expect(result.report.undecided[0]).toBe('无法确定标题：第一行不是短标题（文中没有标题行），暂用文件名「000_abc」');
  });

  it('lets a caller supply metadata, which wins over inference and settles the title', async () => {
    const result = importText(TEXT, {
      collection: 'templates',
      fileName: '001.txt',
      metadata: { title: '某某支部年度工作小结', scenario: ['年度党建工作总结'], dimension: ['思想建设'] },
      today: '2030-01-01',
    });
    expect(result.slug).toBe('mou-mou-zhi-bu-nian-du-gong-zuo');
    expect(result.report.undecided).toEqual([]);
    expect(result.frontmatter).toMatchObject({ title: '某某支部年度工作小结', scenario: ['年度党建工作总结'], draft: false });
    await roundTrip(result.mdx, 'templates');
  });

  it('refuses frontmatter the schema rejects, quoting the schema message for the file', () => {
    expect(() => importText(TEXT, { collection: 'templates', fileName: 'x.txt', metadata: { title: '标题', scenario: ['茶话会'] } })).toThrow(
      'x.txt → 生成的 frontmatter 未通过 templates 的校验：scenario.0：场景 scenario 「茶话会」 不在可选范围内。可选：组织生活会、民主生活会、主题教育检视整改、巡视巡察整改、督查考核整改、党建述职评议、年度党建工作总结、调研报告。 → 请用 --collection 选对集合，或在源文件中补上缺少的信息后重试',
    );
  });

  it('reports line numbers of a part relative to the whole file', () => {
    const result = importText('某某存在的问题\n责编:admin\n正文。', { collection: 'materials', fileName: 'x.txt', firstLineNumber: 40 });
    expect(result.report.lines).toEqual([40, 42]);
    expect(result.report.junk[0]).toMatchObject({ rule: 'editor-admin', line: 41 });
  });
});

describe('emitMdx', () => {
  it('quotes every string so YAML cannot misread dates, numbers, colons or quotes', () => {
    const yaml = toYaml({ title: '标题: "引号" #非注释', added: '2030-01-01', tags: ['a: b', 'yes'], draft: false });
    expect(yaml).toBe('title: "标题: \\"引号\\" #非注释"\ntags: ["a: b", "yes"]\nadded: "2030-01-01"\ndraft: false');
    expect(readMdx(emitMdx({ title: 'no' }, '正文')).data).toEqual({ title: 'no' });
  });
});
