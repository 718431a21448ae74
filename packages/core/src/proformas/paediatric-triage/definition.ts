import type { AssessmentContext } from '../../model/context.ts';
import type { Age } from '../../model/age.ts';
import type { ContextIssue, Phase, ProformaDefinition } from '../../model/proforma.ts';
import type { Firing } from '../../model/rule.ts';
import { paediatricTriageAlerts } from './alerts.ts';
import { derivePaediatricTriage } from './derived.ts';
import { paediatricTriageDerivedReads } from './derivedReads.ts';
import { paediatricTriageItems } from './items.ts';
import { PAEDIATRIC_TRIAGE_RULE_IDS, paediatricTriageRules } from './rules.ts';
import { pr6EscalatedBy } from './rules-notify.ts';
import { paediatricTriageSchema, type PaediatricTriageAnswers } from './schema.ts';
import type { PaediatricTriageDerived, TriageInput, TriagePhaseId } from './types.ts';

/** The phases of paediatric-triage.md "Flow", with plain titles. */
const phases: readonly Phase<TriagePhaseId>[] = [
  { id: 'safety', title: 'Safety now' },
  { id: 'whoAndChecks', title: 'Who is with the child, and record checks' },
  { id: 'presentation', title: 'Why the child came, and any injury' },
  { id: 'child', title: 'The child' },
  { id: 'family', title: 'Family and home' },
  { id: 'linkedForms', title: 'Other forms for this visit' },
  { id: 'sharing', title: 'Sharing information and decisions' },
];

/**
 * `detail` (paediatric-triage.md "Derived values"): routineSummaryTo only when P-R8 fired, its
 * privacy only for a confidential letter; cseRisk and faLevel only from assessEncounter;
 * escalatedBy only when P-R6 escalated.
 */
const detail = (input: TriageInput, fired: readonly Firing[]): Record<string, unknown> => {
  const { derived } = input;
  const pr8 = fired.some((f) => f.rule === 'P-R8');
  const escalated = fired.some((f) => f.rule === 'P-R6' && f.level === 'REFER');
  return {
    ageYears: derived.ageYears,
    ageMonths: derived.ageMonths,
    nonMobile: derived.nonMobile,
    notifyService: derived.notifyService,
    cpFlag: derived.cpFlag,
    ...(pr8 ? { routineSummaryTo: derived.routineSummaryTo } : {}),
    ...(pr8 && derived.privateSummary
      ? { routineSummaryPrivacy: { notForOnlineView: true, omitSexualHealth: !derived.sharingAgreed } }
      : {}),
    ...(derived.cseRisk !== undefined ? { cseRisk: derived.cseRisk } : {}),
    ...(derived.faLevel !== undefined ? { faLevel: derived.faLevel } : {}),
    ...(escalated ? { escalatedBy: pr6EscalatedBy(input, fired) } : {}),
  };
};

/** P-R7: this form is for under-18s only (birth after arrival is refused by the engine). */
const checkContext = (_context: AssessmentContext, age: Age): ContextIssue[] =>
  age.years >= 18
    ? [
        {
          key: 'patient.dateOfBirth',
          code: 'A1',
          message:
            'The paediatric triage is for children under 18: this patient is 18 or over at arrival (P-R7).',
        },
      ]
    : [];

export const paediatricTriage: ProformaDefinition<
  PaediatricTriageAnswers,
  PaediatricTriageDerived,
  TriagePhaseId
> = {
  id: 'paediatric-triage',
  title: 'Paediatric safeguarding triage',
  purpose:
    'For every child or young person under 18 who attends: is there a safeguarding concern, how urgent is it, and who must act or be told?',
  // The spec carries no version number; this is the rule-set version (coding.md: Questionnaire.version).
  specVersion: '0.1.0',
  reviewStatus: 'draft',
  schema: paediatricTriageSchema,
  items: paediatricTriageItems,
  phases,
  alerts: paediatricTriageAlerts,
  derive: derivePaediatricTriage,
  derivedReads: paediatricTriageDerivedReads,
  rules: paediatricTriageRules,
  detail,
  checkContext,
  ruleIds: PAEDIATRIC_TRIAGE_RULE_IDS,
};
