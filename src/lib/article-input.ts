// What people type for an article number in the 跳到第…条 box: 第十二条, 十二, 12, full-width １２.
import { parseChineseNumber } from './chinese-number';

/** Article number typed in the box, e.g. "第十二条" → 12, " 12 " → 12, "十二" → 12; undefined otherwise. */
export function parseArticleInput(raw: string): number | undefined {
  const match = /^第?([零〇一二两三四五六七八九十百千\d]+)条?$/u.exec(raw.normalize('NFKC').replace(/\s+/g, ''));
  return match ? parseChineseNumber(match[1]!) : undefined;
}
