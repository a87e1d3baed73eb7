// The page's DOM read as clean text for the workbench: blocks for the clipboard, and an
// item's fields for the list. UI parts ([data-kb-ui]) and anchors never enter the text.
import { cleanFieldText, ITEM_FIELD_ORDER, listFields, stripEnumerator, type ItemFieldTexts } from '../items/item-fields';
import type { ItemSource, ListItem } from './list-store';
import { blocksToText, squash, type Block } from './text';

const UI = '[data-kb-ui], .kb-anchor, .kb-item__head, button, script, style, template';

/** Text of a node: filled placeholders as shown, or with `raw` their original text. */
export function nodeText(node: Node, raw = false): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.matches(UI)) return '';
  // Raw text keeps a placeholder for the fill-in at export, unless the reader filled this one by hand.
  if (raw && node.matches('mark.kb-ph')) {
    const mark = node as HTMLElement;
    return mark.dataset['kbPhOwn'] ?? mark.dataset['kbPhOriginal'] ?? node.textContent ?? '';
  }
  if (node.tagName === 'BR') return '\n';
  return [...node.childNodes].map((child) => nodeText(child, raw)).join('');
}

/** Blocks (paragraphs, headings, lists) under `root`, in document order. */
export function domBlocks(root: Element, raw = false): Block[] {
  const blocks: Block[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (child.matches(UI)) continue;
      const tag = child.tagName;
      if (/^H[1-6]$/.test(tag)) blocks.push({ type: 'heading', level: Number(tag[1]), text: nodeText(child, raw) });
      else if (tag === 'P' || tag === 'BLOCKQUOTE' || tag === 'DT' || tag === 'DD') blocks.push({ type: 'p', text: nodeText(child, raw) });
      else if (tag === 'OL' || tag === 'UL') {
        const items = [...child.children].filter((li) => li.tagName === 'LI').map((li) => nodeText(li, raw));
        const start = Number(child.getAttribute('start') ?? 1);
        blocks.push({ type: 'list', ordered: tag === 'OL', start, items });
      } else if (tag === 'TABLE') {
        for (const row of child.querySelectorAll('tr')) blocks.push({ type: 'p', text: [...row.children].map((c) => squash(nodeText(c, raw))).join('\t') });
      } else walk(child);
    }
  };
  walk(root);
  return blocks;
}

/** Clean clipboard text of an element, e.g. a template item or a whole template body. */
export function elementText(root: Element, raw = false): string {
  return blocksToText(domBlocks(root, raw));
}

function fieldText(item: Element, key: string, raw: boolean): string {
  const field = item.querySelector(`[data-kb-field="${key}"]`);
  if (!field) return '';
  const clone = field.cloneNode(true) as Element;
  // The label ("整改措施：") is the column, not the content; its separator goes with it.
  clone.querySelector('.kb-field__label')?.remove();
  return cleanFieldText(elementText(clone, raw));
}

/**
 * A list row from a template item in the page: every data-kb-field group read as text (original
 * placeholders kept, filled at export), the 责任人 / 责任单位 / 时限 columns chosen by the
 * vocabulary's precedence, else the whole item as the problem.
 */
export function itemFromElement(item: Element, source: ItemSource): Omit<ListItem, 'added'> {
  const fields: ItemFieldTexts = {};
  for (const key of ITEM_FIELD_ORDER) {
    const text = fieldText(item, key, true);
    if (text) fields[key] = text;
  }
  const problem = stripEnumerator(fields.problem || cleanFieldText(elementText(item.querySelector('[data-kb-item-body]') ?? item, true)));
  return {
    id: `${source.template}#${source.item}`,
    problem,
    measures: fields.measures ?? '',
    ...listFields(fields),
    status: 'todo',
    progress: '',
    source,
  };
}
