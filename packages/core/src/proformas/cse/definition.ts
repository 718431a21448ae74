import type { Age } from '../../model/age.ts';
import type { AssessmentContext } from '../../model/context.ts';
import { compareDates, londonDate, parseDate } from '../../model/dates.ts';
import type { ContextIssue, Phase, ProformaDefinition } from '../../model/proforma.ts';
import type { Firing } from '../../model/rule.ts';
import { cseAlerts } from './alerts.ts';
import { deriveCse } from './derived.ts';
import { cseDerivedReads } from './derivedReads.ts';
import { c } from './items-common.ts';
import { cseItems } from './items.ts';
import { CSE_RULE_IDS, cseRules } from './rules.ts';
import { cseSchema, type CseAnswers } from './schema.ts';
import type { CseDerived, CseInput, CsePhaseId } from './types.ts';

/** The phases of cse.md "Flow" (outcome and signedOff are the shared lifecycle's). */
const phases: readonly Phase<CsePhaseId>[] = [
  { id: 'reason', title: 'Why the screen is being done' },
  { id: 'consent', title: 'Fraser and Gillick' },
  { id: 'relationship', title: 'Partner, home and being seen alone' },
  { id: 'indicators', title: 'Signs of exploitation' },
  { id: 'voice', title: "The young person's voice" },
];

/**
 * `detail` (cse.md "Derived values"): fraserMet when the Fraser criteria are asked;
 * daysSinceAssault when a date is given; forensicWindowOpen once S10 settles it.
 */
const detail = ({ derived: d, answers: a }: CseInput, fired: readonly Firing[]): Record<string, unknown> => ({
  cseRisk: d.cseRisk,
  green: d.green,
  amber: d.amber,
  red: d.red,
  ...(d.fraserShown ? { fraserMet: d.fraserMet } : {}),
  ...(d.daysSinceAssault !== undefined ? { daysSinceAssault: d.daysSinceAssault } : {}),
  ...(a.assaultTiming === 'date-not-known' || d.daysSinceAssault !== undefined
    ? { forensicWindowOpen: d.forensicWindowOpen }
    : {}),
  ecDoNotDelay: fired.some((f) => f.rule === 'C-R7'),
});

/** Never at 18+ (Triggers); S10.1 not after the attendance date (Items, "Validation errors"). */
const checkContext = (
  context: AssessmentContext,
  age: Age,
  answers: Record<string, unknown>,
): ContextIssue[] => {
  const issues: ContextIssue[] = [];
  // SAFER READING: the spec only says the form is never offered at 18+; assessing one is refused
  // (as the triage does, P-R7) rather than applying under-16 rules to an adult.
  if (age.years >= 18) {
    issues.push({
      key: 'patient.dateOfBirth',
      code: 'A1',
      message: 'The CSE screen is for young people under 18: this patient is 18 or over at arrival.',
    });
  }
  const raw = typeof answers === 'object' && answers !== null ? answers['assaultDate'] : undefined;
  const assault = typeof raw === 'string' ? parseDate(raw) : undefined;
  if (assault && compareDates(assault, londonDate(context.attendance.arrivedAt)) > 0) {
    issues.push({
      key: 'assaultDate',
      code: 'S10.1',
      message: 'The date of the most recent assault cannot be after the date of this attendance.',
    });
  }
  return issues;
};

export const cse: ProformaDefinition<CseAnswers, CseDerived, CsePhaseId> = {
  id: 'cse',
  title: 'Child sexual exploitation (CSE) traffic-light screen',
  purpose:
    'For an under-18 seeking emergency contraception or sexual-health care, or disclosing sexual assault: how likely is sexual exploitation or abuse, and what must happen before the young person leaves?',
  specVersion: 'cse.md (project draft, 2025)',
  reviewStatus: 'draft',
  schema: cseSchema,
  items: cseItems,
  phases,
  phaseShownWhen: { consent: c.derived('fraserShown') },
  alerts: cseAlerts,
  derive: deriveCse,
  derivedReads: cseDerivedReads,
  rules: cseRules,
  detail,
  checkContext,
  ruleIds: CSE_RULE_IDS,
};
