import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSectionStart, normalizeLines, splitCompilation } from '../../../scripts/lib/import/index.ts';
import { sharedPath } from '../../helpers/shared.ts';

describe('splitCompilation', () => {
  it('cuts at short standalone section-start lines and keeps each title with its part', () => {
    const parts = splitCompilation(['甲单位党建存在的问题', '正文一。', '正文二。', '乙单位党建工作存在的问题和不足', '正文三。']);
    expect(parts).toEqual([
      { title: '甲单位党建存在的问题', startLine: 1, lines: ['甲单位党建存在的问题', '正文一。', '正文二。'] },
      { title: '乙单位党建工作存在的问题和不足', startLine: 4, lines: ['乙单位党建工作存在的问题和不足', '正文三。'] },
    ]);
  });

  it('keeps lines before the first section as an untitled preamble', () => {
    const parts = splitCompilation(['开场白。', '某某存在的问题', '正文。']);
    expect(parts.map((part) => part.title)).toEqual([undefined, '某某存在的问题']);
  });

  it('does not cut at numbered headings, sentences or lines without a section keyword', () => {
    expect(isSectionStart('一、存在的问题')).toBe(false);
    expect(isSectionStart('支部存在的问题较多，需要整改。')).toBe(false);
    expect(isSectionStart('区委组织部')).toBe(false);
    expect(isSectionStart('党建述职存在的问题【】')).toBe(true);
  });

  it('cuts seed 001 into many documents, none of them huge', () => {
    const parts = splitCompilation(normalizeLines(readFileSync(sharedPath('seeds', '001_59e67929b2c5c3f8.txt'), 'utf8')));
    const titles = parts.map((part) => part.title);
    expect(titles).toContain('机关党建存在的问题');
    expect(titles).toContain('党建工作存在的问题和不足');
    expect(titles).toContain('党建工作存在的突出问题范文');
    expect(parts.length).toBeGreaterThanOrEqual(15);
    expect(Math.max(...parts.map((part) => part.lines.join('\n').length))).toBeLessThan(80_000);
  });
});
