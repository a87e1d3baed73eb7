import { describe, expect, it } from 'vitest';
import { blocksToText, splitMeasures, stripEnumerator, toChinesePunctuation } from '../../../src/lib/workbench/text';

describe('clean clipboard text', () => {
  it('turns ASCII punctuation in Chinese prose full-width', () => {
    expect(toChinesePunctuation('党建,业务:要求(试行);"三会一课"?')).toBe('党建，业务：要求（试行）；“三会一课”？');
    expect(toChinesePunctuation('抓一阵.放一阵')).toBe('抓一阵。放一阵');
  });

  it('leaves numbers, times and Latin text alone', () => {
    expect(toChinesePunctuation('投资1,000元, 10:30 开会')).toBe('投资1,000元，10:30 开会');
    expect(toChinesePunctuation('see (CSV) file')).toBe('see (CSV) file');
  });

  it('writes blocks one per line, ordered lists numbered from their start', () => {
    const text = blocksToText([
      { type: 'p', text: '问题: 学习 不够\n深入' },
      { type: 'p', text: '整改措施：' },
      { type: 'list', ordered: true, items: ['加强学习', '', '严格考核'] },
      { type: 'list', ordered: true, start: 4, items: ['建立台账'] },
      { type: 'list', ordered: false, items: ['定期督查'] },
    ]);
    expect(text).toBe('问题：学习不够深入\n整改措施：\n1. 加强学习\n3. 严格考核\n4. 建立台账\n· 定期督查');
  });

  it('splits measures by line and drops their old numbering', () => {
    expect(splitMeasures('1. 加强学习\n\n（二）严格考核\n三、建立台账\n一是抓学习，二是抓考核')).toEqual(['加强学习', '严格考核', '建立台账', '一是抓学习，二是抓考核']);
    expect(stripEnumerator('2）落实')).toBe('落实');
  });
});
