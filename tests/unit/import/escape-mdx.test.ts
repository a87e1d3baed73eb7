import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { escapeMdx, escapeMdxBlock } from '../../../scripts/lib/import/index.ts';

async function html(markdown: string): Promise<string> {
  // Render to a string so the test sees what a reader would see.
  const code = String(await compile(markdown, { outputFormat: 'function-body' }));
  return code;
}

describe('escapeMdx', () => {
  it('escapes braces and angle brackets that MDX would execute or parse as JSX', () => {
    expect(escapeMdx('公式{a}与<b>标签</b>')).toBe('公式\\{a\\}与&lt;b&gt;标签&lt;/b&gt;');
  });

  it('neutralises import and export at the start of a line', () => {
    expect(escapeMdx('import 开头')).toBe('&#x69;mport 开头');
    expect(escapeMdx('export default 1')).toBe('&#x65;xport default 1');
  });

  it.each(['---', '# 标题', '> 引用', '- 列表', '+ 列表', '1. 有序', '2030) 年份', '=== 分隔'])('keeps %s from being read as Markdown syntax', async (text) => {
    const code = await html(escapeMdx(text));
    expect(code).not.toMatch(/_components\.(h1|hr|blockquote|ul|ol|li)\b/);
    expect(code).toContain('_components.p');
  });

  it('escapes emphasis, code, link and table characters', () => {
    expect(escapeMdx('*强调*_下划线_`代码`[链接]|~')).toBe('\\*强调\\*\\_下划线\\_\\`代码\\`\\[链接\\]\\|\\~');
  });

  it('produces text that compiles for every ASCII punctuation mark', async () => {
    const all = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    await expect(compile(escapeMdxBlock(`${all}\n${all.split('').reverse().join('')}\nimport x from "y"\nexport const a = 1`))).resolves.toBeDefined();
  });
});
