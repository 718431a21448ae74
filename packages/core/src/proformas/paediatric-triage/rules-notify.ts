import { PROFORMA_IDS, type ProformaId } from '../../model/proforma.ts';
import { firing, type Firing } from '../../model/rule.ts';
import { notifyAction } from './rules-refer.ts';
import type { TriageInput, TriageRule } from './types.ts';
import { FORM_NAMES, joinAnd, SERVICE_NAMES } from './wording.ts';

/** Rules whose firing (any clause) escalates P-R6. */
const ESCALATING_RULES = ['P-R1', 'P-R2', 'P-R3', 'P-R5', 'P-R10', 'P-R11'];
/** Cross-form clauses: the form that caused them. */
const CROSS_FORM_CLAUSES: Record<string, ProformaId> = { 'P-R5:j': 'frequent-attender', 'P-R5:k': 'cse' };

/**
 * The forms that escalate P-R6 (`detail.escalatedBy`): this triage when one of its own clauses
 * fired; the frequent-attender check or the CSE screen for P-R5 (j)/(k); every other form at
 * DISCUSS or above (`otherFormDiscuss`). Empty: no escalation.
 */
export const pr6EscalatedBy = ({ encounter }: TriageInput, fired: readonly Firing[]): ProformaId[] => {
  const forms = new Set<ProformaId>();
  for (const f of fired) {
    if (ESCALATING_RULES.includes(f.rule))
      forms.add(CROSS_FORM_CLAUSES[`${f.rule}:${f.clause}`] ?? 'paediatric-triage');
  }
  if (encounter.otherFormDiscuss) for (const id of encounter.formsAtDiscussOrAbove ?? []) forms.add(id);
  return PROFORMA_IDS.filter((id) => forms.has(id));
};

const cpPhrase = ({ answers }: TriageInput): string => {
  const parts: string[] = [];
  if (answers.cpisResult === 'cpp') parts.push('CP-IS shows that the child is on a child protection plan');
  if (answers.cpisResult === 'lac')
    parts.push('CP-IS shows that the child is looked after by the local authority');
  if (answers.cpisResult === 'unborn-cpp')
    parts.push('CP-IS shows an unborn child on a child protection plan');
  if (answers.cinOrSocialWorker === 'yes')
    parts.push('the child has a child-in-need plan or an allocated social worker');
  const text = joinAnd(parts);
  return text.charAt(0).toUpperCase() + text.slice(1);
};

// paediatric-triage.md "P-R6 — CP-IS flag or open case → NOTIFY or REFER [PROJECT RULE]"
export const pr6: TriageRule = {
  id: 'P-R6',
  evaluate: (input, firedSoFar) => {
    if (!input.derived.cpFlag) return [];
    const by = pr6EscalatedBy(input, firedSoFar);
    if (by.length === 0 && !input.encounter.otherFormDiscuss) {
      const reason = `${cpPhrase(input)}. Tell the child’s allocated social worker or responsible local authority about this attendance.`;
      return [firing('P-R6', 'NOTIFY', ['CPIS_INFORM_SOCIAL_WORKER'], reason, { status: 'project-rule' })];
    }
    const raisedBy = by.length > 0 ? ` (raised by ${joinAnd(by.map((id) => FORM_NAMES[id]))})` : '';
    const reason =
      `${cpPhrase(input)}, and there is also a safeguarding concern in this attendance${raisedBy}. ` +
      'Refer today to the child’s allocated social worker or responsible local authority, and tell the safeguarding lead.';
    return [
      firing('P-R6', 'REFER', ['CPIS_INFORM_SOCIAL_WORKER', 'INFORM_SAFEGUARDING_LEAD'], reason, {
        status: 'project-rule',
      }),
    ];
  },
};

// paediatric-triage.md "P-R7 — form selection → NO_CONCERN" (18+ is refused by checkContext)
export const pr7: TriageRule = {
  id: 'P-R7',
  evaluate: ({ age }) =>
    age.years >= 16
      ? [
          firing(
            'P-R7',
            'NO_CONCERN',
            [],
            `At ${age.years} the young person may consent to their own treatment but is still a child in law, so this triage is used in full, not adult paperwork.`,
          ),
        ]
      : [],
};

// paediatric-triage.md "P-R9 — no GP → NOTIFY [PROJECT RULE: id added here]"
export const pr9: TriageRule = {
  id: 'P-R9',
  evaluate: ({ answers, derived }) =>
    answers.gpRegistered === 'no'
      ? [
          firing(
            'P-R9',
            'NOTIFY',
            [notifyAction(derived.notifyService)],
            `The child is not registered with a GP. Ask the ${SERVICE_NAMES[derived.notifyService]} to help the family register.`,
            { status: 'project-rule' },
          ),
        ]
      : [],
};

// paediatric-triage.md "P-R12 — not in education → NOTIFY"
export const pr12: TriageRule = {
  id: 'P-R12',
  evaluate: ({ answers, derived }) =>
    answers.notInEducation === 'yes'
      ? [
          firing(
            'P-R12',
            'NOTIFY',
            ['NOTIFY_GP', notifyAction(derived.notifyService)],
            `The child is of school age and is not on a school roll or known to be home-educated. Ask the GP and ${SERVICE_NAMES[derived.notifyService]} to tell the local authority’s children-missing-education team.`,
          ),
        ]
      : [],
};

// paediatric-triage.md "P-R13 — CP-IS not checked → NO_CONCERN" (does not block P-R8)
export const pr13: TriageRule = {
  id: 'P-R13',
  evaluate: ({ answers }) =>
    answers.cpisResult === 'not-available'
      ? [
          firing(
            'P-R13',
            'NO_CONCERN',
            ['INFORM_SAFEGUARDING_LEAD'],
            'CP-IS, the national child protection record, could not be checked today. The safeguarding lead checks it the next working day.',
          ),
        ]
      : [],
};
