// Every remark/rehype plugin the site runs, in order. astro.config.mjs imports these lists.
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from './rehype-base-links';
import { rehypeItemFields } from './rehype-item-fields';
import { loadGlossaryTerms } from '../lib/glossary';
import { t } from '../lib/i18n';
import { convertText } from '../lib/script-convert';
import { remarkGlossaryTerms } from './remark-glossary-terms';
import { remarkContentSafety } from './remark-content-safety';
import { remarkPolicyArticles } from './remark-policy-articles';
import { remarkPolicyLinks } from './remark-policy-links';

/** Remark plugins (mdast), applied to Markdown and MDX. Content safety runs first. */
export const remarkPlugins: RemarkPlugins = [
  remarkContentSafety,
  // Glossary terms before policy citations; it leaves 《titles》 whole, so citations still match.
  [
    remarkGlossaryTerms,
    {
      terms: loadGlossaryTerms(),
      label: t('glossary.onPage'),
      proseComponents: ['Item'],
      toSimplified: (text: string) => convertText(text, 'zh-Hans'),
      toTraditional: (text: string) => convertText(text, 'zh-Hant'),
    },
  ],
  // 《…》 citations → policy pages (issue 6); then article anchors on full-text policy pages.
  remarkPolicyLinks,
  remarkPolicyArticles,
];

/**
 * Rehype plugins (hast). Heading ids first (rehype-slug uses the same github-slugger rules as
 * Astro's own heading ids, which keep ids already set), then a visible "#" anchor after each
 * h2–h4, then base-path links last so they also cover links the earlier plugins add.
 */
export const rehypePlugins: RehypePlugins = [
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
  rehypeItemFields, // template items: field groups and placeholder marks (issue 5)
  [rehypeBaseLinks, { base: process.env['BASE_PATH'] || '/' }],
];
