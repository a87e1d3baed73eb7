import iconv from 'iconv-lite';
import { ImportError } from './errors.ts';

/** Encodings the importer recognises in plain-text input. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Human-readable names for the report, e.g. "GB18030/GBK". */
export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030/GBK',
};

/** Decoded text and the encoding it was found in. */
export interface DecodedText {
  /** The text without a byte order mark. */
  text: string;
  /** Encoding detected, e.g. "gb18030". */
  encoding: TextEncoding;
}

// Characters a Chinese text file plausibly consists of: Han, ASCII, CJK and full-width punctuation.
const PLAUSIBLE = /[\p{Script=Han}\x20-\x7e\t\n\r\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2030-\u205e\u00b7\u00d7\u2160-\u217f\u2460-\u24ff\u25a0-\u25ff]/u;

/** Share of characters in `text` that are plausible in a Chinese document (0–1). */
export function plausibility(text: string): number {
  if (!text) return 0;
  let good = 0;
  let total = 0;
  for (const char of text) {
    total++;
    if (PLAUSIBLE.test(char)) good++;
  }
  return good / total;
}

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZero++;
      else oddZero++;
    }
  }
  const pairs = sample.length / 2;
  // ASCII-heavy UTF-16 has a NUL in every other byte; pure Chinese UTF-16 has none, so this only
  // rescues the common "Notepad Unicode without BOM" case and never misfires on UTF-8.
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Decode the bytes of a .txt/.md file: BOMs first (UTF-8, UTF-16 LE/BE), then strict UTF-8,
 * then GB18030 (a superset of GBK) if the result is plausible Chinese text.
 * Throws ImportError for empty, binary or undecodable input; `file` names it in the message.
 */
export function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) {
    throw new ImportError(file, '文件是空的（0 字节）', '请确认选对了文件，或先在文件里写入内容再导入');
  }
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return checkText({ text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' }, file);
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return checkText({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }, file);
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return checkText({ text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }, file);
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return checkText({ text: new TextDecoder(utf16).decode(bytes), encoding: utf16 }, file);
  if (bytes.includes(0)) {
    throw new ImportError(
      file,
      '这是二进制文件（含 NUL 字节），不是纯文本',
      '请导入 .txt、.md 或 .docx 文件；其他格式请先在 Word 或记事本中另存为 .txt（UTF-8）或 .docx',
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return checkText({ text, encoding: 'utf-8' }, file);
  } catch (error) {
    if (error instanceof ImportError) throw error;
  }
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  if (!text.includes('\ufffd') && plausibility(text) >= 0.9) return checkText({ text, encoding: 'gb18030' }, file);
  throw new ImportError(
    file,
    '无法识别文字编码（既不是 UTF-8/UTF-16，也不像 GBK/GB18030 中文）',
    '请用记事本打开该文件，选择“另存为”，编码选 UTF-8 后再导入',
  );
}

function checkText(decoded: DecodedText, file: string): DecodedText {
  const text = decoded.text;
  if (!text.trim()) {
    throw new ImportError(file, '文件只有空白，没有文字', '请确认选对了文件，或先在文件里写入内容再导入');
  }
  const controls = text.match(/[\x00-\x08\x0e-\x1f\x7f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) {
    throw new ImportError(
      file,
      `解码（${ENCODING_LABELS[decoded.encoding]}）后含大量控制字符，像是二进制文件`,
      '请导入 .txt、.md 或 .docx 文件；其他格式请先另存为 .txt（UTF-8）或 .docx',
    );
  }
  return decoded;
}
