// Recognising 《…》 citations of party regulations in running text (issue 6): title keys that
// treat `(试行)` and `（试行）` as one title, Chinese article numbers, and a catalog lookup that
// resolves full titles, aliases (《党章》) and, within one document, bare kind names (《条例》).
// Pure: no file system, no Astro; the catalog is passed in (see policy-catalog.ts).
import * as OpenCC from 'opencc-js';
import { parseChineseNumber } from './chinese-number';

/** What the matcher needs to know about one catalogued policy. */
export interface CatalogPolicy {
  /** Entry id, e.g. "zhong-guo-gong-chan-dang-zhang-cheng". */
  id: string;
  /** Full title, e.g. "中国共产党章程". */
  title: string;
  /** Short titles, e.g. ["党章"]; default []. */
  aliases: string[];
  /** Kind, e.g. "条例"; used to resolve 《条例》 back to the last cited 条例. */
  kind: string;
  /** Whether the body is the official full text (then article anchors exist). */
  fullText: boolean;
  /** Id of the newer version, if this one was revised or repealed. */
  supersededBy?: string | undefined;
  /** Article numbers that have an anchor, e.g. [1, 2, 3]; empty for metadata-only entries. */
  articles: number[];
  /** Articles the source lacks: anchored placeholders, never text, e.g. [20]; default none. */
  missingArticles?: number[] | undefined;
}

/** The catalog as the matcher uses it: every policy and a title-key index. */
export interface PolicyCatalog {
  policies: CatalogPolicy[];
  /** Title key → policy, current versions winning over superseded ones. */
  byKey: Map<string, CatalogPolicy>;
}

let toSimplified: ((text: string) => string) | undefined;

/**
 * Comparison key of a title: NFKC (full-width brackets and letters → ASCII), Traditional →
 * Simplified (OpenCC data, per domain notes), whitespace and middle dots removed; e.g.
 * "中國共產黨支部工作條例（試行）" and "中国共产党支部工作条例 (试行)" → "中国共产党支部工作条例(试行)".
 */
export function titleKey(title: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified(title.normalize('NFKC'))
    .replace(/[\s\u00b7\u30fb]/g, '')
    .replace(/[〈<]/g, '〈')
    .replace(/[〉>]/g, '〉');
}

export { parseChineseNumber, toChineseNumber } from './chinese-number';

/** Anchor id of an article, e.g. 11 → "art-11" (the scheme is documented in the README). */
export function articleAnchor(article: number): string {
  return `art-${article}`;
}

const NUM = '零〇一二两三四五六七八九十百千\\d';

/**
 * One 《…》 reference with an optional article right after it, e.g. 《党章》第三十三条, or
 * 《党章》三十三条 (without 第 only for numbers of two or more characters, so that
 * "《党章》一条一条地学" is not read as article 1). Group 1: the title; group 2: the article
 * label; group 3 or 4: its number.
 */
export const CITATION = new RegExp(`《([^《》\\n]{1,100})》((?:第([${NUM}]{1,6})|([${NUM}]{2,6}))条)?`, 'gu');

/** Kind names that, written alone (《条例》), refer back to the last cited text of that kind. */
export const GENERIC_KINDS = ['条例', '准则', '细则', '规定', '办法', '规则'] as const;

/** A citation found in text. */
export interface Citation {
  /** Offset of 《 in the text. */
  start: number;
  /** Offset just after the match (after 条 when an article follows). */
  end: number;
  /** Title as written, without brackets, e.g. "党章". */
  title: string;
  /** Article label as written, e.g. "第三十三条". */
  articleLabel?: string;
  /** Article number, e.g. 33. */
  article?: number;
  /** The policy it names, when known. */
  policy?: CatalogPolicy;
  /** How it was resolved: full title or alias, or a bare kind name referring back. */
  via?: 'title' | 'context';
}

/** Build the lookup index; among entries sharing a key, the one not superseded wins. */
export function buildCatalog(policies: CatalogPolicy[]): PolicyCatalog {
  const byKey = new Map<string, CatalogPolicy>();
  for (const policy of policies) {
    for (const name of [policy.title, ...policy.aliases]) {
      const key = titleKey(name);
      const existing = byKey.get(key);
      if (!existing || (existing.supersededBy && !policy.supersededBy)) byKey.set(key, policy);
    }
  }
  return { policies, byKey };
}

/**
 * Resolves citations in reading order within one document: full titles and aliases by
 * {@link titleKey}; a bare kind name (《条例》, 《准则》) to the policy of that kind cited most
 * recently in the same document (as in "学习《中国共产党廉洁自律准则》……贯彻《准则》"), else unknown.
 * Create one per document; it holds no state beyond that document.
 */
export function createResolver(catalog: PolicyCatalog) {
  const lastByKind = new Map<string, CatalogPolicy>();
  return (title: string): Pick<Citation, 'policy' | 'via'> => {
    const key = titleKey(title);
    const direct = catalog.byKey.get(key);
    if (direct) {
      lastByKind.set(direct.kind, direct);
      return { policy: direct, via: 'title' };
    }
    if ((GENERIC_KINDS as readonly string[]).includes(key)) {
      const previous = lastByKind.get(key);
      if (previous) return { policy: previous, via: 'context' };
    }
    return {};
  };
}

/**
 * Every 《…》 citation in `text`, resolved with `resolve` (from {@link createResolver}), e.g.
 * findCitations("依据《党章》第三十三条", resolve) → [{ title: "党章", article: 33, policy: … }].
 */
export function findCitations(text: string, resolve: ReturnType<typeof createResolver>): Citation[] {
  const out: Citation[] = [];
  for (const match of text.matchAll(CITATION)) {
    const [whole, title, articleLabel, withDi, withoutDi] = match;
    const number = withDi ?? withoutDi;
    const citation: Citation = { start: match.index, end: match.index + whole.length, title: title! };
    const article = number ? parseChineseNumber(number) : undefined;
    if (articleLabel && article) {
      citation.articleLabel = articleLabel;
      citation.article = article;
    } else {
      citation.end = match.index + title!.length + 2;
    }
    Object.assign(citation, resolve(title!));
    out.push(citation);
  }
  return out;
}

/**
 * Site path of a citation's target, root-relative (rehype-base-links adds the base path):
 * "/policies/<id>/", plus "#art-N" when an article is named and the body has articles (or the
 * entry claims full text, so that a missing article fails the build check instead of being
 * dropped). Metadata-only entries have no article anchors to land on: page link only.
 */
export function citationHref(policy: CatalogPolicy, article?: number): string {
  const hash = article && (policy.fullText || policy.articles.includes(article)) ? `#${articleAnchor(article)}` : '';
  return `/policies/${policy.id}/${hash}`;
}

/** The citation text a reader copies, e.g. ("中国共产党支部工作条例（试行）", "第十一条") → "《中国共产党支部工作条例（试行）》第十一条". */
export function citationText(title: string, articleLabel = ''): string {
  return `《${title}》${articleLabel}`;
}
