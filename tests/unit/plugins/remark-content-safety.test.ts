import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { remarkContentSafety } from '../../../src/plugins/remark-content-safety';

const run = (value: string) =>
  compile(new VFile({ path: '/work/content/templates/x.mdx', value }), { remarkPlugins: [remarkContentSafety] });

describe('remarkContentSafety', () => {
  it('lets ordinary content and the Item component through', async () => {
    await expect(run('## 一、问题\n\n<Item id="item-1">\n\n**问题**：学习不够。\n\n</Item>\n\n[链接](/templates/x/)\n')).resolves.toBeTruthy();
  });

  it.each([
    ['a script tag', 'x\n\n<script>alert(1)</script>\n', '不允许的标签 <script>'],
    ['an iframe', '<iframe src="https://example.org"></iframe>\n', '不允许的标签 <iframe>'],
    ['an event handler on an allowed component', '<Item id="a" onClick="alert(1)">\n\nx\n\n</Item>\n', '事件属性 onClick'],
    ['an expression attribute', '<Item id={1}>\n\nx\n\n</Item>\n', '属性不能用 {…} 表达式'],
    ['a javascript: link', '[点我](javascript:alert(1))\n', '链接地址「javascript:alert(1)」不安全'],
    ['an import statement', "import x from 'y'\n\n正文\n", 'import/export'],
    ['an expression', '正文 {1+1} 正文\n', '{…} 表达式'],
  ])('rejects %s with the file, the line and the fix', async (_name, source, message) => {
    const error = await run(source).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('content/templates/x.mdx');
    expect(error?.message).toContain(message);
    expect(error?.message).toMatch(/第 \d+ 行/);
  });

  it('lists every problem of a file at once', async () => {
    const error = (await run('<script>a</script>\n\n[x](javascript:1)\n').catch((e: Error) => e)) as Error;
    expect(error.message.match(/第 \d+ 行/g)).toHaveLength(2);
  });
});
