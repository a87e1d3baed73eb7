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

// Code and raw HTML are not prose: nothing in them is a citation.
const NOT_PROSE = new Set(['inlineCode', 'code', 'html']);
// Text under these nodes cites but is never linked: headings (anchors and the table of contents
// stay plain), existing links; JSX <a> elements count as links.
const UNLINKED_TYPES = new Set(['heading', 'link', 'linkReference', 'definition', 'footnoteDefinition']);

function unlinked(ancestors: Parent[]): boolean {
  return ancestors.some(
    (node) =>
      UNLINKED_TYPES.has(node.type) ||
      ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as { name?: string | null }).name === 'a'),
  );
}

/**
 * Links every 《…》 naming a catalogued policy (title or alias, `(试行)` = `（试行）`) to its
 * page, `/policies/<id>/`, and to `#art-N` when 第N条 follows and the policy has full text.
 * Headings, links, code and JSX attributes are left alone; running it twice changes nothing.
 * Every citation, linked or not (a heading or link text cites without being linked), is listed in
 * `file.data.citations` for the "cited by" lists and the build checks; unknown titles outside
 * headings and links are listed there too, for the build report.
 */
export function remarkPolicyLinks(options: PolicyLinksOptions = {}) {
  return (tree: Root, file?: VFile) => {
    const resolve = createResolver(options.catalog ?? EMPTY);
    const unknown: UnknownCitation[] = [];
    const cited: CitationScan['cited'] = [];
    visitParents(tree, 'text', (node: Text, ancestors: Parent[]) => {
      if (ancestors.some((a) => NOT_PROSE.has(a.type))) return SKIP;
      const line = node.position?.start.line;
      const citations = findCitations(node.value, resolve);
      const plain = unlinked(ancestors);
      for (const { policy, title, article, articleLabel } of citations) {
        if (policy) cited.push({ policyId: policy.id, article, articleLabel, line, unlinked: plain });
        else if (!plain) unknown.push({ title, line });
      }
      if (plain) return SKIP;
      const known = citations.filter((citation) => citation.policy);
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
    if (file) (file.data as { citations?: CitationScan }).citations = { cited, unknown };
    if (file?.path) options.onCitations?.(file.path, { cited, unknown });
  };
}
