import type { Element, Root } from 'hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeItemFields } from '../../../src/plugins/rehype-item-fields';

const MDX_NODES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

function run(source: string, path = '/site/content/templates/x.mdx'): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkRehype, { passThrough: [...MDX_NODES] }).use(rehypeItemFields);
  const file = new VFile({ path, value: source });
  return processor.runSync(processor.parse(file), file) as Root;
}

const textOf = (node: Element | Root): string =>
  node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : 'children' in c ? textOf(c as unknown as Element) : '')).join('');

function fields(tree: Root): Record<string, string> {
  const out: Record<string, string> = {};
  visit(tree, 'element', (node: Element) => {
    const key = node.properties['dataKbField'];
    if (typeof key === 'string') out[key] = textOf(node).replace(/\s+/g, '');
  });
  return out;
}

function marks(tree: Root): [string, string][] {
  const out: [string, string][] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'mark') out.push([textOf(node), String(node.properties['dataKbPh'])]);
  });
  return out;
}

const ITEM = `<Item id="item-1">

**问题**：XX单位“三会一课”记录不及时。

**整改措施**：

1. 严格落实制度。
2. 每季度调阅一次。

**责任人**：xx。

其他党支部。

**落实时限**：**月底前。

</Item>
`;

describe('rehype-item-fields', () => {
  it('groups a field with what follows when it spans paragraphs, a one-line field (责任人) alone', () => {
    const tree = run(ITEM);
    expect(fields(tree)).toEqual({
      problem: '问题：XX单位“三会一课”记录不及时。',
      measures: '整改措施：严格落实制度。每季度调阅一次。',
      owner: '责任人：xx。',
      deadline: '落实时限：**月底前。',
    });
    let labels = 0;
    visit(tree, 'element', (node: Element) => {
      if ((node.properties['className'] as string[] | undefined)?.includes('kb-field__label')) labels++;
    });
    expect(labels).toBe(4);
  });

  it('marks placeholders in templates, reading a name from the bold label before it', () => {
    expect(marks(run(ITEM))).toEqual([
      ['XX单位', 'unit'],
      ['xx', 'person'],
      ['**月底前', 'deadline'],
    ]);
  });

  it('reads bare placeholders by their field and gives marks their fill key', () => {
    const tree = run('<Item id="item-1">\n\n**问题**：明确党委书记×为第一责任人，党委副书记×具体负责。\n\n**落实时限**：\\*\\*年\\*\\*月\n\n</Item>\n');
    const keys: [string, unknown, unknown][] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'mark') keys.push([textOf(node), node.properties['dataKbPh'], node.properties['dataKbPhKey']]);
    });
    expect(keys).toEqual([
      ['×', 'person', 'person:党委书记'],
      ['×', 'person', 'person:党委副书记'],
      ['**年**月', 'deadline', 'deadline'],
    ]);
  });

  it('leaves text outside templates and unknown bold labels alone', () => {
    expect(marks(run(ITEM, '/site/content/materials/x.mdx'))).toEqual([]);
    const tree = run('<Item id="item-2">\n\n**注意**：xx单位\n\n</Item>\n', '/site/content/materials/y.mdx');
    expect(fields(tree)).toEqual({});
  });
});
