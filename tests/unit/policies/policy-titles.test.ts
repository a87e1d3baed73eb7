import { describe, expect, it } from 'vitest';
import {
  articleAnchor,
  citationHref,
  citationText,
  createResolver,
  findCitations,
  parseChineseNumber,
  titleKey,
  toChineseNumber,
} from '../../../src/lib/policy-titles';
import { TEST_CATALOG, TEST_POLICIES } from './catalog-fixture';

const cite = (text: string) => findCitations(text, createResolver(TEST_CATALOG));

describe('titleKey', () => {
  it('treats ASCII and full-width brackets as the same title', () => {
    expect(titleKey('中国共产党支部工作条例(试行)')).toBe(titleKey('中国共产党支部工作条例（试行）'));
  });

  it('ignores spaces and reads Traditional characters as Simplified', () => {
    expect(titleKey('中國共產黨支部工作條例 （試行）')).toBe(titleKey('中国共产党支部工作条例（试行）'));
  });
});

describe('Chinese numbers', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['三十三', 33],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十二', 112],
    ['12', 12],
  ])('reads %s as %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('writes numbers back the way regulations number their articles', () => {
    expect([1, 10, 11, 33, 100, 105, 112].map(toChineseNumber)).toEqual(['一', '十', '十一', '三十三', '一百', '一百零五', '一百一十二']);
  });

  it('round-trips every article number up to 300', () => {
    for (let n = 1; n <= 300; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
  });
});

describe('findCitations', () => {
  it('resolves a short form to the full regulation', () => {
    expect(cite('对照《党章》查找差距')).toMatchObject([{ title: '党章', policy: { id: 'dang-zhang' }, via: 'title' }]);
  });

  it('reads the article that follows, with or without 第', () => {
    expect(cite('《党章》第三十三条、《党章》三十三条')).toMatchObject([
      { article: 33, articleLabel: '第三十三条' },
      { article: 33, articleLabel: '三十三条' },
    ]);
  });

  it('does not read a one-character number without 第 as an article', () => {
    expect(cite('《党章》一条一条地学')[0]).not.toHaveProperty('article');
  });

  it('prefers the current version when old and new versions share a title', () => {
    expect(cite('《中国共产党纪律处分条例》')[0]?.policy?.id).toBe('ji-lv');
  });

  it('resolves a bare kind name to the last cited regulation of that kind in the same text', () => {
    expect(cite('学习《中国共产党廉洁自律准则》《中国共产党纪律处分条例》，贯彻《准则》《条例》').map((c) => c.policy?.id)).toEqual([
      'lian-jie',
      'ji-lv',
      'lian-jie',
      'ji-lv',
    ]);
  });

  it('leaves a bare kind name unknown when nothing of that kind was cited before', () => {
    expect(cite('贯彻《条例》')[0]?.policy).toBeUndefined();
  });

  it('keeps state per resolver: a new document starts with no context', () => {
    cite('《中国共产党纪律处分条例》');
    expect(cite('《条例》')[0]?.policy).toBeUndefined();
  });

  it('reports titles it does not know, with their offsets', () => {
    expect(cite('依据《劳动法》')).toEqual([{ start: 2, end: 7, title: '劳动法' }]);
  });
});

describe('links and citation text', () => {
  const [dangZhang, , , , , , , , zhiYuanZhe] = TEST_POLICIES;

  it('links to the article anchor only where the body has articles', () => {
    expect(citationHref(zhiYuanZhe!, 3)).toBe('/policies/zhi-yuan-zhe/#art-3');
    expect(citationHref(dangZhang!, 33)).toBe('/policies/dang-zhang/');
  });

  it('formats a copyable citation with the full title', () => {
    expect(citationText('中国共产党支部工作条例（试行）', '第十一条')).toBe('《中国共产党支部工作条例（试行）》第十一条');
    expect(articleAnchor(11)).toBe('art-11');
  });
});
