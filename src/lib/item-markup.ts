// The markup of one template item (<Item id="item-3">…</Item> in content), defined once as a
// hast tree: the content pipeline renders items with it (src/plugins/rehype-mdx-item.ts) and the
// 问题库 renders its tools with the same builder, so both carry identical buttons and hooks.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { t } from './i18n';

/** Reader-facing label of an item id: "item-3" → "第 3 条"; other ids show as written. */
export function itemLabel(id: string): string {
  const number = /^item-(\d+)$/.exec(id)?.[1];
  return number ? t('workbench.list.itemHeading', { n: number }) : id;
}

/**
 * Copy and 加入清单 buttons for one item, hidden until kb-item-tools runs (without JavaScript
 * they could do nothing). The item's name sits in a hidden span so each button's accessible
 * name starts with its visible text (WCAG 2.5.3). `label` is e.g. "第 3 条".
 */
export function itemTools(label: string): Element {
  const hidden = h('span', { className: ['kb-visually-hidden'] }, `（${label}）`);
  return h('kb-item-tools', { className: ['kb-item-tools'], dataKbUi: '', hidden: true }, [
    h('button', { type: 'button', className: ['kb-button', 'kb-button--quiet'], dataAction: 'copy' }, [t('workbench.item.copy'), hidden]),
    h('button', { type: 'button', className: ['kb-button', 'kb-button--quiet'], dataAction: 'add' }, [
      h('span', { dataKbLabel: '' }, t('workbench.item.add')),
      structuredClone(hidden),
    ]),
    h('output', { className: ['kb-item-tools__status'], ariaLive: 'polite' }),
  ]);
}

/** One item: its anchor and tools in a head the index leaves out, then its body. */
export function itemSection(id: string, body: ElementContent[]): Element {
  const label = itemLabel(id);
  return h('section', { className: ['kb-item'], id, dataKbItem: id }, [
    h('div', { className: ['kb-item__head'], dataPagefindIgnore: '' }, [h('a', { className: ['kb-item__ref'], href: `#${id}` }, label), itemTools(label)]),
    h('div', { className: ['kb-item__body'], dataKbItemBody: '' }, body),
  ]);
}
