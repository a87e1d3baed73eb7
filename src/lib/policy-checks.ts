// Build checks for the policy library (issue 6). The schema already checks 文号 (〔〕) and that
// 施行日期 is not before 发布日期; these checks need the whole library: version links resolve
// and agree, no two current policies share a title, every 第X条 link into a full text lands
// on an article that exists. Pure: the Astro side is in citation-index.ts.
import type { FoundCitation } from './citations';
import { titleKey, toChineseNumber } from './policy-titles';

/** What the checks need of one policy entry. */
export interface CheckedPolicy {
  id: string;
  /** e.g. "content/policies/x.mdx". */
  file: string;
  title: string;
  aliases: string[];
  status: string;
  supersedes: string[];
  supersededBy?: string | undefined;
  fullText: boolean;
  /** Article numbers of the full text. */
  articles: number[];
}

/** What the checks need of one citing text. */
export interface CheckedText {
  /** e.g. "content/templates/x.mdx". */
  file: string;
  cited: FoundCitation[];
}

/** One problem: file → field, what is wrong, how to fix it. */
export interface PolicyProblem {
  file: string;
  field: string;
  message: string;
  hint: string;
}

/** All problems of the policy library and of the citations into it; [] when all is well. */
export function checkPolicies(policies: CheckedPolicy[], texts: CheckedText[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const byId = new Map(policies.map((p) => [p.id, p]));
  const ids = () => policies.map((p) => p.id).join('、');

  for (const policy of policies) {
    for (const older of policy.supersedes) {
      const target = byId.get(older);
      if (!target) {
        problems.push({
          file: policy.file,
          field: 'supersedes',
          message: `supersedes 里的「${older}」不是已收录的法规。`,
          hint: `写被取代版本的文件名（不含 .mdx），现有：${ids()}。`,
        });
      } else if (target.supersededBy !== policy.id) {
        problems.push({
          file: target.file,
          field: 'supersededBy',
          message: `「${policy.id}」声明取代了「${older}」，但「${older}」的 supersededBy 是「${target.supersededBy ?? '（空）'}」。`,
          hint: `在 ${target.file} 写 supersededBy: ${policy.id}，或从 ${policy.file} 的 supersedes 中删去 ${older}。`,
        });
      }
    }
    if (policy.supersededBy) {
      const newer = byId.get(policy.supersededBy);
      if (!newer) {
        problems.push({
          file: policy.file,
          field: 'supersededBy',
          message: `supersededBy「${policy.supersededBy}」不是已收录的法规。`,
          hint: `写新版本的文件名（不含 .mdx），现有：${ids()}；新版本尚未收录时请先收录它。`,
        });
      } else if (!newer.supersedes.includes(policy.id)) {
        problems.push({
          file: newer.file,
          field: 'supersedes',
          message: `「${policy.id}」的 supersededBy 指向「${newer.id}」，但「${newer.id}」的 supersedes 里没有「${policy.id}」。`,
          hint: `在 ${newer.file} 的 supersedes 中加上 ${policy.id}。`,
        });
      }
      if (policy.status === '现行有效') {
        problems.push({
          file: policy.file,
          field: 'status',
          message: `已被「${policy.supersededBy}」取代，效力状态却是「现行有效」。`,
          hint: '改为 status: 已修订（被修订）或 status: 已废止（被废止）。',
        });
      }
    }
  }

  // Two current policies answering to the same title would make citations ambiguous.
  const current = new Map<string, CheckedPolicy>();
  for (const policy of policies.filter((p) => !p.supersededBy)) {
    for (const name of new Set([policy.title, ...policy.aliases].map(titleKey))) {
      const other = current.get(name);
      if (other && other.id !== policy.id) {
        problems.push({
          file: policy.file,
          field: 'aliases',
          message: `标题或简称「${name}」同时属于「${other.id}」，引用无法确定指向哪一篇。`,
          hint: '删去其中一处简称；如果是新旧版本，在旧版本写 supersededBy 指向新版本。',
        });
      } else current.set(name, policy);
    }
  }

  for (const text of texts) {
    for (const citation of text.cited) {
      const policy = byId.get(citation.policyId);
      if (!policy?.fullText || !citation.article || citation.unlinked) continue;
      if (!policy.articles.includes(citation.article)) {
        const last = policy.articles.length ? Math.max(...policy.articles) : 0;
        problems.push({
          file: text.file,
          field: `正文第 ${citation.line ?? '?'} 行`,
          message: `《${policy.title}》${citation.articleLabel ?? ''} 不存在：该法规全文共 ${policy.articles.length} 条（至第${toChineseNumber(last)}条）。`,
          hint: `核对条号；《${policy.title}》的全文在 ${policy.file}。`,
        });
      }
    }
  }
  return problems;
}

/** The problems as one message, one line each: "content/x.mdx → supersedes：… 改法：…". */
export function formatPolicyProblems(problems: PolicyProblem[]): string {
  return problems.map((p) => `${p.file} → ${p.field}：${p.message}改法：${p.hint}`).join('\n');
}
