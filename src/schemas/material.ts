import { z } from 'astro/zod';
import { choice, ENTRY_FIELDS, strictObject, optionalText, partialDate } from './shared';

/** Kinds of study material, per domain notes. */
export const MATERIAL_KINDS = [
  '论文',
  '经验交流',
  '工作总结',
  '新闻报道',
  '讲话',
  '党课',
  '辅导材料',
  '调研报告',
  '述职报告',
  '心得体会',
] as const;

/** Script of the text as written: Simplified or Traditional Chinese. */
export const SCRIPTS = ['zh-Hans', 'zh-Hant'] as const;

export const MaterialSchema = strictObject({
  ...ENTRY_FIELDS,
  /** Kind, e.g. 论文. */
  kind: choice('类别 kind', MATERIAL_KINDS),
  /** Author(s) as printed, e.g. "杨金海". */
  author: optionalText('作者 author', '杨金海'),
  /** Author's organisation, e.g. "松岭林业局大扬气林场". */
  organization: optionalText('单位 organization', '松岭林业局大扬气林场'),
  /** Journal / newspaper and issue, e.g. "《基层建设》2019年第6期". */
  publication: optionalText('出处 publication', '《基层建设》2019年第6期'),
  /** Date of writing or publication: 2019-04-28, 2019-04 or 2019. */
  date: partialDate('日期 date').optional(),
  /** Place the text is about, e.g. "湖南省湘潭市". */
  region: optionalText('地区 region', '湖南省湘潭市'),
  /** Script of the body; default zh-Hans. */
  script: choice('文字 script', SCRIPTS).default('zh-Hans'),
  /** Where the text came from (a seed file, a URL), e.g. "种子文档 002". */
  source: optionalText('来源 source', '种子文档 002'),
});

export type Material = z.output<typeof MaterialSchema>;
