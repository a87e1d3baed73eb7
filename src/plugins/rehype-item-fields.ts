import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { fieldOfLabel, fieldSpans, type ItemField } from '../lib/items/item-fields';
import { splitPlaceholders, type FieldContext } from '../lib/workbench/placeholders';

/** Options for {@link rehypeItemFields}. */
export interface ItemFieldsOptions {
  /** Which files get placeholder marks; default: files under content/templates/ and content/documents/ (文书范本). */
  placeholders?: (path: string) => boolean;
}

const textOf = (node: ElementContent | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? (node.children as ElementContent[]).map(textOf).join('') : '';

/** The field of a paragraph that opens with a bold known label ("**整改措施**："), else undefined. */
function fieldOf(node: ElementContent | RootContent): { key: ItemField; label: Element } | undefined {
  if (node.type !== 'element' || node.tagName !== 'p') return undefined;
  const first = node.children.find((child) => !(child.type === 'text' && !child.value.trim()));
  if (first?.type !== 'element' || first.tagName !== 'strong') return undefined;
  const key = fieldOfLabel(textOf(first));
  return key ? { key, label: first } : undefined;
}

/**
 * Groups each field of an <Item> into `<div class="kb-field" data-kb-field="measures">` (the
 * labelled paragraph, plus what follows until the next label for fields that span paragraphs,
 * such as 问题 and 整改措施; a one-line field such as 责任人 is its paragraph alone), so the
 * workbench can copy and collect problem, measures, owner and deadline separately.
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
    } else if (group && child.type !== 'text' && fieldSpans(group.properties['dataKbField'] as ItemField)) {
      group.children.push(child as ElementContent);
    } else if (group && child.type !== 'text') {
      group = undefined;
      out.push(child);
    } else if (!(group && child.type === 'text' && !child.value.trim())) {
      out.push(child);
    }
  }
  item.children = out;
}

const SKIP_TAGS = new Set(['code', 'pre', 'script', 'style', 'mark', 'kbd', 'svg']);

// Fields whose bare placeholders mean a name or a time limit.
const FIELD_CONTEXT: Partial<Record<ItemField, FieldContext>> = { lead: 'person', owner: 'person', deadline: 'deadline' };

/**
 * Wraps placeholders in `<mark class="kb-ph" data-kb-ph="unit" data-kb-ph-key="unit">` inside every
 * text of the tree; data-kb-ph-key is the fill key ("person:党委书记"), absent for blanks filled
 * one by one. Inside a 责任人 or 时限 field a bare "xx" is read as a name or a time limit.
 */
function markPlaceholders(parent: Root | Element | MdxJsxFlowElementHast, field: FieldContext) {
  const siblings = parent.children as ElementContent[];
  for (let at = 0; at < siblings.length; at++) {
    const node = siblings[at]!;
    if (node.type === 'element' && SKIP_TAGS.has(node.tagName)) continue;
    if (node.type !== 'text') {
      if (!('children' in node)) continue;
      const key = node.type === 'element' ? node.properties['dataKbField'] : undefined;
      markPlaceholders(node as Element, typeof key === 'string' ? FIELD_CONTEXT[key as ItemField] : field);
      continue;
    }
    // Text before this node in the same parent (e.g. a bold "责任人") tells a name from a number.
    const before = siblings.slice(Math.max(0, at - 2), at).map(textOf).join('');
    const parts = splitPlaceholders(node.value, { before, field });
    if (!parts.some((part) => typeof part !== 'string')) continue;
    const nodes = parts.map((part): ElementContent =>
      typeof part === 'string'
        ? { type: 'text', value: part }
        : h('mark', { className: ['kb-ph', `kb-ph--${part.kind}`], dataKbPh: part.kind, dataKbPhKey: part.key }, part.text),
    );
    siblings.splice(at, 1, ...nodes);
    at += nodes.length - 1;
  }
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
    if (wantsPlaceholders(file.path ?? '')) markPlaceholders(tree, undefined);
  };
}
