import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { splitPlaceholders } from '../lib/workbench/placeholders';

/**
 * Bold labels that open a field of a template item (domain notes: 问题 / 表现 / 原因 / 整改措施 /
 * 责任人 / 落实时限 …), mapped to the data-kb-field value the workbench reads, e.g. 整改措施 → measures.
 */
export const ITEM_FIELDS: Record<string, string> = {
  问题: 'problem',
  存在问题: 'problem',
  表现: 'manifestations',
  具体表现: 'manifestations',
  主要表现: 'manifestations',
  原因: 'causes',
  原因分析: 'causes',
  产生原因: 'causes',
  整改措施: 'measures',
  整改举措: 'measures',
  改进措施: 'measures',
  措施: 'measures',
  整改目标: 'goal',
  目标: 'goal',
  总负责人: 'lead',
  牵头领导: 'lead',
  责任领导: 'lead',
  责任人: 'owner',
  责任单位: 'owner-unit',
  牵头单位: 'owner-unit',
  落实时限: 'deadline',
  完成时限: 'deadline',
  整改时限: 'deadline',
  时限: 'deadline',
  整改情况: 'status',
  完成情况: 'status',
};

/** Options for {@link rehypeItemFields}. */
export interface ItemFieldsOptions {
  /** Which files get placeholder marks; default: files under content/templates/ and content/documents/ (文书范本). */
  placeholders?: (path: string) => boolean;
}

const textOf = (node: ElementContent | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? (node.children as ElementContent[]).map(textOf).join('') : '';

/** The field key of a paragraph that opens with a bold known label ("**整改措施**："), else undefined. */
function fieldOf(node: ElementContent | RootContent): { key: string; label: Element } | undefined {
  if (node.type !== 'element' || node.tagName !== 'p') return undefined;
  const first = node.children.find((child) => !(child.type === 'text' && !child.value.trim()));
  if (first?.type !== 'element' || first.tagName !== 'strong') return undefined;
  const label = textOf(first).trim().replace(/[：:]$/, '');
  const key = ITEM_FIELDS[label];
  return key ? { key, label: first } : undefined;
}

/**
 * Groups each field of an <Item> into `<div class="kb-field" data-kb-field="measures">` (the
 * labelled paragraph plus what follows until the next label), so the workbench can copy and
 * collect problem, measures, owner and deadline separately.
 */
function groupFields(item: MdxJsxFlowElementHast) {
  const out: typeof item.children = [];
  let group: Element | undefined;
  for (const child of item.children) {
    const field = child.type === 'element' ? fieldOf(child) : undefined;
    if (field) {
      const existing = field.label.properties['className'];
      field.label.properties['className'] = [...(Array.isArray(existing) ? existing : []), 'kb-field__label'];
      group = h('div', { className: ['kb-field', `kb-field--${field.key}`], dataKbField: field.key }, [child as ElementContent]);
      out.push(group);
    } else if (group && child.type !== 'text') {
      group.children.push(child as ElementContent);
    } else if (!(group && child.type === 'text' && !child.value.trim())) {
      out.push(child);
    }
  }
  item.children = out;
}

const SKIP_TAGS = new Set(['code', 'pre', 'script', 'style', 'mark', 'kbd', 'svg']);

/** Wraps placeholders in `<mark class="kb-ph" data-kb-ph="unit">` inside every text of the tree. */
function markPlaceholders(tree: Root) {
  visit(tree, (node, _index, parent) => {
    if (node.type === 'element' && SKIP_TAGS.has(node.tagName)) return SKIP;
    if (node.type !== 'text' || !parent || !('children' in parent)) return undefined;
    const siblings = parent.children as ElementContent[];
    const at = siblings.indexOf(node as Text);
    // Text before this node in the same parent (e.g. a bold "责任人") tells a name from a number.
    const before = siblings.slice(Math.max(0, at - 2), at).map(textOf).join('');
    const parts = splitPlaceholders(node.value, before);
    if (!parts.some((part) => typeof part !== 'string')) return undefined;
    const nodes = parts.map((part): ElementContent =>
      typeof part === 'string' ? { type: 'text', value: part } : h('mark', { className: ['kb-ph', `kb-ph--${part.kind}`], dataKbPh: part.kind }, part.text),
    );
    siblings.splice(at, 1, ...nodes);
    return [SKIP, at + nodes.length];
  });
}

/**
 * Template items as data: groups the labelled fields of every `<Item>` (problem, measures,
 * owner, deadline …) and marks placeholders (xx, XX单位, 某某 …) in template texts so the
 * fill-in panel can find them. Never touches what an author marked up otherwise.
 */
export function rehypeItemFields(options: ItemFieldsOptions = {}) {
  const wantsPlaceholders = options.placeholders ?? ((path: string) => /[\\/]content[\\/](?:templates|documents)[\\/]/.test(path));
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const jsx = node as unknown as MdxJsxFlowElementHast;
      if (jsx.type === 'mdxJsxFlowElement' && jsx.name === 'Item') groupFields(jsx);
    });
    if (wantsPlaceholders(file.path ?? '')) markPlaceholders(tree);
  };
}
