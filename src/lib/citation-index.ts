// Citations across the whole library, computed once per build from the entries' bodies: who
// cites each policy (the "cited by" lists on policy pages). The catalogue comes from Astro's
// content layer here; the build checks and the unknown-titles report run after the build
// (src/integrations/citation-report.ts).
import { scanCitations } from './citations';
import { loadAll, loadLibrary, type LibraryEntry } from './library';
import { articleNumbers } from './policy-catalog';
import { buildCatalog } from './policy-titles';

/** One entry citing a policy, with the articles it names (sorted, may be empty). */
export interface CitingEntry {
  entry: LibraryEntry;
  articles: number[];
}

/** Result of {@link citationIndex}. */
export interface CitationIndex {
  /** Policy id → citing entries (other policies included), in library order. */
  citedBy: Map<string, CitingEntry[]>;
}

async function build(): Promise<CitationIndex> {
  const catalog = buildCatalog(
    (await loadLibrary('policies')).flatMap((entry) =>
      entry.collection === 'policies'
        ? [
            {
              id: entry.id,
              title: entry.data.title,
              aliases: entry.data.aliases,
              kind: entry.data.kind,
              fullText: entry.data.fullText,
              supersededBy: entry.data.supersededBy,
              articles: articleNumbers(entry.body ?? '', entry.data.missingArticles),
              missingArticles: entry.data.missingArticles,
            },
          ]
        : [],
    ),
  );
  const citedBy = new Map<string, CitingEntry[]>();
  for (const entry of await loadAll()) {
    const perPolicy = new Map<string, Set<number>>();
    for (const citation of scanCitations(entry.body ?? '', catalog).cited) {
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
  }
  return { citedBy };
}

let index: Promise<CitationIndex> | undefined;

/** The library's citation index; built once per build. */
export function citationIndex(): Promise<CitationIndex> {
  index ??= build();
  return index;
}
