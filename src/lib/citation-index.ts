// Citations across the whole library, gathered once per build: who cites each policy (the
// "cited by" lists on policy pages). Each entry's citations were found by remark-policy-links
// while the entry was rendered (src/lib/content/entry-loader.ts keeps them with the HTML), so
// no body is parsed twice. The build checks and the unknown-titles report run after the build
// (src/integrations/citation-report.ts).
import { entryCitations } from './content/entry-body';
import { loadAll, type LibraryEntry } from './library';

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
  const citedBy = new Map<string, CitingEntry[]>();
  for (const entry of await loadAll()) {
    const perPolicy = new Map<string, Set<number>>();
    const scan = entryCitations(entry);
    for (const citation of scan?.cited ?? []) {
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
