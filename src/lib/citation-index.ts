// Citations across the whole library, computed once per build from the entries' bodies:
// who cites each policy (the "cited by" lists), the 《…》 titles nobody catalogued (the
// build report) and the policy build checks, which fail the build with file, field and fix.
import { AstroError } from 'astro/errors';
import { scanCitations } from './citations';
import { loadAll, loadLibrary, type LibraryEntry } from './library';
import { loadPolicyCatalog } from './policy-catalog';
import { checkPolicies, formatPolicyProblems } from './policy-checks';
import { policyOutline, outlineArticles } from './policy-outline';

/** One entry citing a policy, with the articles it names (sorted, may be empty). */
export interface CitingEntry {
  entry: LibraryEntry;
  articles: number[];
}

/** One unknown title and where it occurs. */
export interface UnknownTitle {
  title: string;
  count: number;
  /** e.g. ["content/templates/x.mdx:12"]. */
  places: string[];
}

/** Result of {@link citationIndex}. */
export interface CitationIndex {
  /** Policy id → citing entries (other policies included), in library order. */
  citedBy: Map<string, CitingEntry[]>;
  /** Unknown 《…》 titles, most frequent first. */
  unknown: UnknownTitle[];
}

const fileOf = (entry: LibraryEntry) => entry.filePath ?? `content/${entry.collection}/${entry.id}.mdx`;

async function build(): Promise<CitationIndex> {
  const catalog = loadPolicyCatalog();
  const entries = await loadAll();
  const citedBy = new Map<string, CitingEntry[]>();
  const unknown = new Map<string, UnknownTitle>();
  const texts = entries.map((entry) => {
    const scan = scanCitations(entry.body ?? '', catalog);
    const perPolicy = new Map<string, Set<number>>();
    for (const citation of scan.cited) {
      if (entry.collection === 'policies' && citation.policyId === entry.id) continue;
      const articles = perPolicy.get(citation.policyId) ?? new Set<number>();
      if (citation.article) articles.add(citation.article);
      perPolicy.set(citation.policyId, articles);
    }
    for (const [policyId, articles] of perPolicy) {
      const list = citedBy.get(policyId) ?? [];
      list.push({ entry, articles: [...articles].sort((a, b) => a - b) });
      citedBy.set(policyId, list);
    }
    for (const { title, line } of scan.unknown) {
      const item = unknown.get(title) ?? { title, count: 0, places: [] };
      item.count++;
      item.places.push(`${fileOf(entry)}:${line ?? '?'}`);
      unknown.set(title, item);
    }
    return { file: fileOf(entry), cited: scan.cited };
  });

  const policies = (await loadLibrary('policies')).flatMap((entry) =>
    entry.collection === 'policies'
      ? [
          {
            id: entry.id,
            file: fileOf(entry),
            title: entry.data.title,
            aliases: entry.data.aliases,
            status: entry.data.status,
            supersedes: entry.data.supersedes,
            supersededBy: entry.data.supersededBy,
            fullText: entry.data.fullText,
            articles: outlineArticles(policyOutline(entry.body ?? '')).map((n) => n.number),
          },
        ]
      : [],
  );
  const problems = checkPolicies(policies, texts);
  if (problems.length) {
    throw new AstroError(
      `党内法规检查发现 ${problems.length} 个问题：\n${formatPolicyProblems(problems)}`,
      '按每行“改法”修改对应文件后重新构建。版本关系写在 supersedes / supersededBy，条文引用须指向全文中存在的条。',
    );
  }
  return {
    citedBy,
    unknown: [...unknown.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'zh')),
  };
}

let index: Promise<CitationIndex> | undefined;

/** The library's citation index; built (and checked) once per build. */
export function citationIndex(): Promise<CitationIndex> {
  index ??= build();
  return index;
}
