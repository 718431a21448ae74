import type { Age } from '../../model/age.ts';
import type { AssessmentContext } from '../../model/context.ts';
import type { ContextIssue, Phase, ProformaDefinition } from '../../model/proforma.ts';
import { hiddenHarmAlerts } from './alerts.ts';
import { hiddenHarmCompletionChecks } from './completion.ts';
import { deriveHiddenHarm, hiddenHarmDerivedReads } from './derived.ts';
import { hiddenHarmItems } from './items.ts';
import { HIDDEN_HARM_RULE_IDS, hiddenHarmLevelActions, hiddenHarmRules } from './rules.ts';
import { hiddenHarmSchema, type HiddenHarmAnswers } from './schema.ts';
import type { HiddenHarmDerived, HiddenHarmInput, HiddenHarmPhaseId } from './types.ts';

/** The phases of hidden-harm.md "Flow", with plain titles (outcome and signedOff: the shared lifecycle). */
const phases: readonly Phase<HiddenHarmPhaseId>[] = [
  { id: 'presentation', title: 'Why the patient is here' },
  { id: 'dependants', title: 'Children, pregnancy and other dependants' },
  { id: 'safetyNow', title: 'Is anyone in danger now?' },
  { id: 'household', title: 'The household' },
  { id: 'domesticAbuse', title: 'Domestic abuse (asked only in private)' },
  { id: 'informationSharing', title: 'Sharing information' },
];

/** `detail` = { dashScore? (only when the DASH was done), maracRoutes, householdFactors }. */
const detail = ({ derived }: HiddenHarmInput): Record<string, unknown> => ({
  ...(derived.dashScore !== undefined ? { dashScore: derived.dashScore } : {}),
  maracRoutes: derived.maracRoutes,
  householdFactors: derived.householdFactors,
});

/**
 * hidden-harm.md "Triggers": never for a patient under 18, who goes to the paediatric triage (P-R7).
 * SAFER READING: assessing a child with this form is refused, as the triage refuses adults.
 */
const checkContext = (_context: AssessmentContext, age: Age): ContextIssue[] =>
  age.years < 18
    ? [
        {
          key: 'patient.dateOfBirth',
          code: 'A1',
          message:
            'The hidden harm form is for adults 18 or over: this patient is under 18 at arrival, so use the paediatric safeguarding triage.',
        },
      ]
    : [];

export const hiddenHarm: ProformaDefinition<HiddenHarmAnswers, HiddenHarmDerived, HiddenHarmPhaseId> = {
  id: 'hidden-harm',
  title: 'Adult hidden harm and Think Family, with the DASH risk checklist',
  purpose:
    'For an adult who comes in after self-harm, alcohol or drugs, domestic abuse or a mental-health crisis: who depends on them, is any child or adult in danger, and who must act or be told?',
  // The spec carries no version number; this is the rule-set version (coding.md: Questionnaire.version).
  specVersion: '0.1.0',
  reviewStatus: 'draft',
  schema: hiddenHarmSchema,
  items: hiddenHarmItems,
  phases,
  alerts: hiddenHarmAlerts,
  derive: deriveHiddenHarm,
  derivedReads: hiddenHarmDerivedReads,
  rules: hiddenHarmRules,
  detail,
  checkContext,
  completionChecks: hiddenHarmCompletionChecks,
  levelActions: hiddenHarmLevelActions,
  ruleIds: HIDDEN_HARM_RULE_IDS,
};
