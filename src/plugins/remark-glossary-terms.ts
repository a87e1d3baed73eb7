import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import type { GlossaryTermRef } from '../lib/glossary';

/** Options for {@link remarkGlossaryTerms}. */
export interface GlossaryTermsOptions {
  /** The terms to mark (see loadGlossaryTerms in src/lib/glossary.ts); default []. */
  terms?: GlossaryTermRef[];
  /** Link to a term's glossary entry; default `/glossary/#term-<id>` (rehype-base-links adds the base). */
  href?: (id: string) => string;
  /** Label of the list of this page's terms appended to the text; default "本页术语". */
  label?: string;
  /**
   * MDX block components whose children are ordinary prose, so terms inside them are marked,
   * e.g. ["Item"]; default [] (nothing inside JSX is touched).
   */
  proseComponents?: string[];
  /**
   * Converts Traditional text to Simplified with the same length, so terms (written in Simplified)
   * are found in pages whose frontmatter says `script: zh-Hant`; default: not matched there.
   */
  toSimplified?: (text: string) => string;
  /** Converts a definition into Traditional for `script: zh-Hant` pages; default: kept as written. */
  toTraditional?: (text: string) => string;
  /** Files to leave alone, by path, e.g. the glossary itself; default: anything under a "glossary" folder. */
  exclude?: (path: string) => boolean;
}

// Text under these nodes is never marked: headings (anchors and the TOC stay plain), links,
// code, raw HTML and definitions.
const SKIP_TYPES = new Set(['heading', 'link', 'linkReference', 'definition', 'footnoteDefinition', 'inlineCode', 'code', 'html', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxFlowExpression']);
const TERM_CLASS = 'kb-term';
const LIST_CLASS = 'kb-term-defs';
// Titles in 《…》 belong to policy citations (remark-policy-links): never split them.
const TITLE = /《[^《》\n]*》/g;

interface HProps {
  hName?: string;
  hProperties?: Record<string, unknown>;
}
const dataOf = (node: { data?: unknown }) => (node.data ?? {}) as HProps;
const hasClass = (node: { data?: unknown }, name: string) => {
  const className = dataOf(node).hProperties?.['className'];
  return Array.isArray(className) && className.includes(name);
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks the first occurrence of each glossary term (or alias) on a page: a link to its glossary
 * entry, described (aria-describedby) by the term's definition in a list of this page's terms
 * appended to the text; the tooltip island (src/islands/kb-term-tips.ts) shows the same
 * definition next to the term on focus and hover. Longest match wins (民主生活会, not 生活会);
 * headings, links, code, 《titles》 and JSX other than `proseComponents` are left alone; a page
 * that already carries marks keeps them, so running it twice changes nothing.
 */
export function remarkGlossaryTerms(options: GlossaryTermsOptions = {}) {
  const terms = options.terms ?? [];
  const href = options.href ?? ((id: string) => `/glossary/#term-${id}`);
  const label = options.label ?? '本页术语';
  const prose = new Set(options.proseComponents ?? []);
  const exclude = options.exclude ?? ((path: string) => /[\\/]glossary[\\/]/.test(path));
  const byForm = new Map<string, GlossaryTermRef>();
  for (const term of terms) for (const form of [term.term, ...term.aliases]) if (!byForm.has(form)) byForm.set(form, term);
  // Longest first: a regex alternation takes the first alternative that matches at a position.
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = forms.length ? new RegExp(forms.map(escape).join('|'), 'g') : undefined;

  return (tree: Root, file?: VFile) => {
    if (!pattern || (file?.path && exclude(file.path))) return;
    const frontmatter = (file?.data as { astro?: { frontmatter?: Record<string, unknown> } } | undefined)?.astro?.frontmatter;
    const traditional = frontmatter?.['script'] === 'zh-Hant';

    // Marks from an earlier run count as used; text under them or in the list is never re-marked.
    const seen = new Set<string>();
    let list: Parent | undefined;
    visitParents(tree, (node) => {
      if (hasClass(node, TERM_CLASS)) seen.add(String(dataOf(node).hProperties?.['dataKbTerm']));
      if (hasClass(node, LIST_CLASS)) list = node as Parent;
    });

    const targets: { node: Text; parent: Parent }[] = [];
    visitParents(tree, 'text', (node: Text, ancestors: Parent[]) => {
      const blocked = ancestors.some(
        (a) =>
          SKIP_TYPES.has(a.type) ||
          hasClass(a, LIST_CLASS) ||
          (a.type === 'mdxJsxFlowElement' && !prose.has((a as { name?: string | null }).name ?? '')),
      );
      if (!blocked) targets.push({ node, parent: ancestors[ancestors.length - 1]! });
    });

    const marked: GlossaryTermRef[] = [];
    for (const { node, parent } of targets) {
      const original = node.value;
      let text = original;
      if (traditional) {
        const converted = options.toSimplified?.(original);
        // Positions are carried over 1:1, so only a same-length conversion can be used.
        if (!converted || converted.length !== original.length) continue;
        text = converted;
      }
      const titles = [...text.matchAll(TITLE)].map((m) => [m.index, m.index + m[0].length] as const);
      const pieces: PhrasingContent[] = [];
      let offset = 0;
      for (const match of text.matchAll(pattern)) {
        const term = byForm.get(match[0])!;
        const start = match.index;
        const end = start + match[0].length;
        if (seen.has(term.id) || titles.some(([a, b]) => start < b && end > a)) continue;
        seen.add(term.id);
        marked.push(term);
        if (start > offset) pieces.push({ type: 'text', value: original.slice(offset, start) });
        const link: Link = {
          type: 'link',
          url: href(term.id),
          children: [{ type: 'text', value: original.slice(start, end) }],
          data: { hProperties: { className: [TERM_CLASS], ariaDescribedBy: [`kb-term-def-${term.id}`], dataKbTerm: term.id } },
        };
        pieces.push(link);
        offset = end;
      }
      if (pieces.length === 0) continue;
      if (offset < original.length) pieces.push({ type: 'text', value: original.slice(offset) });
      parent.children.splice(parent.children.indexOf(node as never), 1, ...(pieces as never[]));
    }
    if (marked.length === 0) return;

    // A Traditional page gets its list in Traditional too.
    const script = (text: string) => (traditional && options.toTraditional ? options.toTraditional(text) : text);
    const items = marked.map((term) => ({
      type: 'kbTermItem',
      data: { hName: 'div' },
      children: [
        {
          type: 'kbTermName',
          data: { hName: 'dt' },
          children: [{ type: 'link', url: href(term.id), children: [{ type: 'text', value: script(term.term) }] }],
        },
        {
          type: 'kbTermDefinition',
          data: { hName: 'dd', hProperties: { id: `kb-term-def-${term.id}` } },
          children: [{ type: 'text', value: script(term.definition) }],
        },
      ],
    }));
    const dl = list?.children.find((child) => dataOf(child).hName === 'dl') as Parent | undefined;
    if (dl) {
      dl.children.push(...(items as never[]));
      return;
    }
    tree.children.push({
      type: 'kbTermList',
      // Search indexes the text, not this list: its definitions would match on every page.
      data: { hName: 'aside', hProperties: { className: [LIST_CLASS], ariaLabelledBy: 'kb-term-defs-title', dataPagefindIgnore: 'all' } },
      children: [
        { type: 'kbTermListTitle', data: { hName: 'p', hProperties: { id: 'kb-term-defs-title', className: ['kb-term-defs__title'] } }, children: [{ type: 'text', value: script(label) }] },
        { type: 'kbTermDefinitions', data: { hName: 'dl' }, children: items },
      ],
    } as unknown as RootContent);
  };
}
