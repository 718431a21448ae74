import * as z from 'zod/mini';
import { isDateTimeWithOffset } from '../../model/dates.ts';

// The answers of the paediatric safeguarding triage (paediatric-triage.md "Items"). Every key is
// optional: a draft is partial. Option codes are the spec's, exactly; items.ts labels them.

export const ACCOMPANIED_BY = [
  'parent',
  'other-relative',
  'foster-carer',
  'residential-worker',
  'social-worker',
  'police',
  'partner',
  'friend-under-18',
  'adult-friend',
  'unrelated-adult',
  'alone',
  'other',
] as const;
export const CPIS_RESULTS = ['cpp', 'lac', 'unborn-cpp', 'none', 'not-available'] as const;
export const FGM_IS_RESULTS = ['yes', 'no', 'not-checked'] as const;
export const HURT_BY = ['no', 'adult-or-carer', 'other-person', 'not-known'] as const;
export const EXPLANATION_SUITABILITY = ['suitable', 'unsuitable', 'none-given'] as const;
export const INJURY_TYPES = [
  'bruise-petechiae',
  'burn-scald',
  'fracture-suspected',
  'head-injury',
  'laceration',
  'bite',
  'anogenital',
  'oral-frenulum',
  'knife-or-gunshot',
  'other',
] as const;
export const SUSPICIOUS_PATTERNS = [
  'shaped-bruise',
  'protected-site-bruise',
  'bruise-cluster',
  'implement-burn',
  'immersion-scald',
  'unusual-site-burn',
  'human-bite',
  'multiple-fractures',
] as const;
export const CT_CRITERIA = [
  'suspected-nai',
  'seizure',
  'gcs-low',
  'skull-fracture',
  'focal-deficit',
  'other-nice',
] as const;
export const SEXUAL_HEALTH_NEEDS = [
  'emergency-contraception',
  'contraception',
  'pregnancy',
  'sti',
  'genital-anal-symptoms',
  'sexual-assault',
] as const;
export const DISCLOSURE_SOURCES = [
  'child-here',
  'child-elsewhere',
  'parent-or-carer',
  'other-person',
] as const;
export const INGESTED_SUBSTANCES = [
  'illicit-drug',
  'opioid-substitute',
  'adult-medicine',
  'alcohol',
  'household-product',
  'not-known',
] as const;
export const EXPLOITATION_SIGNS = [
  'far-from-home',
  'drugs-cash-or-phones',
  'weapon',
  'arrested',
  'older-associates',
  'none',
] as const;
export const FGM_SOURCES = ['she-said', 'signs-seen', 'someone-told'] as const;
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
export const NO_ACCOUNT_REASONS = [
  'pre-verbal',
  'communication-needs',
  'asleep-or-unwell',
  'declined',
  'not-seen-alone',
] as const;
export const SEEN_ALONE = ['yes', 'no', 'not-appropriate'] as const;
export const CARER_INTERACTIONS = ['appropriate', 'concerning'] as const;
export const OWN_CHILDREN_WHERE = [
  'other-parent',
  'relative',
  'friend',
  'childcare-school',
  'in-department',
  'alone',
  'unknown',
] as const;
export const YP_DASH_RESULTS = ['marac-threshold-met', 'below-threshold', 'not-done'] as const;
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
const wholeNumber = z.optional(
  z.int({ error: 'Enter a whole number.' }).check(z.minimum(0, { error: 'Enter 0 or more.' })),
);
const dateTime = z.optional(
  z.string({ error: 'Enter a date and time.' }).check(
    z.refine(isDateTimeWithOffset, {
      error: 'Enter a real date and time with its UTC offset, for example 2025-03-10T09:30+00:00.',
    }),
  ),
);

export const paediatricTriageSchema = z.strictObject({
  immediateDanger: yesNo,
  carerLeavingAgainstAdvice: yesNo,
  leftBeforeCompletion: yesNo,
  leftWithUrgentNeed: yesNo,
  familyCallOutcome: text,
  accompaniedBy: choice(ACCOMPANIED_BY),
  companionDetails: text,
  companionDeclinedDetails: yesNo,
  companionHasPr: yesNoUnknown,
  companionFitToCare: yesNo,
  prHolders: text,
  gpRegistered: yesNoUnknown,
  gpPractice: text,
  schoolOrNursery: text,
  namedHvOrSn: text,
  cpisResult: choice(CPIS_RESULTS),
  fgmIsIndicator: choice(FGM_IS_RESULTS),
  cinOrSocialWorker: yesNoUnknown,
  socialWorkerContact: text,
  previousAttendances12m: wholeNumber,
  disabilityOrCommunicationNeed: yesNoUnknown,
  presentingComplaint: text,
  injuryOrMark: yesNo,
  hurtByAnotherPerson: choice(HURT_BY),
  injuryAt: dateTime,
  unexplainedDelay: yesNo,
  explanation: text,
  explanationGivenBy: text,
  explanationSuitability: choice(EXPLANATION_SUITABILITY),
  independentlyMobile: yesNo,
  injuryTypes: multi(INJURY_TYPES),
  suspiciousPatterns: multi(SUSPICIOUS_PATTERNS),
  ctCriteria: multi(CT_CRITERIA),
  largestHeadMarkMm: wholeNumber,
  intoxicated: yesNo,
  selfHarmOrOverdose: yesNo,
  sexualHealthOrAssault: yesNo,
  sexualHealthNeeds: multi(SEXUAL_HEALTH_NEEDS),
  disclosedAbuse: yesNo,
  disclosureWords: text,
  disclosureSource: multi(DISCLOSURE_SOURCES),
  ingestion: yesNo,
  ingestedSubstance: multi(INGESTED_SUBSTANCES),
  ingestionGivenDeliberately: yesNoUnknown,
  exploitationSigns: multi(EXPLOITATION_SIGNS),
  fgmDisclosedOrSeen: yesNo,
  fgmSource: multi(FGM_SOURCES),
  demeanour: multi(DEMEANOURS),
  demeanourNotes: text,
  childAccountTaken: yesNo,
  childAccount: text,
  noAccountReason: choice(NO_ACCOUNT_REASONS),
  seenAlone: choice(SEEN_ALONE),
  carerInteraction: choice(CARER_INTERACTIONS),
  carerInteractionNotes: text,
  neglectSigns: yesNoUnknown,
  neglectDetails: text,
  carerDomesticAbuse: yesNoUnknown,
  carerSubstanceMisuse: yesNoUnknown,
  carerMentalHealth: yesNoUnknown,
  otherChildren: text,
  youngCarer: yesNoUnknown,
  missingFromHomeOrCare: yesNoUnknown,
  notInEducation: yesNoUnknown,
  reportedMissingNow: yesNoUnknown,
  ownChildren: yesNoUnknown,
  ownChildrenDetails: text,
  ownChildrenWhereNow: choice(OWN_CHILDREN_WHERE),
  ownChildrenCarer: text,
  pregnancy: yesNoUnknown,
  partnerAbuse: yesNoUnknown,
  ypDashResult: choice(YP_DASH_RESULTS),
  infoSharingExplained: yesNo,
  infoSharingReason: text,
  youngPersonSharingView: choice(SHARING_VIEWS),
  concernSummary: text,
  discussedWith: text,
  discussionDecision: text,
});

export type PaediatricTriageAnswers = z.infer<typeof paediatricTriageSchema>;
export type PaediatricTriageKey = keyof PaediatricTriageAnswers & string;
export type InjuryType = (typeof INJURY_TYPES)[number];
