// What the planner island receives from the page (as a data attribute): events, rules with
// their citations already resolved, and the step titles. Build-time only.
import type { Procedure, ProcedureRule } from '../../schemas/procedure';
import type { CatalogPolicy } from '../policy-titles';
import { citationOf, type Citation } from './citation';

/** A rule with its source as shown. */
export interface ClientRule extends ProcedureRule {
  basis: Citation;
}

/** The procedure as the planner sees it. */
export interface ClientProcedure {
  events: Procedure['events'];
  rules: ClientRule[];
  extension?: Procedure['extension'] & { basis: Citation };
  /** Step number → title, e.g. { 2: '党组织派人谈话' }. */
  steps: Record<number, string>;
  /** Citation of 预备期满 (第三十二条), for the ledger. */
  derived: Record<string, Citation>;
}

/** The planner's data for `procedure`, citing `policy` (the 细则's catalogue entry). */
export function clientProcedure(procedure: Procedure, policy: CatalogPolicy): ClientProcedure {
  const steps: Record<number, string> = {};
  for (const stage of procedure.stages) for (const step of stage.steps) steps[step.n] = step.title;
  const derived: Record<string, Citation> = {};
  for (const event of procedure.events) if (event.derived) derived[event.id] = citationOf(event.derived, procedure, policy);
  const data: ClientProcedure = {
    events: procedure.events,
    rules: procedure.rules.map((rule) => ({ ...rule, basis: citationOf(rule, procedure, policy) })),
    steps,
    derived,
  };
  if (procedure.extension) data.extension = { ...procedure.extension, basis: citationOf(procedure.extension, procedure, policy) };
  return data;
}
