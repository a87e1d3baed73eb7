// Every problem item of every template, for the 问题库 pages (build time only).
import { DIMENSIONS, SCENARIOS } from '../../schemas';
import type { Facet } from '../facets';
import { entryUrl, loadLibrary } from '../library';
import { itemsFromMdx, type SourceItem } from '../items/items-from-mdx';

/** One problem with the template it belongs to. */
export interface ProblemEntry {
  item: SourceItem;
  template: { id: string; title: string; scenario: string[]; dimension: string[] };
  /** Link to the item in its template, e.g. "/templates/x/#item-3". */
  href: string;
}

/** Problems of all published templates, in template listing order, then item order. */
export async function loadProblems(): Promise<ProblemEntry[]> {
  const templates = await loadLibrary('templates');
  return templates.flatMap((entry) => {
    if (entry.collection !== 'templates') return [];
    const template = { id: entry.id, title: entry.data.title, scenario: [...entry.data.scenario], dimension: [...entry.data.dimension] };
    return itemsFromMdx(entry.body ?? '').map((item) => ({ item, template, href: `${entryUrl(entry)}#${item.id}` }));
  });
}

/** The 问题库's filters: 方面 (dimension) first, then 场景 (scenario), in schema order. */
export const PROBLEM_FACETS: Facet<ProblemEntry>[] = [
  { key: 'dimension', values: (p) => p.template.dimension, order: DIMENSIONS },
  { key: 'scenario', values: (p) => p.template.scenario, order: SCENARIOS },
];
