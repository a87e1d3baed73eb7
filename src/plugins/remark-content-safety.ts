import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Options for {@link remarkContentSafety}. */
export interface ContentSafetyOptions {
  /** JSX components authors may use, e.g. ["Item"]; default ["Item"]. */
  components?: readonly string[];
}

// Policy (issue 8): content is data, not code. MDX could run JavaScript at build time
// (import/export, {expressions}) and raw HTML could smuggle scripts into pages, so content
// may use only the components the site provides, with plain string attributes, and no link
// may use a script URL. Anything else stops the build with the file, line and fix.
export const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

/** Rejects executable or hostile constructs in Markdown/MDX content at build time. */
export function remarkContentSafety(options: ContentSafetyOptions = {}) {
  const allowed = new Set(options.components ?? ['Item']);
  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    const at = (node: { position?: { start: { line: number } } | undefined }) => `第 ${node.position?.start.line ?? '?'} 行`;
    visit(tree, (node) => {
      switch (node.type) {
        case 'mdxjsEsm':
          problems.push(`${at(node)}：内容里不能有 import/export 语句。请删除这一行；若是正文，请在行首加反斜杠 \\。`);
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          problems.push(`${at(node)}：内容里不能有 {…} 表达式「{${node.value.slice(0, 30)}}」。若是正文，请写成 \\{ 和 \\}。`);
          break;
        case 'html':
          problems.push(`${at(node)}：内容里不能有 HTML 代码「${node.value.slice(0, 40)}」。请改用 Markdown 写法。`);
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = node.name ?? '';
          if (!allowed.has(name)) {
            problems.push(`${at(node)}：不允许的标签 <${name || '>'}>。内容里只能用 ${[...allowed].map((c) => `<${c}>`).join('、')}；若是正文里的尖括号，请写成 \\<。`);
          }
          for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
            if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
              problems.push(`${at(node)}：<${name}> 的属性不能用 {…} 表达式。请写成普通文字，例如 id="item-1"。`);
            } else if (/^on/i.test(attribute.name)) {
              problems.push(`${at(node)}：<${name}> 不能有事件属性 ${attribute.name}。请删除它。`);
            }
          }
          break;
        }
        case 'link':
        case 'image':
        case 'definition':
          if (UNSAFE_URL.test(node.url)) problems.push(`${at(node)}：链接地址「${node.url.slice(0, 40)}」不安全。请只用 http(s) 或站内地址。`);
          break;
      }
    });
    if (problems.length) {
      const where = file.path ? file.path.replace(/^.*?(content\/)/, '$1') : '内容文件';
      throw new Error(`${where} 含有不允许的内容：\n  ${problems.join('\n  ')}`);
    }
  };
}
