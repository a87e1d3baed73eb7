import { describe, expect, it } from 'vitest';
import { applyJunkRules, JUNK_RULES } from '../../../scripts/lib/import/index.ts';

describe('applyJunkRules', () => {
  it('keeps the rest of a paragraph when an advertising phrase is cut out of it', () => {
    const result = applyJunkRules(['正文开头。期刊文章分类查询,尽在期刊图书馆党员积极参与。']);
    expect(result.lines).toEqual(['正文开头。党员积极参与。']);
    expect(result.removals).toEqual([
      expect.objectContaining({ rule: 'journal-library-ad', line: 1, removed: '期刊文章分类查询,尽在期刊图书馆' }),
    ]);
  });

  it('reports original line numbers, offset for a part of a file', () => {
    const result = applyJunkRules(['标题', '正文', '责编:admin'], undefined, 100);
    expect(result.lineNumbers).toEqual([100, 101]);
    expect(result.removals[0]).toMatchObject({ rule: 'editor-admin', line: 102 });
  });

  it('drops later copies of the first line but keeps the first', () => {
    const result = applyJunkRules(['论某某_张三', '', '论某某_张三', '正文', '论某某_张三']);
    expect(result.lines).toEqual(['论某某_张三', '', '正文']);
    expect(result.removals.map((removal) => removal.line)).toEqual([3, 5]);
  });

  it('replaces lost separators only inside a byline', () => {
    const result = applyJunkRules(['为什么?', '(本报记者?张某?通讯员?李某)']);
    expect(result.lines).toEqual(['为什么?', '(本报记者 张某 通讯员 李某)']);
  });

  it('does not touch ordinary text that mentions the same words', () => {
    const text = ['来源于群众的意见要认真对待。', '标签化管理有利于台账整理。', '原因分析：一是思想认识不到位。'];
    expect(applyJunkRules(text).lines).toEqual(text);
  });

  it('names the seed and describes every rule', () => {
    for (const rule of JUNK_RULES) {
      expect(rule.description).toMatch(/\p{Script=Han}/u);
      expect(rule.seed).toMatch(/^00\d$/);
    }
  });
});
