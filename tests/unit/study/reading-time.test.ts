import { describe, expect, it } from 'vitest';
import { CHARS_PER_MINUTE, countReadingChars, readingTime } from '../../../src/lib/reading-time';

describe('countReadingChars', () => {
  it('counts each Han character once', () => {
    expect(countReadingChars('三会一课')).toBe(4);
  });
  it('counts a run of Latin letters or digits as one unit', () => {
    expect(countReadingChars('2019年GB/T 9704')).toBe(5);
  });
  it('ignores punctuation, Markdown marks, frontmatter, JSX tags and link targets', () => {
    const body = '---\ntitle: "标题不算"\n---\n\n## 第一节\n\n<Item id="item-1">\n\n**问题**：见[党章](/policies/dang-zhang/)。\n\n</Item>\n';
    expect(countReadingChars(body)).toBe(3 + 2 + 1 + 2);
  });
  it('counts Traditional characters like Simplified ones', () => {
    expect(countReadingChars('黨支部標準化')).toBe(6);
  });
});

describe('readingTime', () => {
  it(`rounds up at ${CHARS_PER_MINUTE} characters a minute`, () => {
    expect(readingTime('党'.repeat(CHARS_PER_MINUTE))).toEqual({ chars: CHARS_PER_MINUTE, minutes: 1 });
    expect(readingTime('党'.repeat(CHARS_PER_MINUTE + 1))).toEqual({ chars: CHARS_PER_MINUTE + 1, minutes: 2 });
  });
  it('gives at least one minute for a short text and zero for an empty one', () => {
    expect(readingTime('三会一课').minutes).toBe(1);
    expect(readingTime('')).toEqual({ chars: 0, minutes: 0 });
  });
  it('takes another pace when asked', () => {
    expect(readingTime('党'.repeat(1000), 500).minutes).toBe(2);
  });
});
