import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkItemFields, formatItemFieldProblem } from '../../../src/lib/items/check-item-fields';
import { cleanFieldText, fieldOfLabel, fieldTextProblem, listFields, parseLabelLine, stripEnumerator } from '../../../src/lib/items/item-fields';

describe('item-field vocabulary', () => {
  it('maps labels to fields, with the colon or without', () => {
    expect(['问题', '整改措施：', '总负责人', '责任人', '责任单位', '落实时限', '完成时限', '整改情况'].map(fieldOfLabel)).toEqual(['problem', 'measures', 'lead', 'owner', 'unit', 'deadline', 'deadline', 'status']);
    expect(fieldOfLabel('注意')).toBeUndefined();
  });

  it('reads label lines of sources, but not bold-only labels in plain text', () => {
    expect(parseLabelLine('责任人:xx')).toEqual({ label: '责任人', field: 'owner', value: 'xx' });
    expect(parseLabelLine('落实时限。')).toEqual({ label: '落实时限', field: 'deadline', value: '' });
    expect(parseLabelLine('目标:三年内建成')).toBeUndefined();
    expect(parseLabelLine('问题很多')).toBeUndefined();
  });

  it('puts 责任人 before 总负责人 in the list, whatever order the item has them in', () => {
    expect(listFields({ lead: '党委书记', owner: '组织委员', unit: '组织部' })).toEqual({ owner: '组织委员', unit: '组织部', deadline: '' });
    expect(listFields({ lead: '党委书记' }).owner).toBe('党委书记');
  });

  it('removes a source number and a stray separator from field text', () => {
    expect(stripEnumerator('（一）党费收缴不及时')).toBe('党费收缴不及时');
    expect(stripEnumerator('2..强化党员管理监督问题。')).toBe('强化党员管理监督问题。');
    expect(stripEnumerator('一、坚持')).toBe('坚持');
    expect(stripEnumerator('3.5倍')).toBe('3.5倍');
    expect(stripEnumerator('一是加强学习')).toBe('一是加强学习');
    expect(cleanFieldText('：严格组织生活会问题')).toBe('严格组织生活会问题');
  });

  it('tells values from punctuation, fragments and labels', () => {
    expect(['。', '底前。', '责任单位：', 'xx。', '月底前。', '', '各党委委员。'].map(fieldTextProblem)).toEqual(['punctuation', 'fragment', 'label', undefined, undefined, undefined, undefined]);
  });
});

describe('build check of item fields', () => {
  it('names the file, the item and the fix for a field that is no value', () => {
    const body = '<Item id="item-3">\n\n**问题**：对党员干部管理不严。\n\n**落实时限**：底前。\n\n</Item>';
    const problems = checkItemFields([{ file: 'content/templates/x.mdx', body }]);
    expect(problems).toEqual([{ file: 'content/templates/x.mdx', item: 'item-3', field: 'deadline', value: '底前。', reason: 'fragment' }]);
    expect(formatItemFieldProblem(problems[0]!)).toMatch(/^content\/templates\/x\.mdx → item-3 → 落实时限「底前。」只是占位符的残片 → 补全该字段/);
  });

  it('finds nothing wrong in the shipped templates', () => {
    const files = readdirSync('content/templates').map((name) => ({ file: `content/templates/${name}`, body: readFileSync(`content/templates/${name}`, 'utf8') }));
    expect(files.length).toBeGreaterThan(20);
    expect(checkItemFields(files).map(formatItemFieldProblem)).toEqual([]);
  });
});
