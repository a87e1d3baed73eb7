import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import type { CitationScan } from '../lib/citations';
import { citationHref, createResolver, findCitations, type PolicyCatalog } from '../lib/policy-titles';

/** Options for {@link remarkPolicyLinks}. */
export interface PolicyLinksOptions {
  /** The catalog to link against (src/lib/policy-catalog.ts); default: an empty catalog. */
  catalog?: PolicyCatalog;
  /** Receives each file's citations, known and unknown, e.g. for the build's checks and report. */
  onCitations?: ((path: string, scan: CitationScan) => void) | undefined;
}

const EMPTY: PolicyCatalog = { policies: [], byKey: new Map() };

/** A 《…》 reference left as plain text because no catalogued policy has that title. */
export interface UnknownCitation {
  /** Title as written, e.g. "劳动法". */
  title: string;
  /** 1-based line in the source, when known. */
  line?: number | undefined;
}

// Text under these nodes is never linked: headings (anchors and the table of contents stay
// plain), existing links, code, raw HTML; JSX <a> elements count as links.
const SKIP_TYPES = new Set(['heading', 'link', 'linkReference', 'definition', 'footnoteDefinition', 'inlineCode', 'code', 'html']);

function skipped(ancestors: Parent[]): boolean {
  return ancestors.some(
    (node) =>
      SKIP_TYPES.has(node.type) ||
      ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as { name?: string | null }).name === 'a'),
  );
}

/**
 * Links every 《…》 naming a catalogued policy (title or alias, `(试行)` = `（试行）`) to its
 * page, `/policies/<id>/`, and to `#art-N` when 第N条 follows and the policy has full text.
 * Headings, links, code and JSX attributes are left alone; running it twice changes nothing.
 * Unknown titles stay text and are listed in `file.data.unknownCitations` for the build report.
 */
export function remarkPolicyLinks(options: PolicyLinksOptions = {}) {
  return (tree: Root, file?: VFile) => {
    const resolve = createResolver(options.catalog ?? EMPTY);
    const unknown: UnknownCitation[] = [];
    const cited: CitationScan['cited'] = [];
    visitParents(tree, 'text', (node: Text, ancestors: Parent[]) => {
      if (skipped(ancestors)) return SKIP;
      const citations = findCitations(node.value, resolve);
      for (const citation of citations) {
        if (!citation.policy) unknown.push({ title: citation.title, line: node.position?.start.line });
      }
      const known = citations.filter((citation) => citation.policy);
      for (const { policy, article, articleLabel } of known) {
        cited.push({ policyId: policy!.id, article, articleLabel, line: node.position?.start.line, unlinked: false });
      }
      if (known.length === 0) return;
      const parent = ancestors[ancestors.length - 1]!;
      const replacement: PhrasingContent[] = [];
      let offset = 0;
      for (const citation of known) {
        if (citation.start > offset) replacement.push({ type: 'text', value: node.value.slice(offset, citation.start) });
        const policy = citation.policy!;
        const link: Link = {
          type: 'link',
          url: citationHref(policy, citation.article),
          children: [{ type: 'text', value: node.value.slice(citation.start, citation.end) }],
          data: {
            hProperties: {
              className: ['kb-cite'],
              dataKbPolicy: policy.id,
              ...(citation.article ? { dataKbArticle: String(citation.article) } : {}),
              title: policy.title,
            },
          },
        };
        replacement.push(link);
        offset = citation.end;
      }
      if (offset < node.value.length) replacement.push({ type: 'text', value: node.value.slice(offset) });
      const index = parent.children.indexOf(node as never);
      parent.children.splice(index, 1, ...(replacement as never[]));
      return [SKIP, index + replacement.length];
    });
    if (file) (file.data as { unknownCitations?: UnknownCitation[] }).unknownCitations = unknown;
    if (file?.path) options.onCitations?.(file.path, { cited, unknown });
  };
}
