import { z } from 'astro/zod';
import { ENTRY_FIELDS, strictObject, quote } from './shared';

/** A reference to one entry of another collection, e.g. "materials/lun-jianxing-liangxue-yizuo". */
export const EntryRefSchema = z
  .string()
  .regex(/^(policies|templates|materials)\/[a-z0-9][a-z0-9-]*$/, {
    error: (issue) => `阅读清单项 ${quote(issue.input)} 格式不对。请写成 集合/标识，例如：materials/lun-jianxing-liangxue-yizuo。`,
  });

export const TopicSchema = strictObject({
  ...ENTRY_FIELDS,
  /** Ordered reading list, e.g. [materials/lun-jianxing-liangxue-yizuo, templates/…]. */
  readings: z.array(EntryRefSchema).min(1, { error: '专题的阅读清单 readings 至少要有一项。' }),
  /** Sort order on the home page; lower comes first; default 100. */
  order: z.number().int().default(100),
});

export type Topic = z.output<typeof TopicSchema>;
