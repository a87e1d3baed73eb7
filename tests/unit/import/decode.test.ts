import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, ImportError } from '../../../scripts/lib/import/index.ts';

const TEXT = '支部每月组织1次集中学习，时间为上午9:30。';

describe('decodeBytes', () => {
  it('reads plain UTF-8', () => {
    expect(decodeBytes(Buffer.from(TEXT), 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte order mark and says it was there', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(decodeBytes(bytes, 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 little endian with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(decodeBytes(bytes, 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('reads UTF-16 little endian without a BOM when ASCII leaves every other byte zero', () => {
    const text = 'Party branch 2030: 支部学习 notes for the year';
    expect(decodeBytes(Buffer.from(text, 'utf16le'), 'a.txt')).toEqual({ text, encoding: 'utf-16le' });
  });

  it('falls back to GB18030 for GBK bytes that are not valid UTF-8', () => {
    expect(decodeBytes(iconv.encode(TEXT, 'gbk'), 'a.txt')).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('refuses an empty file with a fix in Chinese', () => {
    expect(() => decodeBytes(new Uint8Array(), 'a.txt')).toThrow(ImportError);
    expect(() => decodeBytes(new Uint8Array(), 'a.txt')).toThrow('a.txt → 文件是空的（0 字节） → 请确认选对了文件，或先在文件里写入内容再导入');
  });

  it('refuses binary data containing NUL bytes', () => {
    expect(() => decodeBytes(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0]), 'a.txt')).toThrow('二进制文件');
  });

  it('refuses bytes that decode to no plausible Chinese text', () => {
    const bytes = Uint8Array.from(Array.from({ length: 10 }, () => [0x81, 0x30, 0x81, 0x30]).flat());
    expect(() => decodeBytes(bytes, 'a.txt')).toThrow('无法识别文字编码');
  });
});
