import rulesFile from './junk-rules.json' with { type: 'json' };

/** Kinds of junk rule; see junk-rules.json for the meaning of each. */
export type JunkRuleKind = 'drop-line' | 'remove-phrase' | 'replace-phrase' | 'drop-title-repeat';

/** One rule from junk-rules.json. */
export interface JunkRule {
  /** Stable name used in reports, e.g. "journal-library-ad". */
  id: string;
  kind: JunkRuleKind;
  /** Regular expression source matched against one trimmed line (not for drop-title-repeat). */
  pattern?: string;
  /** Extra RegExp flags, e.g. "i"; "u" is always on. */
  flags?: string;
  /** Replacement for replace-phrase, e.g. "$1". */
  replacement?: string;
  /** Apply only on lines matching this expression. */
  onlyIn?: string;
  /** What the junk is, in Chinese, for the report. */
  description: string;
  /** Seed file the rule was found in, e.g. "002". */
  seed: string;
}

/** One thing a junk rule removed or changed. */
export interface JunkRemoval {
  /** Rule id, e.g. "empty-tags". */
  rule: string;
  /** Rule description in Chinese. */
  description: string;
  /** 1-based line number in the input. */
  line: number;
  /** The text removed (or the line before replacement). */
  removed: string;
}

/** Result of applying the junk rules. */
export interface JunkResult {
  /** Lines that remain, junk removed (blank lines kept). */
  lines: string[];
  /** Original 1-based line number of each remaining line. */
  lineNumbers: number[];
  /** Every removal, in input order. */
  removals: JunkRemoval[];
}

/** The rules from junk-rules.json, in file order. */
export const JUNK_RULES: readonly JunkRule[] = rulesFile.rules as JunkRule[];

function regex(source: string, flags = '', global = false): RegExp {
  const all = new Set([...flags, 'u', ...(global ? 'g' : '')]);
  return new RegExp(source, [...all].join(''));
}

/**
 * Remove scraping junk line by line with `rules` (default: junk-rules.json). Accepts text or
 * lines; `firstLineNumber` (default 1) offsets reported line numbers for a part of a file.
 * Example: "正文期刊文章分类查询,尽在期刊图书馆续文" → "正文续文" with one removal reported.
 */
export function applyJunkRules(
  input: string | readonly string[],
  rules: readonly JunkRule[] = JUNK_RULES,
  firstLineNumber = 1,
): JunkResult {
  const source = typeof input === 'string' ? input.split('\n') : input;
  const lines: string[] = [];
  const lineNumbers: number[] = [];
  const removals: JunkRemoval[] = [];
  const firstLine = source.find((line) => line.trim())?.trim();
  let seenFirst = false;
  source.forEach((original, index) => {
    const lineNumber = index + firstLineNumber;
    let line = original;
    let dropped = false;
    for (const rule of rules) {
      if (dropped) break;
      const note = (removed: string) =>
        removals.push({ rule: rule.id, description: rule.description, line: lineNumber, removed });
      if (rule.onlyIn && !regex(rule.onlyIn, rule.flags).test(line.trim())) continue;
      switch (rule.kind) {
        case 'drop-line':
          if (line.trim() && regex(rule.pattern ?? '$^', rule.flags).test(line.trim())) {
            note(line.trim());
            dropped = true;
          }
          break;
        case 'remove-phrase':
        case 'replace-phrase': {
          const pattern = regex(rule.pattern ?? '$^', rule.flags, true);
          const trimmed = line.trim();
          const replaced = trimmed.replace(pattern, rule.kind === 'remove-phrase' ? '' : (rule.replacement ?? ''));
          if (replaced !== trimmed) {
            note(rule.kind === 'remove-phrase' ? (trimmed.match(pattern) ?? []).join('') : trimmed);
            line = replaced.trim();
            if (!line) dropped = true;
          }
          break;
        }
        case 'drop-title-repeat':
          if (firstLine && line.trim() === firstLine) {
            if (seenFirst) {
              note(line.trim());
              dropped = true;
            } else {
              seenFirst = true;
            }
          }
          break;
      }
    }
    if (!dropped) {
      lines.push(line);
      lineNumbers.push(lineNumber);
    }
  });
  return { lines, lineNumbers, removals };
}
