import { z } from 'astro/zod';
import { choice, ENTRY_FIELDS, strictObject, EntryIdSchema, optionalText, partialDate, quote } from './shared';

/** Kinds of party regulation (党内法规) and normative document, per domain notes. */
export const POLICY_KINDS = ['党章', '准则', '条例', '规定', '办法', '规则', '细则', '意见', '通知', '决定', '方案'] as const;

/** Validity status as the official regulation databases state it. */
export const POLICY_STATUSES = ['现行有效', '已修订', '已废止'] as const;

// 文号 such as 中发〔2018〕23号: the year sits in 六角括号 〔〕 (GB/T 9704-2012 7.2.4).
const DOC_NUMBER = /^[\u4e00-\u9fa5A-Za-z]+〔\d{4}〕\d+号$/;

export const PolicySchema = strictObject({
  ...ENTRY_FIELDS,
  /** Short titles and other names, e.g. ["党章"]; used to resolve 《…》 citations. Default []. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Kind, e.g. 条例. */
  kind: choice('类别 kind', POLICY_KINDS),
  /** Issuing body (发文机关), e.g. 中共中央. */
  issuer: optionalText('发文机关 issuer', '中共中央'),
  /** 文号, e.g. 中发〔2018〕23号; the year must be in 〔〕. */
  docNumber: z
    .string()
    .trim()
    .regex(DOC_NUMBER, {
      error: (issue) => `文号 docNumber ${quote(issue.input)} 格式不对。年份须用六角括号〔〕，例如：中发〔2018〕23号。`,
    })
    .optional(),
  /** 发布日期, e.g. 2018-10-28. */
  issued: partialDate('发布日期 issued').optional(),
  /** Date of the latest revision (修订) named in the note under the title, e.g. 2023-12-08. */
  revised: partialDate('修订日期 revised').optional(),
  /** 施行日期, e.g. 2018-10-28; not before `issued`. */
  effective: partialDate('施行日期 effective').optional(),
  /** 效力状态; default 现行有效. */
  status: choice('效力状态 status', POLICY_STATUSES).default('现行有效'),
  /** Ids of the versions this text replaces; default []. */
  supersedes: z.array(EntryIdSchema).default([]),
  /** Id of the version that replaced this one, if any. */
  supersededBy: EntryIdSchema.optional(),
  /** Version year of the text when its source title carries one, e.g. "2018" for 「…条例 2018」. */
  version: z.string().trim().regex(/^\d{4}$/, { error: (issue) => `版本 version ${quote(issue.input)} 应为四位年份，例如：2018。` }).optional(),
  /** The note under the title, word for word, e.g. "（2003年12月23日中共中央政治局会议审议批准 …）". */
  headnote: optionalText('题注 headnote', '（2018年10月28日中共中央政治局会议审议批准　2018年11月25日中共中央发布）'),
  /** Repairs of a damaged source made at import, each shown on the page; default []. */
  repairs: z
    .array(
      strictObject({
        /** Line of the source file, e.g. 586. */
        line: z.number().int().positive(),
        /** Text as the source has it. */
        found: z.string().min(1),
        /** Text as shown on the page. */
        shown: z.string().min(1),
        /** Why, in Chinese. */
        note: z.string().min(1),
      }),
    )
    .default([]),
  /** Articles the source lacks, shown on the page as missing and never supplied, e.g. [20]; default []. */
  missingArticles: z.array(z.number().int().positive()).default([]),
  /** Whether the body holds the official full text; default false (metadata-only entry). */
  fullText: z.boolean({ error: (issue) => `fullText 应为 true 或 false，现为 ${quote(issue.input)}。` }).default(false),
  /** Where the official text can be found, e.g. 共产党员网 or 人民出版社单行本. */
  source: optionalText('来源 source', '人民出版社单行本'),
}).superRefine((policy, ctx) => {
  if (policy.issued && policy.effective && policy.effective < policy.issued) {
    ctx.addIssue({
      code: 'custom',
      path: ['effective'],
      message: `施行日期 ${quote(policy.effective)} 早于发布日期 ${quote(policy.issued)}。请核对两个日期。`,
    });
  }
});

export type Policy = z.output<typeof PolicySchema>;
