// The policy checks and the unknown-citations report, run after the build from what the
// remark-policy-links plugin saw in every file (no second pass over the content).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { CitationScan } from '../lib/citations';
import type { EntryFile } from '../lib/content/entry-file';
import { policyFromEntry } from '../lib/policy-catalog';
import { checkPolicies, type CheckedPolicy, type PolicyProblem } from '../lib/policy-checks';

/** Collects each file's citations while the site is built; keyed by project-relative path. */
export class CitationCollector {
  readonly files = new Map<string, CitationScan>();

  constructor(private readonly root: string) {}

  /** Records one file's citations (the plugin's onCitations callback). */
  add = (path: string, scan: CitationScan): void => {
    this.files.set(relative(this.root, path).split(sep).join('/'), scan);
  };
}

/** One unknown title and where it occurs, e.g. { title: "劳动法", count: 2, places: ["content/templates/x.mdx:12", …] }. */
export interface UnknownTitle {
  title: string;
  count: number;
  places: string[];
}

/** Problems of the policy library and of every 第X条 link into it; [] when all is well. */
export function policyProblems(policies: EntryFile[], collector: CitationCollector): PolicyProblem[] {
  const checked: CheckedPolicy[] = policies.map((entry) => ({
    ...policyFromEntry(entry),
    file: entry.file,
    status: String(entry.data['status']),
    supersedes: (entry.data['supersedes'] as string[] | undefined) ?? [],
  }));
  const texts = [...collector.files].map(([file, scan]) => ({ file, cited: scan.cited }));
  return checkPolicies(checked, texts);
}

/** Unknown 《…》 titles, most frequent first. */
export function unknownTitles(collector: CitationCollector): UnknownTitle[] {
  const unknown = new Map<string, UnknownTitle>();
  for (const [file, scan] of [...collector.files].sort(([a], [b]) => a.localeCompare(b))) {
    for (const { title, line } of scan.unknown) {
      const item = unknown.get(title) ?? { title, count: 0, places: [] };
      item.count++;
      item.places.push(`${file}:${line ?? '?'}`);
      unknown.set(title, item);
    }
  }
  return [...unknown.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'zh'));
}

/** Writes reports/unknown-citations.json into the built site and returns a one-line summary for the log. */
export async function writeUnknownCitations(site: string, unknown: UnknownTitle[]): Promise<string> {
  const total = unknown.reduce((sum, item) => sum + item.count, 0);
  const report = {
    description: '正文中出现、但不是已收录法规标题或简称的《…》。若其中有党内法规，可在 content/policies/ 新增条目或给现有条目加 aliases。',
    titles: unknown.length,
    occurrences: total,
    unknown,
  };
  await mkdir(join(site, 'reports'), { recursive: true });
  await writeFile(join(site, 'reports', 'unknown-citations.json'), JSON.stringify(report, null, 2) + '\n');
  return (
    `${unknown.length} 个未收录的《…》标题（共 ${total} 处）未加链接，明细见 reports/unknown-citations.json` +
    (unknown.length ? `；最常见：${unknown.slice(0, 5).map((u) => `《${u.title}》×${u.count}`).join('、')}` : '')
  );
}
