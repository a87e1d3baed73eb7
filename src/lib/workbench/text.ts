// Clean text for the clipboard and exports: Chinese punctuation, numbered lists, no UI words.
// Pure; the islands turn the page's DOM into Block values and hand them here.
import { stripEnumerator } from '../items/item-fields';

const HAN = String.raw`\p{Script=Han}`;
const CJK_PUNCT = '，。、；：？！“”‘’（）《》〔〕【】—…';
const CJK = `[${HAN}${CJK_PUNCT}]`;

/**
 * ASCII punctuation in Chinese prose turned full-width, as official writing requires:
 * "党建,业务:要求(试行)" → "党建，业务：要求（试行）". Leaves numbers ("1,000", "3.5", "10:30"),
 * list numbers ("1.") and Latin text alone, and drops stray spaces between Chinese characters.
 */
export function toChinesePunctuation(text: string): string {
  return text
    .replace(new RegExp(String.raw`\(([^()\n]*${HAN}[^()\n]*)\)`, 'gu'), '（$1）')
    .replace(new RegExp(String.raw`"([^"\n]*${HAN}[^"\n]*)"`, 'gu'), '“$1”')
    .replace(new RegExp(String.raw`(${CJK})\s*,\s*|\s*,\s*(?=${CJK})`, 'gu'), (_m, a: string | undefined) => `${a ?? ''}，`)
    .replace(new RegExp(String.raw`(${CJK})\s*;\s*|\s*;\s*(?=${CJK})`, 'gu'), (_m, a: string | undefined) => `${a ?? ''}；`)
    .replace(new RegExp(String.raw`(${CJK})\s*:\s*`, 'gu'), '$1：')
    .replace(new RegExp(String.raw`(${CJK})\s*\?`, 'gu'), '$1？')
    .replace(new RegExp(String.raw`(${CJK})\s*!`, 'gu'), '$1！')
    .replace(new RegExp(String.raw`(${HAN})\.(?=$|\s|${HAN})`, 'gmu'), '$1。')
    .replace(new RegExp(String.raw`(${CJK})[ \t\u00a0\u3000]+(?=${CJK})`, 'gu'), '$1');
}

/** One block of a page as the clipboard sees it. */
export type Block =
  | { type: 'p'; text: string }
  | { type: 'heading'; level: number; text: string }
  | { type: 'list'; ordered: boolean; start?: number; items: string[] };

/** Collapses runs of white space inside a block and trims it: "  一是 \n 加强 " → "一是 加强". */
export function squash(text: string): string {
  return text.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
}

/**
 * Plain text of blocks, one per line: ordered lists as "1. …", bullets as "· …", all with
 * Chinese punctuation, e.g. [{p:'问题:xx'}, {list:['加强学习']}] → "问题：xx\n1. 加强学习".
 */
export function blocksToText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'list') {
      block.items.forEach((item, i) => {
        const text = squash(item);
        if (text) lines.push(`${block.ordered ? `${(block.start ?? 1) + i}. ` : '· '}${toChinesePunctuation(text)}`);
      });
    } else {
      const text = squash(block.text);
      if (text) lines.push(toChinesePunctuation(text));
    }
  }
  return lines.join('\n');
}

/**
 * Splits a measures text into separate measures: by line, and a one-line "一是…二是…" run
 * stays whole. Leading list numbers ("1.", "（一）", "一、") are removed: numbering is the exporter's job.
 */
export function splitMeasures(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => stripEnumerator(line.trim()))
    .filter(Boolean);
}

export { stripEnumerator } from '../items/item-fields';
