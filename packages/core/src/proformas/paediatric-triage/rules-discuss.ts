import type { ActionCode } from '../../model/actions.ts';
import { firing, type Firing } from '../../model/rule.ts';
import { pr5Clauses, type Pr5Clause } from './clauses-discuss.ts';
import { PR5_REASONS } from './reasons-discuss.ts';
import type { TriageRule } from './types.ts';

/** P-R5 clauses the spec marks [PROJECT RULE]. */
const PROJECT_RULE_CLAUSES: readonly Pr5Clause[] = ['o', 'p'];

// paediatric-triage.md "P-R5 — possible concern → DISCUSS" (one firing per clause; (j) and (k) cross-form)
export const pr5: TriageRule = {
  id: 'P-R5',
  evaluate: (input) => {
    const clauses = pr5Clauses(input);
    const fired: Firing[] = [];
    for (const clause of Object.keys(clauses) as Pr5Clause[]) {
      if (!clauses[clause]) continue;
      const actions: ActionCode[] = ['INFORM_SAFEGUARDING_LEAD'];
      if (clause === 'e') actions.push('MENTAL_HEALTH_REVIEW');
      if (clause === 'o' && input.answers.reportedMissingNow === 'yes') actions.push('POLICE_NOTIFY');
      const extra = PROJECT_RULE_CLAUSES.includes(clause)
        ? { clause, status: 'project-rule' as const }
        : { clause };
      fired.push(firing('P-R5', 'DISCUSS', actions, PR5_REASONS[clause](input), extra));
    }
    return fired;
  },
};
