// Every remark/rehype plugin the site runs, in order, with the data they need handed in by the
// build integration (src/integrations/knowledge-base.ts), which reads it once per build.
// Plugins never read content/ themselves.
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { CitationScan } from '../lib/citations';
import type { GlossaryTermRef } from '../lib/glossary';
import { t } from '../lib/i18n';
import type { PolicyCatalog } from '../lib/policy-titles';
import { convertText } from '../lib/script-convert';
import { rehypeBaseLinks } from './rehype-base-links';
import { rehypeItemFields } from './rehype-item-fields';
import { remarkContentSafety } from './remark-content-safety';
import { remarkGlossaryTerms } from './remark-glossary-terms';
import { remarkPolicyArticles } from './remark-policy-articles';
import { remarkPolicyLinks } from './remark-policy-links';

/** What the plugins are given. */
export interface SitePluginOptions {
  /** The policy catalogue (src/lib/policy-catalog.ts). */
  catalog: PolicyCatalog;
  /** The glossary terms (src/lib/glossary.ts). */
  glossary: GlossaryTermRef[];
  /** Base path of the site, e.g. "/kb/"; default "/". */
  base?: string;
  /** Receives each file's citations (known and unknown), for the build's checks and report. */
  onCitations?: (path: string, scan: CitationScan) => void;
}

/** The remark (mdast) and rehype (hast) plugin lists, for unified({ remarkPlugins, rehypePlugins }). */
export function sitePlugins(options: SitePluginOptions): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  const { catalog, glossary, base = '/', onCitations } = options;
  const remarkPlugins: RemarkPlugins = [
    // Content safety first: content is data, never code.
    remarkContentSafety,
    // Glossary terms before policy citations; it leaves 《titles》 whole, so citations still match.
    [
      remarkGlossaryTerms,
      {
        terms: glossary,
        label: t('glossary.onPage'),
        proseComponents: ['Item'],
        toSimplified: (text: string) => convertText(text, 'zh-Hans'),
        toTraditional: (text: string) => convertText(text, 'zh-Hant'),
      },
    ],
    // 《…》 citations → policy pages; then article anchors on full-text policy pages.
    [remarkPolicyLinks, { catalog, onCitations }],
    [remarkPolicyArticles, { catalog }],
  ];
  // Heading ids first (rehype-slug uses the same github-slugger rules as Astro's own heading ids,
  // which keep ids already set), then a visible "#" anchor after each h2–h4, then base-path links
  // last so they also cover links the earlier plugins add.
  const rehypePlugins: RehypePlugins = [
    rehypeSlug,
    [
      rehypeAutolinkHeadings,
      {
        behavior: 'append',
        test: ['h2', 'h3', 'h4'],
        properties: { className: ['kb-anchor'], ariaLabel: '本节链接' },
        content: { type: 'text', value: '#' },
      },
    ],
    rehypeItemFields, // template items: field groups and placeholder marks
    [rehypeBaseLinks, { base }],
  ];
  return { remarkPlugins, rehypePlugins };
}
