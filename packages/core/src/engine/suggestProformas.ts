import { ageAt } from '../model/age.ts';
import type { AssessmentContext } from '../model/context.ts';
import type { ProformaId } from '../model/proforma.ts';
import { contextIssues } from '../model/evaluateProforma.ts';
import { ProformaValidationError } from '../model/validation.ts';
import type { EncounterAnswers } from './assessEncounter.ts';

export interface Suggestion {
  id: ProformaId;
  requirement: 'required' | 'offered';
  reason: string;
}

const arr = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const rows = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null) : [];

type Found = { requirement: 'required' | 'offered'; reason: string } | undefined;
const required = (reason: string): Found => ({ requirement: 'required', reason });
const offered = (reason: string): Found => ({ requirement: 'offered', reason });

/** domain/README.md "Combining forms in one encounter": the CSE row (cse.md Triggers). */
const cse = (years: number, ctx: AssessmentContext, t: Record<string, unknown>): Found => {
  if (years >= 18) return undefined;
  const reasons = ctx.attendance.reasons ?? [];
  const signs = arr(t['exploitationSigns']).filter((s) => s !== 'none');
  const missing = t['missingFromHomeOrCare'] === 'yes';
  const police = t['accompaniedBy'] === 'police';
  if (reasons.includes('sexual-health') || reasons.includes('sexual-assault'))
    return required('Required: a sexual-health or sexual-assault attendance under 18.');
  if (t['sexualHealthOrAssault'] === 'yes')
    return required('Required: a sexual-health need or sexual assault (B12).');
  if (years < 16 && ['partner', 'adult-friend', 'unrelated-adult'].includes(String(t['accompaniedBy'])))
    return required('Required: under 16 and came with a partner or an unrelated adult (A3).');
  if (years >= 13 && t['intoxicated'] === 'yes')
    return required('Required: intoxicated at 13 or over (B10).');
  if (years >= 10 && missing) return required('Required: has gone missing from home or care (D3.1a).');
  if (years >= 10 && signs.length > 0) return required('Required: signs of exploitation (B16).');
  if (years >= 10 && police) return required('Required: came with the police (A3).');
  if (missing) return offered('Offered: has gone missing from home or care (D3.1a).');
  if (signs.length > 0) return offered('Offered: signs of exploitation (B16).');
  if (police) return offered('Offered: came with the police (A3).');
  if (t['hurtByAnotherPerson'] === 'other-person')
    return offered('Offered: hurt by another child or an unidentified person (B1.2).');
  if (t['notInEducation'] === 'yes') return offered('Offered: not in education (D3.1b).');
  return offered('Offered: on clinician concern.');
};

/** fgm.md T1–T6. */
const fgm = (years: number, ctx: AssessmentContext, a: EncounterAnswers): Found => {
  const own = a.fgm ?? {};
  const t = a['paediatric-triage'] ?? {};
  const findings = [
    'fgmIsIndicatorFound',
    'practisingCommunity',
    'hasBeenCut',
    'girlDisclosed',
    'signsObserved',
    'thirdPartyReport',
  ];
  if (findings.some((key) => own[key] === 'yes'))
    return required('Required: the FGM form has recorded a finding (T4).');
  if (t['fgmDisclosedOrSeen'] === 'yes')
    return required('Required: FGM disclosed, seen or reported in the triage (B17).');
  if (t['fgmIsIndicator'] === 'yes')
    return required('Required: FGM-IS shows a family-history indicator (A7.1).');
  if (years < 18 && ctx.patient.sex !== 'male') return offered('Offered: a girl under 18.');
  if (years >= 18 && ctx.patient.sex === 'female') return offered('Offered: a woman 18 or over.');
  if (rows(a['hidden-harm']?.['children']).some((r) => r['sex'] !== 'male'))
    return offered("Offered: for the patient's daughters (hidden harm H1a).");
  return offered('Offered: on clinician concern.');
};

/** hidden-harm.md Triggers. */
const hiddenHarm = (years: number, ctx: AssessmentContext, a: EncounterAnswers): Found => {
  if (years < 18) return undefined;
  const reasons = ctx.attendance.reasons ?? [];
  const h0 = arr(a['hidden-harm']?.['presentingReasons']);
  const triggering = ['self-harm', 'intoxication', 'mental-health'];
  if (reasons.some((r) => triggering.includes(r)))
    return required('Required: an adult attending after self-harm, intoxication or a mental-health crisis.');
  if (h0.some((r) => [...triggering, 'substance-misuse', 'domestic-abuse'].includes(r)))
    return required(
      'Required: the reasons recorded in H0 (self-harm, alcohol or drugs, mental health, domestic abuse).',
    );
  return offered('Offered: every adult attendance, on clinician concern.');
};

/**
 * Which forms this attendance needs, with the reason for each (domain/README.md "Combining
 * forms in one encounter"). Required first, then offered.
 */
export const suggestProformas = (
  context: AssessmentContext,
  answersSoFar: EncounterAnswers = {},
): Suggestion[] => {
  const issues = contextIssues(context);
  const age =
    issues.length === 0 ? ageAt(context.patient.dateOfBirth, context.attendance.arrivedAt) : undefined;
  if (!age)
    throw new ProformaValidationError(
      issues.length
        ? issues
        : [
            {
              key: 'patient.dateOfBirth',
              code: 'A1',
              message: 'The date of birth is after the arrival time.',
            },
          ],
    );
  const years = age.years;
  const triage = answersSoFar['paediatric-triage'] ?? {};
  const found: [ProformaId, Found][] = [
    [
      'paediatric-triage',
      years <= 17
        ? required(
            years >= 16
              ? 'Required: every attendance under 18 (16–17 included, P-R7).'
              : 'Required: every attendance under 18.',
          )
        : undefined,
    ],
    [
      'frequent-attender',
      years <= 17
        ? required('Required: every attendance under 18, whatever the family says about earlier visits.')
        : undefined,
    ],
    ['hidden-harm', hiddenHarm(years, context, answersSoFar)],
    ['cse', cse(years, context, triage)],
    ['fgm', fgm(years, context, answersSoFar)],
  ];
  if (
    years >= 18 &&
    rows(answersSoFar['hidden-harm']?.['children']).some((r) => r['whereNow'] === 'in-department')
  ) {
    found.push([
      'paediatric-triage',
      offered('Offered: a child of the patient is here in the department (hidden harm H4a).'),
    ]);
  }
  const list = found.flatMap(([id, f]) => (f ? [{ id, ...f }] : []));
  return [
    ...list.filter((s) => s.requirement === 'required'),
    ...list.filter((s) => s.requirement === 'offered'),
  ];
};
