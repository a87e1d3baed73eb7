import { describe, expect, it } from 'vitest';
import { normalizeLines, normalizePunctuation } from '../../../scripts/lib/import/index.ts';

describe('normalizeLines', () => {
  it('splits CRLF, CR and LF alike and trims indentation including full-width spaces', () => {
    expect(normalizeLines('\u3000\u3000第一段\r\n第二段 \r第三段\n')).toEqual(['第一段', '第二段', '第三段', '']);
  });

  it('removes zero-width characters and a stray BOM', () => {
    expect(normalizeLines('\ufeff支\u200b部')).toEqual(['支部']);
  });
});

describe('normalizePunctuation', () => {
  it.each([
    ['2016年,汨罗市', '2016年，汨罗市'],
    ['我局(分公司)现有党员49名', '我局（分公司）现有党员49名'],
    ['(一)及时安排部署', '（一）及时安排部署'],
    ['主要表现在:一是学习不够;二是', '主要表现在：一是学习不够；二是'],
    ['为什么?怎么办!', '为什么？怎么办！'],
    ['占员工总数的51%,女党员', '占员工总数的51%，女党员'],
    ['坚持"三会一课"制度', '坚持“三会一课”制度'],
    ['他说:"了解自己并不容易。”', '他说：“了解自己并不容易。”'],
    // A full-width mark carries its own space: the ASCII space after it goes, before Latin text too.
    ['保持原样: Hello', '保持原样：Hello'],
  ])('makes ASCII marks full-width next to Chinese: %s', (input, output) => {
    expect(normalizePunctuation(input)).toBe(output);
  });

  it.each([
    ['上午10:30开会', '上午10:30开会'],
    ['共1,024人', '共1,024人'],
    ['增长3.5%', '增长3.5%'],
    ['2019/4/28', '2019/4/28'],
    ['Hello, world (test).', 'Hello, world (test).'],
  ])('leaves numbers, times, decimals, dates and English alone: %s', (input, output) => {
    expect(normalizePunctuation(input)).toBe(output);
  });

  it('leaves URLs and e-mail addresses untouched but converts the prose around them', () => {
    expect(normalizePunctuation('见https://example.org/a,b?c=1(说明),或致信a.b@example.org,谢谢')).toBe(
      '见https://example.org/a,b?c=1（说明），或致信a.b@example.org，谢谢',
    );
  });
});
