// The 跳到第…条 box reads what people type for an article number.
import { describe, expect, it } from 'vitest';
import { parseArticleInput } from '../../../src/lib/article-input';

describe('parseArticleInput', () => {
  it.each([
    ['第十二条', 12],
    ['十二', 12],
    ['12', 12],
    [' 12 ', 12],
    ['１２', 12],
    ['第12条', 12],
    ['第一百五十八条', 158],
    ['二十', 20],
  ])('reads %s as %i', (typed, number) => {
    expect(parseArticleInput(typed)).toBe(number);
  });

  it.each(['', '总则', '第十二章', '十二条款', 'art-12'])('rejects %s', (typed) => {
    expect(parseArticleInput(typed)).toBeUndefined();
  });
});
