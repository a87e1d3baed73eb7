import mammoth from 'mammoth';
import { ImportError } from './errors.ts';

// Compound File Binary signature of legacy Word .doc files ([MS-CFB] 2.2).
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** True when the bytes are an old binary Word .doc (OLE compound file), not a .docx. */
export function isLegacyDoc(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((byte, index) => bytes[index] === byte);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Lines of text from mammoth's HTML: one line per paragraph; Word headings become
 * `#`…`######` + space; numbered list entries get their number ("1."), table rows their cells
 * joined by a full-width space. Example: "<h1>总则</h1><p>正文</p>" → ["# 总则", "正文"].
 */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  const counters: (number | undefined)[] = [];
  let cells: string[] | undefined;
  const tokens = html.match(/<[^>]+>|[^<]+/g) ?? [];
  let buffer = '';
  let prefix = '';
  const flush = () => {
    const text = decodeEntities(buffer).replace(/\s+/g, ' ').trim();
    if (cells) {
      if (text) cells.push(text);
    } else if (text) {
      lines.push(prefix + text);
    }
    buffer = '';
    prefix = '';
  };
  for (const token of tokens) {
    const tag = /^<(\/?)([a-z0-9]+)/i.exec(token);
    if (!tag) {
      buffer += token;
      continue;
    }
    const [, closing, rawName] = tag;
    const name = rawName!.toLowerCase();
    if (name === 'br') {
      flush();
      continue;
    }
    if (!/^(p|h[1-6]|li|ol|ul|tr|td|th|table)$/.test(name)) continue;
    if (closing) {
      flush();
      if (name === 'ol' || name === 'ul') counters.pop();
      if (name === 'tr' && cells) {
        if (cells.length) lines.push(cells.join('\u3000'));
        cells = undefined;
      }
      continue;
    }
    flush();
    if (name === 'ol') counters.push(0);
    else if (name === 'ul') counters.push(undefined);
    else if (name === 'tr') cells = [];
    else if (/^h[1-6]$/.test(name)) prefix = `${'#'.repeat(Number(name[1]))} `;
    else if (name === 'li') {
      const depth = counters.length - 1;
      const count = counters[depth];
      if (count !== undefined) {
        counters[depth] = count + 1;
        prefix = `${count + 1}.`;
      }
    }
  }
  flush();
  return lines;
}

/** Read a .docx into lines (see htmlToLines); throws ImportError for .doc and corrupt files. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<{ lines: string[]; warnings: string[] }> {
  if (isLegacyDoc(bytes)) {
    throw new ImportError(file, '这是旧版 Word .doc 文件，不能直接导入', '请用 Word 另存为 .docx 后再导入');
  }
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const lines = htmlToLines(result.value);
    if (lines.length === 0) {
      throw new ImportError(file, 'Word 文档里没有文字', '请确认选对了文件；扫描件或图片需先做文字识别');
    }
    return { lines, warnings: result.messages.map((message) => message.message) };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, '不是有效的 .docx（文件已损坏或不是 Word 文档）', '请用 Word 打开该文件并重新“另存为”.docx 后再导入');
  }
}
