// The parts of a 整改方案 around its numbered problems: an opening, 整改目标, 组织领导, 工作要求 and
// the unit and date at the end, as every real 方案 has them. Our default wording (our own words,
// general enough for any branch) is used until the user edits a part on /list/.
import { t, type MessageKey } from '../i18n';
import type { ListDoc, PlanParts } from './list-store';
import { fillPlaceholders, type FillValues } from './placeholders';

/** Parts whose text is prose (several paragraphs, one a line). */
export const PROSE_PARTS = ['opening', 'goal', 'organization', 'requirements'] as const;
export type ProsePart = (typeof PROSE_PARTS)[number];

/** The 方案 as the exporter writes it: every part resolved to its final text. */
export interface PlanText {
  opening: string[];
  goal: string[];
  organization: string[];
  requirements: string[];
  /** The issuing unit under the text; "" when no unit is known (the check before export says so). */
  signature: string;
  /** 成文日期 in Arabic numerals (GB/T 9704 7.3.5), e.g. "2025年3月1日". */
  date: string;
}

/** Today as a 成文日期, e.g. 2025-03-01 → "2025年3月1日". */
export function documentDate(now = new Date()): string {
  return `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
}

/** Our default wording of a prose part, with the unit name filled in ("本单位" when none is given). */
export function defaultPart(part: ProsePart, values: FillValues = {}): string {
  const unit = values['unit']?.trim() || t('workbench.plan.defaultUnit');
  return t(`workbench.plan.default.${part}` as MessageKey, { unit });
}

const paragraphs = (text: string) => text.split(/\n+/).map((line) => line.trim()).filter(Boolean);

/** The 方案's parts for export: the user's text where given, else our defaults; placeholders filled. */
export function planText(doc: Pick<ListDoc, 'plan'>, values: FillValues = {}, now = new Date()): PlanText {
  const plan: PlanParts = doc.plan ?? {};
  const prose = (part: ProsePart) => paragraphs(fillPlaceholders(plan[part]?.trim() || defaultPart(part, values), values));
  return {
    opening: prose('opening'),
    goal: prose('goal'),
    organization: prose('organization'),
    requirements: prose('requirements'),
    signature: fillPlaceholders(plan.signature?.trim() || values['unit']?.trim() || '', values),
    date: plan.date?.trim() || documentDate(now),
  };
}
