import { describe, expect, it } from 'vitest';
import { itemsFromMdx, plainInline } from '../../../src/lib/workbench/items-from-mdx';

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
      { id: 'item-1', problem: '基层党建不够扎实，见党章。', measures: ['建立台账。', '每月调度。'], owner: 'xx。', deadline: '**月底前。' },
      { id: 'item-2', problem: '一是思想认识不到位。', measures: [], owner: '', deadline: '' },
    ]);
  });

  it('skips items without any text', () => {
    expect(itemsFromMdx('<Item id="item-1">\n\n</Item>')).toEqual([]);
  });

  it('turns inline Markdown into plain text', () => {
    expect(plainInline('**粗体**、[链接](/x)、\\*\\*年、<abbr>缩写</abbr>')).toBe('粗体、链接、**年、缩写');
  });
});
