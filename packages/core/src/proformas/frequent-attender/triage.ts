import type { AttendanceReason } from '../../model/context.ts';
import type { EncounterInputs } from '../../model/proforma.ts';

// What this form reads from the paediatric triage's answers in assessEncounter
// (frequent-attender.md: B7 head injury, B10, B11, B12.1, A7, A8; A9 for the listing hint).

export interface TriageFindings {
  /** B7 `injuryTypes` has `head-injury`. */
  headInjury: boolean;
  /** A7 `cpisResult` ∈ {cpp, lac, unborn-cpp} or A8 `cinOrSocialWorker` = yes. */
  knownToSocialCare: boolean;
  /** A7 = none and A8 = no (V5 is prefilled `no`). */
  notKnownToSocialCare: boolean;
  /** B10 → intoxication, B11 → self-harm, B12.1 sexual-assault → sexual-assault. */
  reasons: AttendanceReason[];
  /** A9, the family's count of earlier unplanned visits in the past year. */
  familyCount: number | undefined;
}

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

// SAFER READING: the triage's answers are read as sent (its draft), even one its own form would
// hide: a head injury or a social-care flag recorded anywhere is never ignored here.
export const triageFindings = (encounter: EncounterInputs): TriageFindings => {
  const triage = encounter.otherAnswers?.['paediatric-triage'] ?? {};
  const cpis = triage['cpisResult'];
  const cin = triage['cinOrSocialWorker'];
  const reasons: AttendanceReason[] = [];
  if (triage['intoxicated'] === 'yes') reasons.push('intoxication');
  if (triage['selfHarmOrOverdose'] === 'yes') reasons.push('self-harm');
  if (list(triage['sexualHealthNeeds']).includes('sexual-assault')) reasons.push('sexual-assault');
  const a9 = triage['previousAttendances12m'];
  return {
    headInjury: list(triage['injuryTypes']).includes('head-injury'),
    knownToSocialCare: ['cpp', 'lac', 'unborn-cpp'].includes(String(cpis)) || cin === 'yes',
    notKnownToSocialCare: cpis === 'none' && cin === 'no',
    reasons,
    familyCount: typeof a9 === 'number' ? a9 : undefined,
  };
};
