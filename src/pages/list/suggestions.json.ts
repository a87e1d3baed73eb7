// The 问题库's items with measures, by 方面, for the list page's suggestions (lib/workbench/suggestions.ts).
// Fetched only when a list item lacks measures, so the list page itself stays light.
import type { APIRoute } from 'astro';
import { loadProblems } from '../../lib/workbench/problem-index';
import type { SuggestionData } from '../../lib/workbench/suggestions';

export const GET: APIRoute = async () => {
  const problems = await loadProblems();
  const data: SuggestionData = { templates: {}, items: [] };
  for (const { item, template, href } of problems) {
    data.templates[template.id] ??= template.dimension;
    if (item.measures.length) data.items.push({ title: template.title, href, problem: item.problem, measures: item.measures, dimensions: template.dimension });
  }
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
