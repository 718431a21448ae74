import * as z from 'zod/mini';
import { parseDate } from '../../model/dates.ts';

// The answers of the adult hidden-harm form (hidden-harm.md "Items"). Every key is optional: a draft
// is partial. Option codes are the spec's, exactly; items.ts labels them.

export const PRESENTING_REASONS = [
  'self-harm',
  'intoxication',
  'substance-misuse',
  'mental-health',
  'domestic-abuse',
  'assault',
  'sexual-assault',
  'other',
] as const;
export const CHILD_SEXES = ['female', 'male', 'indeterminate', 'unknown'] as const;
export const WHERE_NOW = [
  'home',
  'other-home',
  'school-childcare',
  'in-department',
  'other',
  'unknown',
] as const;
export const WHO_CARING_NOW = [
  'other-parent',
  'relative',
  'friend',
  'childcare-school',
  'patient',
  'alone',
  'unknown',
] as const;
export const CPIS_STATUSES = ['cpp', 'lac', 'cin', 'none', 'not-available'] as const;
export const CONTACT_ELSEWHERE = ['none', 'supervised', 'unsupervised-or-overnight'] as const;
export const PREGNANT_PERSONS = ['patient', 'partner'] as const;
export const DA_ROLES = ['victim', 'perpetrator', 'both'] as const;

/** The 24 scored DASH items, in SafeLives order (DASH1–DASH24; DASH3.1 is text and unscored). */
export const DASH_SCORED_KEYS = [
  'dashInjured',
  'dashFrightened',
  'dashFearsFurtherInjury',
  'dashIsolated',
  'dashDepressedSuicidal',
  'dashSeparation',
  'dashChildContactConflict',
  'dashStalkingHarassment',
  'dashPregnantOrRecentBaby',
  'dashMoreOften',
  'dashGettingWorse',
  'dashControllingJealous',
  'dashWeapons',
  'dashThreatsToKill',
  'dashStrangulation',
  'dashSexualAbuse',
  'dashThirdPartyThreats',
  'dashHurtOthers',
  'dashAnimalCruelty',
  'dashFinancialDependence',
  'dashAbuserProblems',
  'dashAbuserSuicideThreats',
  'dashBreachedOrders',
  'dashCriminalHistory',
] as const;
export type DashScoredKey = (typeof DASH_SCORED_KEYS)[number];

const choice = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.optional(z.enum(codes, { error: 'Choose one of the options listed for this question.' }));
const yesNo = z.optional(z.enum(['yes', 'no'], { error: 'Choose yes or no.' }));
const yesNoUnknown = z.optional(z.enum(['yes', 'no', 'unknown'], { error: 'Choose yes, no or not known.' }));
const text = z.optional(z.string({ error: 'Enter text.' }));
/** A calendar date; whether it fits a child under 18 is a completion rule (hidden-harm.md). */
// SAFER READING: a value that is not a real YYYY-MM-DD date is a wrong type and throws.
const date = z.optional(
  z
    .string({ error: 'Enter a date.' })
    .check(z.refine((v) => parseDate(v) !== undefined, { error: 'Enter a real date as YYYY-MM-DD.' })),
);
const wholeNumber = z.int({ error: 'Enter a whole number.' });
const atLeastZero = z.minimum(0, { error: 'Enter 0 or more.' });

/** One `children` row (H1a). The NHS number's check digit is a completion rule, not a type. */
export const childRowSchema = z.strictObject({
  name: text,
  dateOfBirth: date,
  sex: choice(CHILD_SEXES),
  livesWithPatient: yesNo,
  address: text,
  whereNow: choice(WHERE_NOW),
  whoCaringNow: choice(WHO_CARING_NOW),
  carerName: text,
  aloneOvernight: yesNo,
  schoolOrNursery: text,
  gp: text,
  nhsNumber: text,
  cpisStatus: choice(CPIS_STATUSES),
});

/** One `childrenElsewhere` row (H1c). */
export const childElsewhereRowSchema = z.strictObject({
  name: text,
  dateOfBirth: date,
  livesWith: text,
  gp: text,
});

const rows = <T extends z.core.$ZodType>(row: T) =>
  z.optional(z.array(row, { error: 'Give a list of children (an empty list means none entered yet).' }));

const dashShape = Object.fromEntries(DASH_SCORED_KEYS.map((key) => [key, yesNoUnknown])) as Record<
  DashScoredKey,
  typeof yesNoUnknown
>;

export const hiddenHarmSchema = z.strictObject({
  presentingReasons: z.optional(
    z.array(
      z.enum(PRESENTING_REASONS, { error: 'This is not one of the options listed for this question.' }),
      {
        error: 'Give a list of the reasons that apply.',
      },
    ),
  ),
  childrenUnder18: yesNoUnknown,
  children: rows(childRowSchema),
  otherChildrenElsewhere: yesNoUnknown,
  contactWithChildrenElsewhere: choice(CONTACT_ELSEWHERE),
  childrenElsewhere: rows(childElsewhereRowSchema),
  pregnant: yesNoUnknown,
  pregnantPerson: choice(PREGNANT_PERSONS),
  gestationWeeks: z.optional(wholeNumber.check(atLeastZero, z.maximum(45, { error: 'Enter 45 or less.' }))),
  otherDependants: yesNo,
  dependantCaredForNow: yesNo,
  patientAdultAtRisk: yesNoUnknown,
  childWithoutSafeAdult: yesNo,
  intentToHarmChild: yesNo,
  childAccessibleToPatient: yesNo,
  childrenWitnessed: yesNoUnknown,
  householdDomesticAbuse: yesNoUnknown,
  householdSubstanceMisuse: yesNoUnknown,
  householdMentalHealth: yesNoUnknown,
  professionalsInvolved: text,
  childCarePlan: text,
  safeToTalkNow: yesNo,
  domesticAbuseDisclosed: yesNo,
  domesticAbuseRole: choice(DA_ROLES),
  adultImmediateDanger: yesNo,
  safeContactDetails: text,
  dashAgreed: yesNo,
  ...dashShape,
  dashFearsDetail: text,
  professionalJudgementHigh: yesNo,
  incidentsLast12Months: z.optional(wholeNumber.check(atLeastZero)),
  maracVictimAware: yesNo,
  infoSharingExplained: yesNo,
  infoSharingNotExplainedReason: text,
  concernSummary: text,
});

export type HiddenHarmAnswers = z.infer<typeof hiddenHarmSchema>;
export type HiddenHarmKey = keyof HiddenHarmAnswers & string;
export type ChildRow = z.infer<typeof childRowSchema>;
export type ChildElsewhereRow = z.infer<typeof childElsewhereRowSchema>;
export type ChildField = keyof ChildRow & string;
export type ChildElsewhereField = keyof ChildElsewhereRow & string;
export type PresentingReason = (typeof PRESENTING_REASONS)[number];
