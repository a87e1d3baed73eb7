// Which policies a text cites, with the same parser and title matcher as remark-policy-links,
// for the "cited by" lists, the unknown-citations report and the build checks. Pure.
import type { Parent, Root, Text } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { createResolver, findCitations, type PolicyCatalog } from './policy-titles';

/** One citation of a known policy in a text. */
export interface FoundCitation {
  policyId: string;
  /** Article number, when 第X条 follows. */
  article?: number | undefined;
  /** Article label as written, e.g. "第十一条". */
  articleLabel?: string | undefined;
  /** 1-based source line. */
  line?: number | undefined;
  /** True when it sits where it is not linked (a heading, a link, code). */
  unlinked: boolean;
}

/** Result of {@link scanCitations}. */
export interface CitationScan {
  cited: FoundCitation[];
  /** Titles in 《…》 that name no catalogued policy, in order, with their lines. */
  unknown: { title: string; line?: number | undefined }[];
}

const UNLINKED = new Set(['heading', 'link', 'linkReference', 'definition', 'footnoteDefinition', 'inlineCode', 'code', 'html']);
const processor = unified().use(remarkParse).use(remarkMdx);

/** Parse MDX to mdast; falls back to plain Markdown when the MDX does not parse. */
function parse(body: string): Root {
  try {
    return processor.parse(body);
  } catch {
    return unified().use(remarkParse).parse(body);
  }
}

/**
 * Every 《…》 citation in an MDX body, resolved against `catalog` in reading order (so that
 * 《条例》 after 《中国共产党纪律处分条例》 counts as that 条例), e.g.
 * scanCitations("学习《党章》第三条。", catalog).cited → [{ policyId: "zhong-guo-…", article: 3 }].
 * Code is not scanned; headings and link texts count as citing but are flagged `unlinked`.
 */
export function scanCitations(body: string, catalog: PolicyCatalog): CitationScan {
  const resolve = createResolver(catalog);
  const scan: CitationScan = { cited: [], unknown: [] };
  visitParents(parse(body), 'text', (node: Text, ancestors: Parent[]) => {
    if (ancestors.some((a) => a.type === 'code' || a.type === 'inlineCode')) return;
    const unlinked = ancestors.some(
      (a) => UNLINKED.has(a.type) || ((a.type === 'mdxJsxTextElement' || a.type === 'mdxJsxFlowElement') && (a as { name?: string | null }).name === 'a'),
    );
    for (const citation of findCitations(node.value, resolve)) {
      const line = node.position?.start.line;
      if (citation.policy) {
        scan.cited.push({ policyId: citation.policy.id, article: citation.article, articleLabel: citation.articleLabel, line, unlinked });
      } else if (!unlinked) {
        scan.unknown.push({ title: citation.title, line });
      }
    }
  });
  return scan;
}
