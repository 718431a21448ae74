import * as z from 'zod/mini';
import { parseDate } from '../../model/dates.ts';

// The answers of the CSE traffic-light screen (cse.md "Items"). Every key is optional: a draft is
// partial. Option codes are the spec's, exactly; items.ts labels them.

export const SCREEN_REASONS = [
  'emergency-contraception',
  'contraception',
  'pregnancy-test',
  'sti',
  'sexual-assault',
  'genital-anal-symptoms',
  'other-concern',
] as const;
/** S7 codes that make a sexual-health request (`sexualHealthRequest`). */
export const SEXUAL_HEALTH_REQUESTS = [
  'emergency-contraception',
  'contraception',
  'pregnancy-test',
  'sti',
] as const;
export const PREGNANCY_OR_STI = ['pregnant', 'sti'] as const;
export const PARTNER_AGE_STATUSES = ['stated', 'unknown-or-wont-say', 'no-partner'] as const;
export const HOW_MET = ['school-college', 'local', 'online', 'through-friends', 'other'] as const;
export const LIVING_SITUATIONS = [
  'parents',
  'relative',
  'foster-care',
  'residential',
  'supported-independent',
  'homeless',
] as const;
export const ASSAULT_TIMINGS = ['date-known', 'date-not-known'] as const;
export const NO_ACCOUNT_REASONS = ['declined', 'asleep-or-unwell', 'not-seen-alone', 'other'] as const;
export const DEMEANOURS = [
  'settled',
  'withdrawn',
  'frightened-watchful',
  'distressed',
  'flat',
  'over-familiar',
  'aggressive',
  'other',
] as const;
export const JUDGEMENT_RISKS = ['no-change', 'low', 'medium', 'high'] as const;
export const SHARING_VIEWS = ['agrees', 'objects', 'not-asked'] as const;

const choice = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.optional(z.enum(codes, { error: 'Choose one of the options listed for this question.' }));
const multi = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.optional(
    z.array(z.enum(codes, { error: 'This is not one of the options listed for this question.' }), {
      error: 'Give a list of the options that apply (an empty list means none).',
    }),
  );
const yesNo = z.optional(z.enum(['yes', 'no'], { error: 'Choose yes or no.' }));
const yesNoUnknown = z.optional(z.enum(['yes', 'no', 'unknown'], { error: 'Choose yes, no or not known.' }));
const text = z.optional(z.string({ error: 'Enter text.' }));
/** S3.1: a whole number of years from 0 to 120 (cse.md "Validation errors"). */
const partnerAge = z.optional(
  z
    .int({ error: 'Enter the age as a whole number of years.' })
    .check(
      z.minimum(0, { error: 'Enter an age from 0 to 120.' }),
      z.maximum(120, { error: 'Enter an age from 0 to 120.' }),
    ),
);
/** S10.1: a real date; "not after the attendance date" is checked against the context (definition.ts). */
const calendarDate = z.optional(
  z
    .string({ error: 'Enter a date.' })
    .check(z.refine((v) => parseDate(v) !== undefined, { error: 'Enter a real date as YYYY-MM-DD.' })),
);

export const cseSchema = z.strictObject({
  screenReasons: multi(SCREEN_REASONS),
  immediateDanger: yesNo,
  fraserUnderstandsAdvice: yesNo,
  fraserWillNotTellParents: yesNo,
  fraserLikelyToHaveSex: yesNo,
  fraserHealthWillSuffer: yesNo,
  fraserBestInterests: yesNo,
  gillickCompetent: yesNo,
  sexualActivity: yesNoUnknown,
  pregnancyOrSti: multi(PREGNANCY_OR_STI),
  partnerAgeStatus: choice(PARTNER_AGE_STATUSES),
  partnerAgeYears: partnerAge,
  partnerAgeEvasive: yesNoUnknown,
  partnerInPositionOfTrust: yesNoUnknown,
  howMetPartner: choice(HOW_MET),
  livingSituation: choice(LIVING_SITUATIONS),
  seenAlone: yesNo,
  notSeenAloneReason: text,
  lookedAfterOrCareLeaver: yesNoUnknown,
  chaoticHomeOrPastAbuse: yesNoUnknown,
  learningDisability: yesNoUnknown,
  lowSelfEsteemOrMentalHealth: yesNoUnknown,
  poorSchoolAttendance: yesNoUnknown,
  experimentingAlcoholDrugs: yesNoUnknown,
  friendsBeingExploited: yesNoUnknown,
  goingMissing: yesNoUnknown,
  unexplainedMoneyOrGifts: yesNoUnknown,
  repeatEcStiOrPregnancy: yesNoUnknown,
  olderAssociatesOrGangs: yesNoUnknown,
  onlineSexualRisk: yesNoUnknown,
  problematicSubstanceUse: yesNoUnknown,
  controllingCompanion: yesNoUnknown,
  selfHarmOrEatingDisorder: yesNoUnknown,
  excludedOrNotInEducation: yesNoUnknown,
  disclosedSexualAbuse: yesNoUnknown,
  sexExchanged: yesNoUnknown,
  forcedOrCoercedSex: yesNoUnknown,
  traffickedForSex: yesNoUnknown,
  assaultInjuries: yesNoUnknown,
  imagesUsedToThreaten: yesNoUnknown,
  druggedByAdultForSex: yesNoUnknown,
  assaultTiming: choice(ASSAULT_TIMINGS),
  assaultDate: calendarDate,
  youngPersonAccount: text,
  accountNotObtainedReason: choice(NO_ACCOUNT_REASONS),
  demeanour: multi(DEMEANOURS),
  confidentialityExplained: yesNo,
  confidentialityNotExplainedReason: text,
  judgementRisk: choice(JUDGEMENT_RISKS),
  judgementReason: text,
  youngPersonSharingView: choice(SHARING_VIEWS),
  concernSummary: text,
});

export type CseAnswers = z.infer<typeof cseSchema>;
export type CseKey = keyof CseAnswers & string;
export type ScreenReason = (typeof SCREEN_REASONS)[number];
