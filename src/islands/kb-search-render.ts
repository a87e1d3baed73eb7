// DOM pieces of the search page: one result, the facet filters, the advice when nothing is
// found. Titles and metadata go in as textContent; excerpts are built as DOM nodes from the
// decoded text, never as HTML strings.
import { toChineseNumber } from '../lib/chinese-number';
import strings from 'kb-strings:search.,collection.';
import { translator } from '../lib/i18n-format';
import type { ExcerptPart, HitDetails } from '../search/excerpt';
import type { FacetGroup } from '../search/facets';
import type { Hit } from '../search/client';
import type { QueryPlan } from '../search/query';
import { queryLink, resultLink } from '../search/url-state';

/** Translator over the search page's strings. */
export const t = translator(strings);

/** An element with an optional class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderExcerpt(parts: ExcerptPart[], into: HTMLElement) {
  for (const part of parts) into.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
}

/** One result: title link, collection badge and subtitle, excerpt, sub-results. */
export function renderHit(detail: HitDetails, hit: Hit, highlight: string): HTMLLIElement {
  const url = detail.url;
  const item = el('li', 'kb-result');
  const heading = el('h2', 'kb-result__title');
  const link = el('a', undefined, detail.title);
  link.href = resultLink(url, highlight);
  heading.append(link);
  const meta = el('div', 'kb-result__meta');
  meta.append(el('span', 'kb-badge', detail.collection ? t(`collection.${detail.collection}`) : ''));
  if (detail.sub) meta.append(el('span', undefined, detail.sub));
  if (hit.inTitle) meta.append(el('span', 'kb-result__flag', t('search.inTitle')));
  const excerpt = el('p', 'kb-result__excerpt');
  renderExcerpt(detail.excerpt, excerpt);
  item.append(heading, meta, excerpt);
  if (detail.subResults.length) {
    const list = el('ul', 'kb-result__subs');
    list.setAttribute('aria-label', t('search.subResults'));
    for (const sub of detail.subResults) {
      const li = el('li');
      // Items and articles go by their number, and their first words unless the result shows them already.
      const number = /^(item|art)-(\d+)$/.exec(sub.id);
      // Articles go by the Chinese numeral the regulation itself uses (第五十一条).
      const item = number ? (number[1] === 'item' ? t('search.item', { n: number[2] ?? '' }) : t('search.article', { n: toChineseNumber(Number(number[2])) })) : '';
      const a = el('a', undefined, item && sub.title ? `${item}：${sub.title}` : item || sub.title);
      a.href = resultLink(url, highlight, sub.id);
      li.append(a);
      if (sub.excerpt.length) {
        const p = el('p');
        renderExcerpt(sub.excerpt, p);
        li.append(p);
      }
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** The facet fieldsets (checkboxes with counts; tags beyond the first few folded). */
export function renderFacets(groups: FacetGroup[]): HTMLFieldSetElement[] {
  return groups.map(({ key, values }) => {
    const fieldset = el('fieldset', 'kb-facet');
    fieldset.append(el('legend', undefined, t(`search.facet.${key}`)));
    const rest = el('details');
    rest.append(el('summary', undefined, t('search.moreValues')));
    for (const { value, count, selected, folded } of values) {
      const label = el('label', count === 0 ? 'kb-facet--empty' : undefined);
      const box = el('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = selected;
      label.append(box, el('span', undefined, value), el('span', 'kb-facet__count', String(count)));
      (folded ? rest : fieldset).append(label);
    }
    if (rest.childElementCount > 1) fieldset.append(rest);
    return fieldset;
  });
}

/**
 * In place of the facets of a large library (facets.ts, facetLoading): what loading them costs
 * and a button that loads them.
 */
export function renderFacetOffer(bytes: number): HTMLElement {
  const box = el('div', 'kb-search__facet-offer');
  box.dataset['kbFacetOffer'] = '';
  box.append(el('p', 'kb-muted', t('search.facetsOffer', { size: `${Math.max(1, Math.round(bytes / 1024))} KB` })));
  const button = el('button', 'kb-button', t('search.facetsLoad'));
  button.type = 'button';
  button.dataset['kbLoadFacets'] = '';
  box.append(button);
  return box;
}

/** Advice when nothing shows: clear the filters, or try fewer words or another script. */
export function renderAdvice(plan: QueryPlan, query: string, filteredAway: boolean): HTMLElement[] {
  if (filteredAway) {
    const p = el('p', undefined, t('search.tryClearFilters') + ' ');
    const button = el('button', 'kb-button', t('search.clearFilters'));
    button.type = 'button';
    button.dataset['kbClearFilters'] = '';
    p.append(button);
    return [p];
  }
  const out: HTMLElement[] = [el('p', undefined, t('search.noResults', { query }))];
  if (plan.terms.length > 1) {
    out.push(el('p', undefined, t('search.tryFewer')));
    const list = el('ul');
    for (const term of plan.terms) {
      const a = el('a', undefined, term.text);
      a.href = queryLink(term.quoted ? `"${term.text}"` : term.text);
      const li = el('li');
      li.append(a);
      list.append(li);
    }
    out.push(list);
  }
  out.push(el('p', undefined, t('search.tryScript')));
  return out;
}
