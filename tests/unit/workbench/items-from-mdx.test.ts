import { describe, expect, it } from 'vitest';
import { itemsFromMdx, plainInline } from '../../../src/lib/items/items-from-mdx';

describe('problem items from template MDX', () => {
  it('reads problem, measures, owner and deadline of each item', () => {
    const body = `引言段落。

<Item id="item-1">

**问题**：基层党建不够**扎实**，见[党章](/policies/x/)。

**整改措施**：

1. 建立台账。
2. 每月调度。

**总负责人**：xx。

**落实时限**：\\*\\*月底前。

</Item>

<Item id="item-2">

一是思想认识不到位。

</Item>
`;
    expect(itemsFromMdx(body)).toEqual([
      {
        id: 'item-1',
        problem: '基层党建不够扎实，见党章。',
        measures: ['建立台账。', '每月调度。'],
        owner: 'xx。',
        unit: '',
        deadline: '**月底前。',
        fields: { problem: '基层党建不够扎实，见党章。', measures: '建立台账。\n每月调度。', lead: 'xx。', deadline: '**月底前。' },
      },
      { id: 'item-2', problem: '一是思想认识不到位。', measures: [], owner: '', unit: '', deadline: '', fields: { problem: '一是思想认识不到位。' } },
    ]);
  });

  it('takes 责任人 before 总负责人 for the list, as every reader of items does', () => {
    const body = '<Item id="item-1">\n\n**问题**：（一）党费收缴不及时。\n\n**总负责人**：党委书记\n\n**责任人**：组织委员\n\n**责任单位**：组织部\n\n</Item>';
    expect(itemsFromMdx(body)[0]).toMatchObject({ problem: '党费收缴不及时。', owner: '组织委员', unit: '组织部' });
  });

  it('keeps a paragraph after a one-line field out of it, and the label separator out of every field', () => {
    const body = '<Item id="item-1">\n\n**问题**：：严格组织生活会问题。\n\n**责任人**：xx。\n\n单位党委（总支、支部），各民营医院党支部。\n\n**落实时限**：底前。\n\n</Item>';
    expect(itemsFromMdx(body)[0]).toMatchObject({ problem: '严格组织生活会问题。', owner: 'xx。', deadline: '底前。' });
  });

  it('skips items without any text', () => {
    expect(itemsFromMdx('<Item id="item-1">\n\n</Item>')).toEqual([]);
  });

  it('turns inline Markdown into plain text', () => {
    expect(plainInline('**粗体**、[链接](/x)、\\*\\*年、<abbr>缩写</abbr>')).toBe('粗体、链接、**年、缩写');
  });
});
