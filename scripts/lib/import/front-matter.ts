/**
 * YAML front matter at the top of a Markdown file, as Jekyll and Hugo sites keep it
 * (`---` … `---`): its fields are read, and its lines never reach the body or the title.
 * Jekyll: https://jekyllrb.com/docs/front-matter/ ; Hugo: https://gohugo.io/content-management/front-matter/
 */
import * as yaml from 'js-yaml';
import { ImportError } from './errors.ts';

/** Front matter found at the start of a text. */
export interface FrontMatter {
  /** The parsed fields, e.g. { title: "…", layout: "post" }. */
  data: Record<string, unknown>;
  /** Number of lines it took, fences included; those lines are blank in `text`. */
  lineCount: number;
  /** The input with the front-matter lines blanked, so that line numbers stay those of the file. */
  text: string;
}

const OPEN = /^\ufeff?---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/**
 * Split YAML front matter off `text`; undefined when the first line is not `---` or no closing
 * `---` follows. Values are read with the JSON schema (dates stay text, "2019-01-01 10:00" too).
 * Throws ImportError naming the line when the YAML is broken.
 * Example: "---\ntitle: 甲\n---\n正文" → { data: { title: "甲" }, lineCount: 3, text: "\n\n\n正文" }.
 */
export function readFrontMatter(text: string, file: string): FrontMatter | undefined {
  const lines = text.split('\n');
  if (!OPEN.test(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((line, index) => index > 0 && CLOSE.test(line.replace(/\r$/, '')));
  if (end < 0) return undefined;
  let data: unknown;
  try {
    data = yaml.load(lines.slice(1, end).join('\n'), { schema: yaml.JSON_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = mark?.line === undefined ? '' : `第 ${mark.line + 2} 行`;
    throw new ImportError(file, `开头的 YAML front matter（--- 之间）${line}写法有误：${(error as Error).message.split('\n')[0]}`, '请改正这几行的 YAML 写法，或删去整个 front matter 后重试');
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new ImportError(file, '开头的 YAML front matter（--- 之间）不是“字段: 值”的形式', '请写成每行一个“字段: 值”，或删去这几行后重试');
  }
  const lineCount = end + 1;
  return { data: (data ?? {}) as Record<string, unknown>, lineCount, text: [...Array(lineCount).fill(''), ...lines.slice(lineCount)].join('\n') };
}

/** A front-matter value as one line of text, or undefined when it is not a string or number. */
export function frontMatterText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A front-matter value as a list of strings (a single string counts as a list of one). */
export function frontMatterList(value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return list.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
}
