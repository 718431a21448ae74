import type { AssessmentContext } from '../../model/context.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import type { FrequentAttenderAnswers } from './schema.ts';
import { triageFindings } from './triage.ts';

/**
 * The answers frequent-attender.md "Items" prefills (the clinician confirms each): V4 from
 * `attendance.reasons`; V5 `yes` from triage A7 ∈ {cpp, lac, unborn-cpp} or A8 = yes, `no` from
 * A7 = none and A8 = no; V14 `yes` when triage B7 has `head-injury`. Nothing else is guessed.
 * Answers to items not shown are dropped by the engine, so the whole prefill can be merged at once.
 */
export const frequentAttenderPrefill = (
  context: AssessmentContext,
  encounter: EncounterInputs = {},
): Partial<FrequentAttenderAnswers> => {
  const triage = triageFindings(encounter);
  const prefill: Partial<FrequentAttenderAnswers> = {};
  const reasons = context.attendance.reasons ?? [];
  if (reasons.length > 0) prefill.todayReasons = [...reasons];
  if (triage.knownToSocialCare) prefill.knownToSocialCare = 'yes';
  else if (triage.notKnownToSocialCare) prefill.knownToSocialCare = 'no';
  if (triage.headInjury) prefill.headInjuryToday = 'yes';
  return prefill;
};

/**
 * The Listing hint (Flow 3): when triage A9, the family's count, exceeds the earlier counted
 * visits, ask for the missing ones in V3. Undefined when nothing is missing.
 */
export const familyCountHint = (familyReportedMore: number): string | undefined =>
  familyReportedMore > 0
    ? `The family told the triage about ${familyReportedMore} more ${
        familyReportedMore === 1 ? 'visit' : 'visits'
      } than the list shows. Ask where and when, and add ${familyReportedMore === 1 ? 'it' : 'them'} below (V3).`
    : undefined;
