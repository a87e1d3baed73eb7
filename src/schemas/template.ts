import { z } from 'astro/zod';
import { choiceList, ENTRY_FIELDS, strictObject, optionalText } from './shared';

/** Occasions a problem/rectification text is written for (场景), per domain notes. */
export const SCENARIOS = [
  '组织生活会',
  '民主生活会',
  '主题教育检视整改',
  '巡视巡察整改',
  '督查考核整改',
  '党建述职评议',
  '年度党建工作总结',
  '调研报告',
] as const;

/** Areas of party building a problem belongs to (方面), per domain notes. */
export const DIMENSIONS = [
  '政治建设',
  '思想建设',
  '组织建设',
  '作风建设',
  '纪律建设',
  '制度建设',
  '党建与业务融合',
  '责任落实',
  '基础工作',
] as const;

export const TemplateSchema = strictObject({
  ...ENTRY_FIELDS,
  /** Occasions, at least one, e.g. [组织生活会, 民主生活会]. */
  scenario: choiceList('场景 scenario', SCENARIOS),
  /** Areas, at least one, e.g. [组织建设]. */
  dimension: choiceList('方面 dimension', DIMENSIONS),
  /** Where the text came from, e.g. "种子文档 001（范文汇编）". */
  source: optionalText('来源 source', '种子文档 001（范文汇编）'),
});

export type Template = z.output<typeof TemplateSchema>;
