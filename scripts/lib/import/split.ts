import { isTitleCandidate } from './metadata.ts';

/** One document cut out of a compilation. */
export interface CompilationPart {
  /** The section-start line the part begins with, e.g. "机关党建存在的问题"; undefined for a preamble. */
  title?: string;
  /** 1-based line number of the part's first line in the input. */
  startLine: number;
  /** The part's lines, its section-start line first. */
  lines: string[];
}

/** Keywords a section-start line of a 范文 compilation carries (seed 001); default for splitCompilation. */
export const SECTION_KEYWORDS = /问题|不足|对策|范文|措施/;

/** True for a short standalone line that opens a compilation section, e.g. "党建工作存在的问题和不足". */
export function isSectionStart(text: string, keywords: RegExp = SECTION_KEYWORDS): boolean {
  const bare = text.trim().replace(/【\s*】/g, '');
  return isTitleCandidate(bare, 30) && keywords.test(bare);
}

/**
 * Cut a compilation (seed 001: dozens of 范文 pasted one after another) at its short standalone
 * section-start lines, e.g. "机关党建存在的问题". Lines before the first cut form a preamble part
 * without title (dropped when blank). Example: ["甲的问题", "正文", "乙的问题", "正文"] → 2 parts.
 */
export function splitCompilation(lines: readonly string[], { keywords = SECTION_KEYWORDS }: { keywords?: RegExp } = {}): CompilationPart[] {
  const parts: CompilationPart[] = [];
  let current: CompilationPart = { startLine: 1, lines: [] };
  lines.forEach((line, index) => {
    const next = lines.slice(index + 1).find((candidate) => candidate.trim());
    // A section start is followed by body text, not by another title.
    if (isSectionStart(line, keywords) && next !== undefined && !isSectionStart(next, keywords)) {
      if (current.lines.some((text) => text.trim())) parts.push(current);
      current = { title: line.trim().replace(/【\s*】/g, ''), startLine: index + 1, lines: [] };
    }
    current.lines.push(line);
  });
  if (current.lines.some((text) => text.trim())) parts.push(current);
  return parts;
}
