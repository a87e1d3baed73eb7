import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { t } from '../lib/i18n';
import { toChineseNumber } from '../lib/chinese-number';
import { AnchorAllocator, parseArticle, policyHeading } from '../lib/policy-outline';
import { citationText, type PolicyCatalog } from '../lib/policy-titles';

/** Options for {@link remarkPolicyArticles}. */
export interface PolicyArticlesOptions {
  /** Catalog used for the policy's title (src/lib/policy-catalog.ts); without one, nothing is done. */
  catalog?: PolicyCatalog;
}

/** Id of the policy a file belongs to, from its path: ".../content/policies/x.mdx" → "x". */
export function policyIdOf(path: string | undefined): string | undefined {
  const match = path ? /[\\/]content[\\/]policies[\\/](?:.*[\\/])?([^\\/]+)\.mdx?$/.exec(path) : null;
  return match?.[1];
}

/**
 * On policy pages whose body is an imported text: every heading gets an id (#part-N, #chap-N,
 * #chap-N-sec-M, #sec-N for 一、 sections, #head-N for unnumbered sub-heads; an id an author set
 * is kept), and each article — the paragraph opening with 第X条 plus the paragraphs up to the
 * next article or heading — is wrapped in `<div class="kb-article" id="art-N">` with a
 * `<kb-copy-citation>` that copies 《title》第X条. An article the source lacks (the entry's
 * `missingArticles`) gets a marked placeholder with its anchor, saying so; its text is never
 * supplied. Scheme and numbering: src/lib/policy-outline.ts. Other files are untouched.
 */
export function remarkPolicyArticles(options: PolicyArticlesOptions = {}) {
  return (tree: Root, file?: VFile) => {
    const id = policyIdOf(file?.path);
    if (!id) return;
    const policy = options.catalog?.policies.find((p) => p.id === id);
    if (!policy) return;

    const anchors = new AnchorAllocator();
    const missing = new Set(policy.missingArticles ?? []);
    const out: RootContent[] = [];
    let article: RootContent[] | undefined;
    // Placeholders for articles the source lacks go after the article before them and its
    // 第N条之M, in the order the outline allocates their ids (src/lib/policy-outline.ts).
    let gapAfter: number | undefined = 0;
    const flushGaps = () => {
      if (gapAfter === undefined) return;
      for (let next = gapAfter + 1; missing.has(next); next++) out.push(missingArticle(next, anchors.article(next)));
      gapAfter = undefined;
    };
    for (const node of tree.children) {
      if (node.type === 'heading') {
        article = undefined;
        if (gapAfter !== 0) flushGaps();
        setId(node, policyHeading(toString(node), anchors).id);
        out.push(node);
        continue;
      }
      const opening = node.type === 'paragraph' ? parseArticle(toString(node)) : undefined;
      if (opening) {
        if (!opening.sub) flushGaps();
        const copy = {
          type: 'kbCopyCitation',
          data: {
            hName: 'kb-copy-citation',
            hProperties: {
              dataCitation: citationText(policy.title, opening.label),
              dataLabel: t('policy.copyCitation'),
              dataDone: t('policy.copied'),
              dataFailed: t('policy.copyFailed'),
            },
          },
        };
        article = [node, copy as unknown as RootContent];
        out.push({
          type: 'kbArticle',
          children: article,
          data: { hName: 'div', hProperties: { id: anchors.article(opening.number, opening.sub), className: ['kb-article'], dataKbArticle: String(opening.number) } },
        } as unknown as RootContent);
        if (!opening.sub) gapAfter = opening.number;
        continue;
      }
      // Items （一）（二） and further paragraphs belong to the article above them.
      if (article && (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote' || node.type === 'table')) {
        article.splice(article.length - 1, 0, node);
        continue;
      }
      article = undefined;
      out.push(node);
    }
    flushGaps();
    tree.children = out;
  };
}

/** The placeholder of an article missing in the source: its label and a note, no text. */
function missingArticle(number: number, id: string): RootContent {
  return {
    type: 'kbMissingArticle',
    data: { hName: 'div', hProperties: { id, className: ['kb-article', 'kb-article--missing'], dataKbArticle: String(number), dataKbMissing: '', dataPagefindIgnore: '' } },
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: `第${toChineseNumber(number)}条` }] },
          { type: 'text', value: `　${t('policy.missingArticle')}` },
        ],
      },
    ],
  } as unknown as RootContent;
}

function setId(node: Heading | Paragraph, id: string) {
  const data = (node.data ??= {});
  const properties = ((data as { hProperties?: Record<string, unknown> }).hProperties ??= {});
  properties['id'] ??= id;
}
