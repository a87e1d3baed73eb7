// Reading time of a Chinese text from its character count (issue 7, material pages).

/**
 * Characters read per minute: 300, the slow end of silent reading of Chinese (roughly 300–500
 * characters a minute), because members read study materials carefully, to prepare a meeting.
 */
export const CHARS_PER_MINUTE = 300;

/** Character count and rounded-up minutes, e.g. { chars: 2400, minutes: 8 }. */
export interface ReadingTime {
  chars: number;
  minutes: number;
}

/**
 * Readable units of a Markdown/MDX body: every Han character counts one, and so does each run
 * of Latin letters or digits ("2019", "GB"); frontmatter, import/export lines, JSX and HTML tags,
 * link targets and Markdown marks do not count. E.g. "## 三会一课\n2019年<Item id=\"a\">" → 7.
 */
export function countReadingChars(body: string): number {
  const text = body
    .replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '')
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/\{[^}\n]*\}/g, ' ');
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z0-9]+(?:[.,][0-9]+)*/g)?.length ?? 0;
  return han + words;
}

/** Reading time of a body at {@link CHARS_PER_MINUTE}, at least one minute for any text. */
export function readingTime(body: string, charsPerMinute = CHARS_PER_MINUTE): ReadingTime {
  const chars = countReadingChars(body);
  return { chars, minutes: chars === 0 ? 0 : Math.max(1, Math.ceil(chars / charsPerMinute)) };
}
