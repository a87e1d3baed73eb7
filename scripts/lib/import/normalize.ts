/**
 * Text clean-up that changes no words: line endings, invisible characters, indentation,
 * and ASCII punctuation inside Chinese text (domain notes: sources often carry `,:()` where
 * Chinese prose uses full-width marks).
 */

/** Split text into lines: CRLF/CR/U+2028/U+2029 become line breaks; BOM and zero-width chars go; indentation and trailing spaces are trimmed. */
export function normalizeLines(text: string): string[] {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\ufeff\u200b-\u200d\u2060]/g, '')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
}

// Han characters and full-width/CJK punctuation count as "Chinese" neighbours.
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]/u;
const HAN = /\p{Script=Han}/u;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
// Spans never touched: URLs, e-mail addresses, Windows paths.
// A URL ends before Chinese text or whitespace; trailing ASCII punctuation belongs to the sentence (as in GFM autolinks).
const PROTECTED = /(?:(?:https?|ftp):\/\/|www\.)[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]*[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’(),.;:!?'"]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[A-Za-z]:\\[^\s\p{Script=Han}]*/gu;

/** True when `char` is a Han character or full-width/CJK punctuation, e.g. "年" or "，". */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/**
 * ASCII `,:;?!()` become full-width when they touch Chinese text; ASCII double quotes around
 * Chinese become “…”. Numbers (1,000), times (10:30), decimals, dates, URLs and e-mails stay as
 * they are. Example: "2016年,我局(分公司)现有党员49名" → "2016年，我局（分公司）现有党员49名".
 */
export function normalizePunctuation(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      let last = 0;
      for (const match of line.matchAll(PROTECTED)) {
        out += normalizeSpan(line.slice(last, match.index));
        out += match[0];
        last = match.index + match[0].length;
      }
      return out + normalizeSpan(line.slice(last));
    })
    .join('\n');
}

function normalizeSpan(span: string): string {
  return convertQuotes(convertMarks(convertParentheses(span)));
}

function convertMarks(span: string): string {
  const chars = [...span];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (!',:;?!'.includes(char)) {
      out.push(char);
      continue;
    }
    const before = out[out.length - 1];
    let j = i + 1;
    while (chars[j] === ' ') j++;
    const after = chars[j];
    // 10:30, 1,000 and 3.5 stay: digits on both sides means a number, not prose.
    const numeric = /\d/.test(before ?? '') && /\d/.test(after ?? '');
    if (!numeric && (isCjk(before) || isCjk(after))) {
      out.push(FULL[char]!);
      i = j - 1; // a full-width mark carries its own spacing: drop the spaces after it ("原样: Hello" → "原样：Hello")
    } else {
      out.push(char);
    }
  }
  return out.join('');
}

function convertParentheses(span: string): string {
  // Innermost pairs first so that nested brackets convert too.
  let previous = '';
  let current = span;
  while (previous !== current) {
    previous = current;
    current = current.replace(/\(([^()]*)\)/g, (whole, inner: string, offset: number, all: string) => {
      const before = all[offset - 1];
      const after = all[offset + whole.length];
      const chinese = HAN.test(inner) || isCjk(before) || isCjk(after) || /[（）]/.test(inner);
      return chinese ? `（${inner}）` : `\u0000${inner}\u0001`;
    });
  }
  return current.replace(/\u0000/g, '(').replace(/\u0001/g, ')');
}

function convertQuotes(span: string): string {
  return span
    .replace(/"([^"“”\n]*\p{Script=Han}[^"“”\n]*)"/gu, '“$1”')
    .replace(/"([^"“”\n]*\p{Script=Han}[^"“”\n]*)”/gu, '“$1”')
    .replace(/“([^"“”\n]*\p{Script=Han}[^"“”\n]*)"/gu, '“$1”');
}
