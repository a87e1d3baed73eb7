import type { ElementContent, Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { itemSection } from '../lib/item-markup';

/**
 * Renders `<Item id="item-3">…</Item>`, the one JSX component content may use (remark-content-
 * safety rejects any other), as plain HTML (src/lib/item-markup.ts), so an entry renders to a
 * static HTML string in the content layer and never becomes a JavaScript module.
 */
export function rehypeMdxItem() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      const jsx = node as unknown as MdxJsxFlowElementHast;
      if (jsx.type !== 'mdxJsxFlowElement' && (jsx.type as string) !== 'mdxJsxTextElement') return undefined;
      if (jsx.name !== 'Item' || !parent || index === undefined) return undefined;
      const id = jsx.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
      const section = itemSection(typeof id === 'string' ? id : '', jsx.children as ElementContent[]);
      parent.children.splice(index, 1, section);
      return [SKIP, index + 1];
    });
  };
}
