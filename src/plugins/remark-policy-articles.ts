import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { t } from '../lib/i18n';
import { AnchorAllocator, parseArticle, parseDivision } from '../lib/policy-outline';
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
 * On policy pages whose body has 编/章/节/条 structure (an imported text): headings get ids
 * (#part-N, #chap-N, #chap-N-sec-M; an id an author set is kept), and each article — the
 * paragraph opening with 第X条 plus the paragraphs up to the next article or heading — is
 * wrapped in `<div class="kb-article" id="art-N">` with a `<kb-copy-citation>` that copies
 * 《title》第X条. Scheme and numbering: src/lib/policy-outline.ts. Other files are untouched.
 */
export function remarkPolicyArticles(options: PolicyArticlesOptions = {}) {
  return (tree: Root, file?: VFile) => {
    const id = policyIdOf(file?.path);
    if (!id) return;
    const policy = options.catalog?.policies.find((p) => p.id === id);
    if (!policy) return;

    const anchors = new AnchorAllocator();
    const out: RootContent[] = [];
    let article: RootContent[] | undefined;
    for (const node of tree.children) {
      if (node.type === 'heading') {
        article = undefined;
        const division = parseDivision(toString(node));
        if (division) setId(node, anchors.division(division));
        out.push(node);
        continue;
      }
      const opening = node.type === 'paragraph' ? parseArticle(toString(node)) : undefined;
      if (opening) {
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
          data: { hName: 'div', hProperties: { id: anchors.article(opening.number), className: ['kb-article'], dataKbArticle: String(opening.number) } },
        } as unknown as RootContent);
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
    tree.children = out;
  };
}

function setId(node: Heading | Paragraph, id: string) {
  const data = (node.data ??= {});
  const properties = ((data as { hProperties?: Record<string, unknown> }).hProperties ??= {});
  properties['id'] ??= id;
}
