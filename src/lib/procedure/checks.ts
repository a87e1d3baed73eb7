// Build checks of a procedure against the rest of the site: cited articles exist in the
// regulation once its full text is on the site, and every document a step lists exists and
// names that step. Pure; the page turns problems into an AstroError.
import type { Procedure } from '../../schemas/procedure';
import type { CatalogPolicy } from '../policy-titles';
import { articleLabel } from './citation';

/** A document as the check needs it: id, procedure and step. */
export interface CheckedDocument {
  id: string;
  data: { procedure: string; step: number };
}

/**
 * Problems as "where → what" lines, [] when all is well. `file` names the procedure's file in
 * messages, e.g. "content/procedures/fazhan-dangyuan.yaml".
 */
export function procedureProblems(file: string, id: string, procedure: Procedure, policy: CatalogPolicy | undefined, documents: readonly CheckedDocument[]): string[] {
  const problems: string[] = [];
  if (!policy) {
    problems.push(`${file} → regulation「${procedure.regulation}」不在党内法规目录中。请改为 content/policies/ 中的条目标识。`);
  } else if (policy.fullText || policy.articles.length > 0) {
    // Once the text is on the site, every 第X条 the procedure cites must land on an article.
    const have = new Set(policy.articles);
    const cite = (where: string, article: number | undefined) => {
      if (article !== undefined && !have.has(article)) problems.push(`${file} → ${where}引用的${articleLabel(article)}在《${policy.title}》全文中不存在。请核对条号。`);
    };
    procedure.stages.forEach((stage) => stage.steps.forEach((step) => step.articles.forEach((a) => cite(`步骤 ${step.n} `, a))));
    procedure.rules.forEach((rule) => cite(`规则 ${rule.id} `, rule.article));
    procedure.events.forEach((event) => cite(`事件 ${event.id} `, event.derived?.article));
    cite('延长预备期 ', procedure.extension?.article);
  }
  const byId = new Map(documents.map((d) => [d.id, d]));
  const listed = new Set<string>();
  for (const stage of procedure.stages) {
    for (const step of stage.steps) {
      for (const docId of step.documents) {
        listed.add(docId);
        const doc = byId.get(docId);
        if (!doc) problems.push(`${file} → 步骤 ${step.n} 列出的文书「${docId}」不存在。请检查 content/documents/${docId}.mdx 或改正标识。`);
        else if (doc.data.procedure !== id || doc.data.step !== step.n) {
          problems.push(`content/documents/${docId}.mdx → 属于 ${doc.data.procedure} 第 ${doc.data.step} 步，而 ${file} 把它列在第 ${step.n} 步。请让两处一致。`);
        }
      }
    }
  }
  for (const doc of documents) {
    if (doc.data.procedure === id && !listed.has(doc.id)) problems.push(`content/documents/${doc.id}.mdx → 第 ${doc.data.step} 步没有列出这份文书。请在 ${file} 该步骤的 documents 中加上「${doc.id}」。`);
  }
  return problems;
}
