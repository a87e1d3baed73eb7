// Build report (issue 6): 《…》 titles in the library that name no catalogued policy. They stay
// plain text on the pages; this file lists them so a maintainer can catalogue the party
// regulations among them. Written to dist/reports/unknown-citations.json, summarised in the
// build log. Not an error: many titles are laws, local documents or books.
import type { APIRoute } from 'astro';
import { citationIndex } from '../../lib/citation-index';

export const GET: APIRoute = async () => {
  const { unknown } = await citationIndex();
  const total = unknown.reduce((sum, item) => sum + item.count, 0);
  console.info(
    `[policy-links] ${unknown.length} 个未收录的《…》标题（共 ${total} 处）未加链接，明细见 reports/unknown-citations.json` +
      (unknown.length ? `；最常见：${unknown.slice(0, 5).map((u) => `《${u.title}》×${u.count}`).join('、')}` : ''),
  );
  const report = {
    description: '正文中出现、但不是已收录法规标题或简称的《…》。若其中有党内法规，可在 content/policies/ 新增条目或给现有条目加 aliases。',
    titles: unknown.length,
    occurrences: total,
    unknown,
  };
  return new Response(JSON.stringify(report, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
