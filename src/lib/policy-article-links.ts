// After the build: every link on the site that points at a regulation's article (#art-N) must
// land on an element with that id on the target page — links written in content (《…》第X条),
// the outline, the comparison pages, anything. Reads the built HTML as text (ids and hrefs are
// all it needs), so it stays fast on a large site; base paths do not matter, since an article
// link always ends in policies/<id>/#art-N or is a fragment of the page itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PolicyProblem } from './policy-checks';

const HREF = /\shref="([^"]*#art-[\d-]+)"/g;
const TARGET = /(?:^|\/)policies\/([a-z0-9-]+)\/(?:\?[^#]*)?#(art-[\d-]+)$/;
const ID = /\sid="(art-[\d-]+)"/g;

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') htmlFiles(path, out);
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Article links in the built site `site` that land nowhere, e.g. a 第二百条 of a 158-article text; [] when all land. */
export function articleLinkProblems(site: string): PolicyProblem[] {
  const ids = new Map<string, Set<string> | undefined>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      let text: string | undefined;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        text = undefined;
      }
      ids.set(file, text === undefined ? undefined : new Set([...text.matchAll(ID)].map((m) => m[1]!)));
    }
    return ids.get(file);
  };
  const problems: PolicyProblem[] = [];
  for (const file of htmlFiles(site)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('#art-')) continue;
    for (const [, href] of text.matchAll(HREF)) {
      const decoded = href!.replace(/&amp;/g, '&');
      const match = decoded.startsWith('#') ? undefined : TARGET.exec(decoded);
      if (!decoded.startsWith('#') && !match) continue;
      const page = match ? join(site, 'policies', match[1]!, 'index.html') : file;
      const id = match ? match[2]! : decoded.slice(1);
      if (idsOf(page)?.has(id)) continue;
      problems.push({
        file: relative(site, file),
        field: 'href',
        message: `链接「${decoded}」指向的条文不存在${idsOf(page) ? '' : '（目标页面不存在）'}。`,
        hint: '核对条号或法规名称；法规全文的条号以 content/policies 中的正文为准。',
      });
    }
  }
  return problems;
}
