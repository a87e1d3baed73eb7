import { z } from 'astro/zod';

/** Quote a bad value for an author-facing message: strings in 「」, others as JSON. */
export function quote(value: unknown): string {
  if (value === undefined) return '（空）';
  if (typeof value === 'string') return `「${value}」`;
  if (value instanceof Date) return `「${value.toISOString().slice(0, 10)}」`;
  return `「${JSON.stringify(value)}」`;
}

/** Message for a wrong-typed value, or for a missing one when `input` is undefined. */
function wrongType(field: string, input: unknown, expected: string, example: string): string {
  if (input === undefined) return `缺少${field}。请填写，例如：${example}`;
  return `${field}应为${expected}，现为 ${quote(input)}。请写成例如：${example}`;
}

/** Message for keys a schema does not know (usually a misspelt field name). */
export function unknownKeys(keys: readonly string[], known: readonly string[]): string {
  return `不认识的字段 ${keys.map((k) => `「${k}」`).join('、')}。可用字段：${known.join('、')}。请检查拼写。`;
}

/** A required, non-blank line of text; `field` names it in the message, e.g. "标题". */
export function requiredText(field: string, example: string) {
  return z
    .string({ error: (issue) => wrongType(field, issue.input, '文字', example) })
    .trim()
    .min(1, { error: `${field}不能为空。请填写，例如：${example}` });
}

/** Optional free text; blank strings count as absent. */
export function optionalText(field: string, example: string) {
  return z
    .string({ error: (issue) => `${field}应为文字，现为 ${quote(issue.input)}。请写成例如：${example}` })
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined));
}

/** Tags: a list of short labels, default []; e.g. `tags: [三会一课, 党费]`. */
export const TagsSchema = z
  .array(
    z
      .string({ error: (issue) => `标签应为文字，现为 ${quote(issue.input)}。` })
      .trim()
      .min(1, { error: '标签不能为空字符串。请删除空标签。' })
      .max(20, { error: (issue) => `标签 ${quote(issue.input)} 过长（最多 20 字）。请改用简短的词。` }),
    { error: (issue) => `tags 应为列表，现为 ${quote(issue.input)}。请写成 tags: [三会一课, 党费]。` },
  )
  .default([]);

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date that may be partial: "2019", "2019-04" or "2019-04-28" (YAML dates are accepted too).
 * Output is the normalised string, e.g. "2019-04-28".
 */
export function partialDate(field: string) {
  const hint = `请写成 2019-04-28、2019-04 或 2019。`;
  return z
    .union([z.string(), z.number(), z.date()], {
      error: (issue) => `${field} ${quote(issue.input)} 不是日期。${hint}`,
    })
    .transform((value, ctx) => {
      const text =
        value instanceof Date
          ? value.toISOString().slice(0, 10)
          : String(value).trim();
      if (!PARTIAL_DATE.test(text)) {
        ctx.addIssue({ code: 'custom', message: `${field} ${quote(value)} 不是有效日期。${hint}` });
        return z.NEVER;
      }
      return text;
    });
}

/** Year of a partial date string, e.g. "2019-04-28" → 2019. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** An enum with a message that quotes the bad value and lists the allowed ones. */
export function choice<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `缺少${field}。可选：${values.join('、')}。`
        : `${field} ${quote(issue.input)} 不在可选范围内。可选：${values.join('、')}。`,
  });
}

/** A non-empty list of enum values; a single value is accepted and wrapped. */
export function choiceList<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z
      .array(choice(field, values), {
        error: (issue) => wrongType(field, issue.input, '列表', `[${values[0]}]`),
      })
      .min(1, { error: `${field}至少填一项。可选：${values.join('、')}。` }),
  );
}

/** Entry id of another collection, e.g. "zhongguo-gongchandang-zhangcheng". */
export const EntryIdSchema = z
  .string({ error: (issue) => `条目标识应为文字，现为 ${quote(issue.input)}。` })
  .regex(/^[a-z0-9][a-z0-9-]*$/, {
    error: (issue) => `条目标识 ${quote(issue.input)} 无效：只能用小写字母、数字和连字符（即文件名去掉 .mdx）。`,
  });

/**
 * An object schema that rejects unknown keys with a message listing the known ones,
 * so a misspelt field (senario) is reported instead of silently ignored.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeys(issue.keys, Object.keys(shape)) : undefined),
  });
}

/** Fields every MDX entry shares; spread into each collection's {@link strictObject}. */
export const ENTRY_FIELDS = {
  /** Display title, e.g. "机关党建存在的问题及整改措施". */
  title: requiredText('标题 title', '机关党建存在的问题及整改措施'),
  /** One or two sentences shown in listings; optional. */
  summary: optionalText('摘要 summary', '梳理支部组织生活方面的常见问题。'),
  /** Free tags for tag pages and related entries; default []. */
  tags: TagsSchema,
  /** When the entry was added to the library, e.g. 2026-11-22; drives "recently added". */
  added: partialDate('收录日期 added').optional(),
  /** Hide from listings and search while being edited; default false. */
  draft: z.boolean({ error: (issue) => `draft 应为 true 或 false，现为 ${quote(issue.input)}。` }).default(false),
};
