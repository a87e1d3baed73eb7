// Chinese numerals as regulations write them (第十一条, 第一百零五条). A module of its own, with no
// dependencies, so that browser code (the 跳到第…条 box) can use it without the title matcher.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Value of a Chinese or Arabic number as used in 第X条, e.g. "十一" → 11, "一百零五" → 105,
 * "三十三" → 33, "12" → 12; undefined when it is not a number.
 */
export function parseChineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in DIGITS) digit = DIGITS[char];
    else {
      total += (digit ?? 1) * UNITS[char]!;
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}

/** Chinese numerals of a number below 10000, e.g. 11 → "十一", 105 → "一百零五", 33 → "三十三". */
export function toChineseNumber(value: number): string {
  const digits = '零一二三四五六七八九';
  if (value === 0) return '零';
  const parts: string[] = [];
  const units = ['千', '百', '十', ''];
  const places = [1000, 100, 10, 1];
  let zero = false;
  places.forEach((place, index) => {
    const d = Math.floor(value / place) % 10;
    if (d === 0) {
      if (parts.length) zero = true;
      return;
    }
    if (zero) parts.push('零');
    zero = false;
    parts.push(d === 1 && place === 10 && parts.length === 0 ? '' : digits[d]!, units[index]!);
  });
  return parts.join('');
}
