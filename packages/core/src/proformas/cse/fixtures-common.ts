import type { AssessmentContext, AttendanceReason, Sex } from '../../model/context.ts';
import type { SafeguardingConfig } from '../../model/config.ts';
import type { ProformaFixture } from '../../model/fixture.ts';
import { INDICATOR_KEYS } from './indicators.ts';
import type { CseAnswers } from './schema.ts';

// Shared pieces of the CSE fixtures. Synthetic data only.

export type CseFixture = ProformaFixture<CseAnswers>;

/** A Monday in winter (London = UTC): every fixture arrives then unless it says otherwise. */
export const ARRIVED_AT = '2025-03-10T10:00:00+00:00';

/** Born on 1 September, `years` completed years before ARRIVED_AT (e.g. 15 → 2009-09-01). */
export const bornYearsAgo = (years: number): string => `${2025 - years - 1}-09-01`;

export const context = (
  years: number,
  sex: Sex,
  reasons: AttendanceReason[] = ['sexual-health'],
  config?: Partial<SafeguardingConfig>,
  arrivedAt = ARRIVED_AT,
): AssessmentContext => ({
  patient: { dateOfBirth: bornYearsAgo(years), sex },
  attendance: { arrivedAt, providerId: 'SYNTH-MIU-1', departmentType: '03', category: 'unplanned', reasons },
  ...(config ? { config } : {}),
});

/** Fraser ×5 yes and S2.6 yes. */
export const FRASER_MET: Partial<CseAnswers> = {
  fraserUnderstandsAdvice: 'yes',
  fraserWillNotTellParents: 'yes',
  fraserLikelyToHaveSex: 'yes',
  fraserHealthWillSuffer: 'yes',
  fraserBestInterests: 'yes',
  gillickCompetent: 'yes',
};

/**
 * cse.md "Worked examples": "Unlisted items are no (S17 []); seenAlone = yes; livingSituation =
 * parents; S16 agrees from 13." Fraser items are never defaulted (each example lists them). To make
 * the screen complete, S4 defaults to `local` (no rule reads it) and the voice phase is filled in;
 * answers to items that are hidden are removed by the engine.
 */
export const screened = (answers: Partial<CseAnswers>): Partial<CseAnswers> => ({
  immediateDanger: 'no',
  sexualActivity: 'no',
  pregnancyOrSti: [],
  howMetPartner: 'local',
  livingSituation: 'parents',
  seenAlone: 'yes',
  ...(Object.fromEntries(INDICATOR_KEYS.map((key) => [key, 'no'])) as Partial<CseAnswers>),
  youngPersonAccount: 'Synthetic quote: "I just want to get this sorted today."',
  demeanour: ['settled'],
  confidentialityExplained: 'yes',
  youngPersonSharingView: 'agrees',
  concernSummary: 'Synthetic summary of the concern for the referral or notification.',
  ...answers,
});
