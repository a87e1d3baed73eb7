// A time rule in words for the page and the planner, e.g. "不晚于「递交入党申请书」后1个月".
// Pure; the wording templates are UI strings passed in (procedure.rule.* in zh-CN.json).
import type { ProcedureRule } from '../../schemas/procedure';
import { offsetWords } from './dates';

/** The UI strings describeRule needs: procedure.rule.min, .minAfter, .max (with {from} and {offset}). */
export type RuleStrings = (key: 'procedure.rule.notBefore' | 'procedure.rule.min' | 'procedure.rule.max', vars: Record<string, string>) => string;

/** The requirement of `rule` on its `to` event, e.g. "不早于「确定为入党积极分子」后1年". */
export function describeRule(rule: Pick<ProcedureRule, 'from' | 'min' | 'max'>, labelOf: (id: string) => string, t: RuleStrings): string {
  const from = labelOf(rule.from);
  if (rule.max) return t('procedure.rule.max', { from, offset: `后${offsetWords(rule.max)}` });
  const offset = offsetWords(rule.min);
  if (!offset) return t('procedure.rule.notBefore', { from });
  // "前7天" reads on its own; forward offsets take 后: "后3个月".
  return t('procedure.rule.min', { from, offset: offset.startsWith('前') ? offset : `后${offset}` });
}
