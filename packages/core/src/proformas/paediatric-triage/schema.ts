import * as z from 'zod/mini';
import { isDateTimeWithOffset } from '../../model/dates.ts';
import {
  ACCOMPANIED_BY,
  CPIS_RESULTS,
  FGM_IS_RESULTS,
  HURT_BY,
  EXPLANATION_SUITABILITY,
  INJURY_TYPES,
  SUSPICIOUS_PATTERNS,
  CT_CRITERIA,
  SEXUAL_HEALTH_NEEDS,
  DISCLOSURE_SOURCES,
  INGESTED_SUBSTANCES,
  EXPLOITATION_SIGNS,
  FGM_SOURCES,
  DEMEANOURS,
  NO_ACCOUNT_REASONS,
  SEEN_ALONE,
  CARER_INTERACTIONS,
  OWN_CHILDREN_WHERE,
  YP_DASH_RESULTS,
  SHARING_VIEWS,
} from './codes.ts';

// The answers of the paediatric safeguarding triage (paediatric-triage.md "Items"). Every key is
// optional: a draft is partial. Option codes are the spec's (codes.ts); items.ts labels them.

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
