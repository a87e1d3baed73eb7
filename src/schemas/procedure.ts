import { z } from 'astro/zod';
import { EntryIdSchema, ENTRY_FIELDS, optionalText, quote, requiredText, strictObject } from './shared';

// A procedure (发展党员 …) as data: stages, steps, the dated events a secretary records, and the
// time rules between them, each rule tied to the article of the regulation that sets it or, for
// local practice, to the local document and section that says it (never shown as national rule).

/** Stable id inside a procedure, e.g. "application", "talk-within-month". */
const LocalId = z
  .string({ error: (issue) => `标识应为文字，现为 ${quote(issue.input)}。` })
  .regex(/^[a-z][a-zA-Z0-9-]*$/, { error: (issue) => `标识 ${quote(issue.input)} 无效：以小写字母开头，只用字母、数字和连字符，例如 application。` });

/** A length of time, e.g. { months: 1 } or { years: 1 }; negative days count backwards, e.g. { days: -7 }. */
export const OffsetSchema = strictObject({
  /** Calendar years, e.g. 1 (Feb 29 + 1 year = Feb 28, the month's last day). */
  years: z.number().int().optional(),
  /** Calendar months, e.g. 3 (Jan 31 + 1 month = Feb 28/29, the month's last day). */
  months: z.number().int().optional(),
  /** Days, e.g. -7. */
  days: z.number().int().optional(),
});

/** Where a requirement comes from: an article of the regulation, or a section of a local document. */
const BasisFields = {
  /** Article number of the procedure's regulation (the 细则), e.g. 7 for 第七条. */
  article: z.number().int().positive().optional(),
  /** Id of a local source in `local`, e.g. "guizhou-guicheng", when the rule is local practice. */
  local: LocalId.optional(),
  /** Section of that local source, e.g. "二、党组织派人谈话". */
  section: optionalText('条目 section', '二、党组织派人谈话'),
  /** The words of the source that set the rule, verbatim (converter spaces left out), e.g. "应当在一个月内派人同入党申请人谈话". */
  quote: requiredText('原文 quote', '应当在一个月内派人同入党申请人谈话'),
};

/** One time rule: `to` must fall on or after (`min`) or on or before (`max`) `from` + offset. */
export const RuleSchema = strictObject({
  id: LocalId,
  /** Event the time is counted from, e.g. "application". */
  from: LocalId,
  /** Event the rule constrains, e.g. "talk". */
  to: LocalId,
  /** Earliest: to ≥ from + min; {} means "not before". */
  min: OffsetSchema.optional(),
  /** Latest: to ≤ from + max. */
  max: OffsetSchema.optional(),
  /** "error" (default) breaks the rule outright; "warning" where the source allows exceptions (一般、除特殊情况外). */
  severity: z.enum(['error', 'warning']).default('error'),
  ...BasisFields,
  /** How the wording was read into dates, our own words, e.g. "「一个月内」：至次月同日（该月无此日取月末）". */
  reading: optionalText('理解 reading', '至次月同日；该月没有这一天的，取月末'),
});

/** A date the planner asks for or computes, e.g. { id: application, label: 递交入党申请书, step: 1 }. */
export const EventSchema = strictObject({
  id: LocalId,
  /** Label in the planner, e.g. "递交入党申请书". */
  label: requiredText('名称 label', '递交入党申请书'),
  /** Number of the step it belongs to, e.g. 1; absent for dates outside the steps (出生日期). */
  step: z.number().int().positive().optional(),
  /**
   * A computed date: `from` + `offset` (+ the person's probation extension when `extension`),
   * e.g. 预备期满 = admission + 1 year; set with the article that says so.
   */
  derived: strictObject({
    from: LocalId,
    offset: OffsetSchema,
    extension: z.boolean().default(false),
    ...BasisFields,
    reading: optionalText('理解 reading', '一年后的同月同日'),
  }).optional(),
});

/** A local document the procedure quotes (provincial or university practice). */
export const LocalSourceSchema = strictObject({
  id: LocalId,
  /** Full title, e.g. "贵州省发展党员工作规程（试行）". */
  title: requiredText('标题 title', '贵州省发展党员工作规程（试行）'),
  /** Who it binds, e.g. "贵州省" or "贵州师范大学". */
  scope: requiredText('适用范围 scope', '贵州省'),
  /** Document number, e.g. "黔组发〔2015〕6号". */
  docNumber: optionalText('文号 docNumber', '黔组发〔2015〕6号'),
});

/** A provincial or university practice attached to a step, shown as such. */
const LocalNoteSchema = strictObject({
  local: LocalId,
  section: optionalText('条目 section', '三、推荐和确定入党积极分子'),
  /** What the local document adds, in our own words. */
  text: requiredText('说明 text', '递交申请书满三个月后才推荐。'),
});

export const StepSchema = strictObject({
  /** Step number 1–25 in the order of the handbook, e.g. 2. */
  n: z.number().int().positive(),
  /** Step title as the handbook names it, e.g. "党组织派人谈话". */
  title: requiredText('步骤名称 title', '党组织派人谈话'),
  /** Who acts, our words, e.g. "党支部书记、组织委员". */
  actor: requiredText('由谁办理 actor', '党支部书记、组织委员'),
  /** What happens, our own words. */
  summary: requiredText('做什么 summary', '支部在一个月内找申请人谈话，了解基本情况并做记录。'),
  /** Articles of the regulation that require this step, e.g. [7]. */
  articles: z.array(z.number().int().positive()).default([]),
  /** Ids of documents (content/documents) this step produces, e.g. ["rudang-shenqingren-tanhua"]. */
  documents: z.array(EntryIdSchema).default([]),
  /** Records the step leaves whose form the handbook lost (only the name survives), e.g. ["入党申请人谈话情况记录表"]. */
  records: z.array(z.string().trim().min(1)).default([]),
  /** Local practice for this step. */
  local: z.array(LocalNoteSchema).default([]),
});

export const StageSchema = strictObject({
  /** Stage number 1–5. */
  n: z.number().int().positive(),
  /** Stage title as the 细则's chapters and the handbook name it, e.g. "申请入党". */
  title: requiredText('阶段名称 title', '申请入党'),
  steps: z.array(StepSchema).min(1),
});

export const ProcedureSchema = strictObject({
  ...ENTRY_FIELDS,
  /** Policy entry id of the regulation the articles refer to, e.g. "zhong-guo-gong-chan-dang-fa-zhan-dang-yuan-gong-zuo-xi-ze". */
  regulation: EntryIdSchema,
  /** Where the steps and their wording come from, e.g. "贵州师范大学组织发展工作专项培训工作手册（2025年6月）". */
  source: requiredText('来源 source', '贵州师范大学组织发展工作专项培训工作手册（2025年6月）'),
  local: z.array(LocalSourceSchema).default([]),
  stages: z.array(StageSchema).min(1),
  events: z.array(EventSchema).min(1),
  rules: z.array(RuleSchema).default([]),
  /** The probation extension a person may have, with its article, e.g. 6–12 months (第三十二条). */
  extension: strictObject({
    min: OffsetSchema,
    max: OffsetSchema,
    ...BasisFields,
  }).optional(),
}).superRefine((procedure, ctx) => {
  // Cross-references inside one file: a rule naming an unknown event or an unsourced rule is a
  // content error the author can fix, reported with the rule's id.
  const events = new Set(procedure.events.map((e) => e.id));
  const locals = new Set(procedure.local.map((l) => l.id));
  const steps = new Set(procedure.stages.flatMap((s) => s.steps.map((step) => step.n)));
  const basis = (where: string, b: { article?: number | undefined; local?: string | undefined }, path: (string | number)[]) => {
    if ((b.article === undefined) === (b.local === undefined)) {
      ctx.addIssue({ code: 'custom', path, message: `${where}必须且只能写一个依据：article（细则条号）或 local（地方文件）。` });
    }
    if (b.local !== undefined && !locals.has(b.local)) {
      ctx.addIssue({ code: 'custom', path, message: `${where}的 local ${quote(b.local)} 不在 local 列表中。可用：${[...locals].join('、')}。` });
    }
  };
  procedure.rules.forEach((rule, i) => {
    for (const key of ['from', 'to'] as const) {
      if (!events.has(rule[key])) ctx.addIssue({ code: 'custom', path: ['rules', i, key], message: `规则 ${rule.id} 的 ${key} ${quote(rule[key])} 不是已定义的事件。可用：${[...events].join('、')}。` });
    }
    if (!rule.min && !rule.max) ctx.addIssue({ code: 'custom', path: ['rules', i], message: `规则 ${rule.id} 缺少 min 或 max。` });
    basis(`规则 ${rule.id} `, rule, ['rules', i]);
  });
  procedure.events.forEach((event, i) => {
    if (event.step !== undefined && !steps.has(event.step)) ctx.addIssue({ code: 'custom', path: ['events', i, 'step'], message: `事件 ${event.id} 的步骤 ${event.step} 不存在。` });
    if (event.derived) {
      if (!events.has(event.derived.from)) ctx.addIssue({ code: 'custom', path: ['events', i, 'derived', 'from'], message: `事件 ${event.id} 由未定义的事件 ${quote(event.derived.from)} 推算。` });
      basis(`事件 ${event.id} `, event.derived, ['events', i, 'derived']);
    }
  });
  procedure.stages.forEach((stage, s) =>
    stage.steps.forEach((step, k) =>
      step.local.forEach((note, j) => {
        if (!locals.has(note.local)) ctx.addIssue({ code: 'custom', path: ['stages', s, 'steps', k, 'local', j], message: `步骤 ${step.n} 的 local ${quote(note.local)} 不在 local 列表中。` });
      }),
    ),
  );
  if (procedure.extension) basis('延长预备期 extension ', procedure.extension, ['extension']);
});

export type Procedure = z.output<typeof ProcedureSchema>;
export type ProcedureRule = z.output<typeof RuleSchema>;
export type ProcedureEvent = z.output<typeof EventSchema>;
export type Offset = z.output<typeof OffsetSchema>;

/** Kinds of 文书 a procedure step produces, e.g. 公示, 请示, 会议记录. */
export const DOCUMENT_KINDS = ['会议记录', '公示', '公示结果', '报告', '请示', '批复', '通知', '票决结果', '格式', '程序', '登记表', '填写说明'] as const;

/** A 文书范本 (document template) of a procedure step, imported from a source by the importer. */
export const DocumentSchema = strictObject({
  ...ENTRY_FIELDS,
  /** Procedure id (content/procedures), e.g. "fazhan-dangyuan". */
  procedure: EntryIdSchema,
  /** Step number within the procedure, e.g. 7. */
  step: z.number({ error: (issue) => `步骤 step 应为数字，现为 ${quote(issue.input)}。请写成例如：7` }).int().positive(),
  /** What kind of document it is, e.g. 公示. */
  kind: z.enum(DOCUMENT_KINDS, {
    error: (issue) => `文书类别 kind ${quote(issue.input)} 不在可选范围内。可选：${DOCUMENT_KINDS.join('、')}。`,
  }),
  /** "table" for records whose real form is a table (会议记录, 登记表): the Word export lays them out as one. */
  form: z.enum(['text', 'table']).default('text'),
  /** Where the text came from, e.g. "贵州师范大学组织发展工作专项培训工作手册（2025年6月）第1090–1108行". */
  source: requiredText('来源 source', '贵州师范大学组织发展工作专项培训工作手册（2025年6月）'),
  /** Who uses it in practice when it is a local form, e.g. "贵州师范大学". */
  scope: optionalText('适用范围 scope', '贵州师范大学'),
  /** Editorial repairs made at import, shown on the page, e.g. "删去转换造成的字间空格". */
  repairs: z.array(z.string().trim().min(1)).default([]),
});

export type ProcedureDocument = z.output<typeof DocumentSchema>;
