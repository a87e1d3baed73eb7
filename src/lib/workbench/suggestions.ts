// Measures to suggest for list items that have none: the 问题库's items that do have measures,
// from templates sharing a 方面 (dimension) with the item's own template. Built once per build
// into list/suggestions.json; the list page fetches it when an item lacks measures. Pure.

/** One suggestion: the measures of one 问题库 item, with where they come from. */
export interface Suggestion {
  /** Template title, e.g. "卫生计生系统党委基层党建突出问题整改方案". */
  title: string;
  /** Site path of the item, e.g. "/templates/x/#item-3". */
  href: string;
  problem: string;
  measures: string[];
  dimensions: string[];
}

/** The file: each template's 方面, and every item with measures. */
export interface SuggestionData {
  templates: Record<string, string[]>;
  items: Suggestion[];
}

/**
 * Suggestions for an item of template `template` (its 方面 from `data`), best first: most shared
 * 方面, then library order; never the item itself. None for an unknown template.
 */
export function suggestionsFor(data: SuggestionData, template: string | undefined, exclude?: string, limit = 5): { dimensions: string[]; items: Suggestion[] } {
  const dimensions = (template && data.templates[template]) || [];
  if (!dimensions.length) return { dimensions, items: [] };
  const shared = (s: Suggestion) => s.dimensions.filter((d) => dimensions.includes(d)).length;
  const items = data.items
    .filter((s) => shared(s) > 0 && !(exclude && s.href.endsWith(exclude)))
    .map((s, i) => ({ s, i, n: shared(s) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, limit)
    .map(({ s }) => s);
  return { dimensions, items };
}
