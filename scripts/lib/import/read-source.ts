import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeBytes, type TextEncoding } from './decode.ts';
import { ImportError } from './errors.ts';
import { readDocx } from './read-docx.ts';

/** Input formats: plain text, Markdown, Word .docx. */
export type SourceFormat = 'text' | 'markdown' | 'docx';

/** Extensions the importer reads and the format each means. */
export const EXTENSIONS: Record<string, SourceFormat> = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown', '.docx': 'docx' };

/** Default size limit for one input file: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** A decoded input file. */
export interface DecodedFile {
  /** Text of the file; for .docx one paragraph a line, Word headings as `# `…. */
  text: string;
  /** Encoding of a text file, or "docx". */
  encoding: TextEncoding | 'docx';
  format: SourceFormat;
  /** Conversion warnings (mammoth), in English as the library gives them. */
  warnings: string[];
}

/** A byte count for people, e.g. 5242880 → "5.0 MB", 2048 → "2 KB", 64 → "64 字节". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

/** Format of a path from its extension; throws ImportError for .doc and unknown extensions. */
export function formatOf(path: string): SourceFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.doc') throw new ImportError(path, '这是旧版 Word .doc 文件，不能直接导入', '请用 Word 另存为 .docx 后再导入');
  const format = EXTENSIONS[extension];
  if (!format) {
    throw new ImportError(path, `不支持的文件类型「${extension || '（无扩展名）'}」`, '请导入 .txt、.md 或 .docx 文件');
  }
  return format;
}

/**
 * Read and decode one input file (.txt/.md: encoding detected; .docx: via mammoth).
 * Throws ImportError for unknown extensions, .doc, files over `maxBytes` (default 5 MB), empty,
 * binary, undecodable or corrupt input.
 */
export async function decodeFile(path: string, { maxBytes = DEFAULT_MAX_BYTES }: { maxBytes?: number } = {}): Promise<DecodedFile> {
  const format = formatOf(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new ImportError(path, '找不到这个文件', '请检查路径和文件名是否写对');
  }
  if (size > maxBytes) {
    throw new ImportError(path, `文件过大（${formatSize(size)}，上限 ${formatSize(maxBytes)}）`, '请把文件拆成几个较小的文件再导入，或用 --max-size 提高上限');
  }
  const bytes = new Uint8Array(await readFile(path));
  if (format === 'docx') {
    if (bytes.length === 0) throw new ImportError(path, '文件是空的（0 字节）', '请确认选对了文件');
    const { lines, warnings } = await readDocx(bytes, path);
    return { text: lines.join('\n'), encoding: 'docx', format, warnings };
  }
  const { text, encoding } = decodeBytes(bytes, path);
  return { text, encoding, format, warnings: [] };
}
