import type { AssessmentContext, Sex } from '../../model/context.ts';
import {
  DASH_SCORED_KEYS,
  type ChildElsewhereRow,
  type ChildRow,
  type DashScoredKey,
  type HiddenHarmAnswers,
} from './schema.ts';

// Builders for the hidden-harm fixtures (synthetic people only). Every fixture arrives on Monday
// 10 March 2025, so dates of birth can be read as ages at arrival.

export const ARRIVED_AT = '2025-03-10T10:00:00+00:00';

/** A date of birth giving `years` completed years at arrival (born mid-June). */
export const bornYearsAgo = (years: number): string => `${2024 - years}-06-15`;

/** The context of one adult attendance. */
export const adult = (years: number, sex: Sex): AssessmentContext => ({
  patient: { dateOfBirth: bornYearsAgo(years), sex },
  attendance: { arrivedAt: ARRIVED_AT, providerId: 'RX1', departmentType: '03', category: 'unplanned' },
});

/**
 * The worked examples' convention (hidden-harm.md "Worked examples"): unlisted answers are `no`,
 * `none` or hidden; H12b and H13 = yes.
 */
export const answers = (patch: Partial<HiddenHarmAnswers>): Partial<HiddenHarmAnswers> => ({
  childrenUnder18: 'no',
  otherChildrenElsewhere: 'no',
  pregnant: 'no',
  otherDependants: 'no',
  patientAdultAtRisk: 'no',
  intentToHarmChild: 'no',
  householdSubstanceMisuse: 'no',
  householdMentalHealth: 'no',
  safeToTalkNow: 'yes',
  householdDomesticAbuse: 'no',
  domesticAbuseDisclosed: 'no',
  infoSharingExplained: 'yes',
  ...patch,
});

/** The items shown for a child in the patient's care (H5, H6, H11), answered as in the examples. */
export const inCare = (plan: string): Partial<HiddenHarmAnswers> => ({
  childWithoutSafeAdult: 'no',
  childrenWitnessed: 'no',
  childCarePlan: plan,
});

/** A `children` row; unlisted fields as the examples' convention, a carer named where one is asked. */
export const child = (name: string, dateOfBirth: string, patch: Partial<ChildRow> = {}): ChildRow => {
  const row: ChildRow = {
    name,
    dateOfBirth,
    sex: 'male',
    livesWithPatient: 'yes',
    whereNow: 'home',
    whoCaringNow: 'other-parent',
    cpisStatus: 'none',
    ...patch,
  };
  const carer = ['other-parent', 'relative', 'friend', 'childcare-school'].includes(row.whoCaringNow ?? '');
  if (carer && row.carerName === undefined) row.carerName = 'Sam Example, parent';
  if (row.whoCaringNow === 'alone' && row.aloneOvernight === undefined) row.aloneOvernight = 'no';
  return row;
};

export const childElsewhere = (name: string, dateOfBirth: string): ChildElsewhereRow => ({
  name,
  dateOfBirth,
  livesWith: 'With the other parent, 3 Example Close, Exampleton',
});

/** Domestic abuse disclosed by a victim, in private. */
export const disclosedVictim = (patch: Partial<HiddenHarmAnswers>): Partial<HiddenHarmAnswers> => ({
  domesticAbuseDisclosed: 'yes',
  domesticAbuseRole: 'victim',
  adultImmediateDanger: 'no',
  professionalJudgementHigh: 'no',
  ...patch,
});

/** The DASH agreed and answered: `yes` to the listed items, `no` to the rest. */
export const dash = (yes: readonly DashScoredKey[]): Partial<HiddenHarmAnswers> => ({
  dashAgreed: 'yes',
  ...Object.fromEntries(DASH_SCORED_KEYS.map((key) => [key, yes.includes(key) ? 'yes' : 'no'])),
});

/** The first `n` scored DASH items other than DASH3 (dashFearsFurtherInjury). */
export const dashOthers = (n: number): DashScoredKey[] =>
  DASH_SCORED_KEYS.filter((key) => key !== 'dashFearsFurtherInjury').slice(0, n);

/** What a MARAC referral needs (H12c, H12e). */
export const maracDetails: Partial<HiddenHarmAnswers> = {
  safeContactDetails: 'Mobile 07700 900123, weekdays 9 to 12; no messages',
  maracVictimAware: 'yes',
};

export const SUMMARY = 'Summary confirmed by the clinician.';
