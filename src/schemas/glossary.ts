import { z } from 'astro/zod';
import { EntryIdSchema, optionalText, requiredText, strictObject } from './shared';

export const GlossaryTermSchema = strictObject({
  /** The term as commonly written, e.g. "三会一课". */
  term: requiredText('术语 term', '三会一课'),
  /** Other spellings and short forms, e.g. ["三会一课制度"]; default []. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** A short definition in plain words (our own wording, never a quotation). */
  definition: requiredText('释义 definition', '党支部定期召开支部党员大会、支部委员会、党小组会和按时上好党课的制度。')
    .max(300, { error: (issue) => `释义过长（${String(issue.input).length} 字，最多 300 字）。请精简。` }),
  /** Id of the policy entry that sets the term, e.g. "zhibu-gongzuo-tiaoli". */
  regulation: EntryIdSchema.optional(),
  /** Article or section within that regulation, e.g. "第十九条". */
  article: optionalText('条款 article', '第十九条'),
});

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
