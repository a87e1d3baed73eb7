// How the page and the planner name the source of a step or rule: an article of the regulation
// (第七条, linked to its anchor on the policy page) or a section of a local document, marked as
// local. Build-time only (it reads the policy catalogue); the planner receives the result.
import type { Procedure } from '../../schemas/procedure';
import { citationHref, toChineseNumber, type CatalogPolicy } from '../policy-titles';
import { url } from '../url';

/** A source as shown, e.g. { label: '第七条', source: '《中国共产党发展党员工作细则》', href: '/policies/…/#art-7', local: false }. */
export interface Citation {
  /** "第七条" or the local section, e.g. "三、推荐和确定入党积极分子". */
  label: string;
  /** The document in 《》, e.g. "《贵州省发展党员工作规程（试行）》". */
  source: string;
  /** Link to the article on the site; absent for local documents the site does not hold. */
  href?: string;
  /** True for provincial or university practice. */
  local: boolean;
  /** Where local practice applies, e.g. "贵州省". */
  scope?: string;
}

/** What a citation is made from: an article number, or a local source id and section. */
export interface Basis {
  article?: number | undefined;
  local?: string | undefined;
  section?: string | undefined;
}

/** Article label, e.g. 13 → "第十三条". */
export function articleLabel(article: number): string {
  return `第${toChineseNumber(article)}条`;
}

/**
 * The citation of `basis` within `procedure`. `policy` is the catalogue entry of the regulation:
 * with its full text the link lands on the article (#art-N), else on the entry page.
 */
export function citationOf(basis: Basis, procedure: Pick<Procedure, 'local'>, policy: CatalogPolicy): Citation {
  if (basis.article !== undefined) {
    return { label: articleLabel(basis.article), source: `《${policy.title}》`, href: url(citationHref(policy, basis.article).slice(1)), local: false };
  }
  const local = procedure.local.find((l) => l.id === basis.local);
  return { label: basis.section ?? '', source: `《${local?.title ?? basis.local ?? ''}》`, local: true, ...(local ? { scope: local.scope } : {}) };
}
