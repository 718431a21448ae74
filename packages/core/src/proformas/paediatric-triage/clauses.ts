import type { Age } from '../../model/age.ts';
import type { SafeguardingConfig } from '../../model/config.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { INJURY_TYPES, type InjuryType } from './codes.ts';
import type { PaediatricTriageAnswers } from './schema.ts';
import type { NotifyService, YpFactor } from './types.ts';

/**
 * The clause predicates of paediatric-triage.md, pure and in one place: derived.ts builds
 * `referConcern`, `discussConcern` and `urgentTransfer` from them and the rules fire from them, so
 * a clause can never be computed two different ways.
 */
export interface ClauseInput {
  answers: Partial<PaediatricTriageAnswers>;
  age: Age;
  config: SafeguardingConfig;
  encounter: EncounterInputs;
}
type Answers = Partial<PaediatricTriageAnswers>;

export const has = <T extends string>(list: readonly T[] | undefined, value: T): boolean =>
  list?.includes(value) ?? false;
export const nonEmpty = (list: readonly unknown[] | undefined): boolean => (list?.length ?? 0) > 0;
export const anyTrue = (clauses: Record<string, boolean>): boolean => Object.values(clauses).some(Boolean);

// ---- Derived values ("Derived values" table) ----

/** `nonMobile`: under `nonMobileUnderMonths`, or B6 = no at any age (blank B6: P-R2 waits). */
export const isNonMobile = ({ answers, age, config }: ClauseInput): boolean =>
  age.months < config.nonMobileUnderMonths || answers.independentlyMobile === 'no';

/** `poorExplanation`: B5 unsuitable or none given. */
export const isPoorExplanation = (a: Answers): boolean =>
  a.explanationSuitability === 'unsuitable' || a.explanationSuitability === 'none-given';

/** `referTypes`: every B7 type except `other` and `knife-or-gunshot` (P-R3 g). */
export const REFER_TYPES: readonly InjuryType[] = INJURY_TYPES.filter(
  (t) => t !== 'other' && t !== 'knife-or-gunshot',
);

/** `infantLargeHeadMark`: under `infantHeadMarkUnderMonths` and B9.1 strictly over `infantHeadMarkOverMm`. */
export const isInfantLargeHeadMark = ({ answers, age, config }: ClauseInput): boolean =>
  age.months < config.infantHeadMarkUnderMonths &&
  answers.largestHeadMarkMm !== undefined &&
  answers.largestHeadMarkMm > config.infantHeadMarkOverMm;

/** `cpFlag`: a CP-IS plan or looked-after flag (the child's or an unborn's), or an open social-care case. */
export const hasCpFlag = (a: Answers): boolean =>
  a.cpisResult === 'cpp' ||
  a.cpisResult === 'lac' ||
  a.cpisResult === 'unborn-cpp' ||
  a.cinOrSocialWorker === 'yes';

/** `notifyService`: health visitor under `healthVisitorUnderYears`, else school nurse. */
export const notifyServiceFor = (age: Age, config: SafeguardingConfig): NotifyService =>
  age.years < config.healthVisitorUnderYears ? 'hv' : 'sn';

/** `youngParent`: H1 or H2 = yes. */
export const isYoungParent = (a: Answers): boolean => a.ownChildren === 'yes' || a.pregnancy === 'yes';

/** `ypFactors`: `da` (D1 or H12 = yes), `sub` (B10 = yes), `mh` (B11 = yes). */
export const ypFactorsOf = (a: Answers): YpFactor[] => {
  const factors: YpFactor[] = [];
  if (a.carerDomesticAbuse === 'yes' || a.partnerAbuse === 'yes') factors.push('da');
  if (a.intoxicated === 'yes') factors.push('sub');
  if (a.selfHarmOrOverdose === 'yes') factors.push('mh');
  return factors;
};

/** B12.1 is exactly [genital-anal-symptoms] (P-R3 e's exception, P-R5 p). */
export const onlyGenitalAnalSymptoms = (a: Answers): boolean =>
  a.sexualHealthNeeds?.length === 1 && a.sexualHealthNeeds[0] === 'genital-anal-symptoms';

// ---- P-R2, P-R3, P-R4 ----

/** P-R2: `nonMobile` and B7 non-empty. */
export const pr2Holds = (input: ClauseInput): boolean =>
  isNonMobile(input) && nonEmpty(input.answers.injuryTypes);

export type Pr3Clause = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';
/** P-R3 (a)–(g). */
export const pr3Clauses = ({ answers: a, age }: ClauseInput): Record<Pr3Clause, boolean> => {
  const under13 = age.years < 13;
  return {
    a: nonEmpty(a.suspiciousPatterns),
    b: (a.injuryTypes ?? []).some((t) => REFER_TYPES.includes(t)) && isPoorExplanation(a),
    c: a.disclosedAbuse === 'yes',
    d: has(a.ctCriteria, 'suspected-nai'),
    // SAFER READING: "B12 = yes unless B12.1 is exactly [genital-anal-symptoms]": while B12.1 is
    // still blank it is not exactly that list, so (e) fires until symptoms alone are recorded.
    e:
      under13 &&
      (a.pregnancy === 'yes' || (a.sexualHealthOrAssault === 'yes' && !onlyGenitalAnalSymptoms(a))),
    f:
      (under13 &&
        (has(a.ingestedSubstance, 'illicit-drug') || has(a.ingestedSubstance, 'opioid-substitute'))) ||
      a.ingestionGivenDeliberately === 'yes',
    g: has(a.injuryTypes, 'knife-or-gunshot') || a.hurtByAnotherPerson === 'adult-or-carer',
  };
};

/** P-R4 (and `urgentTransfer`): B9 non-empty or `infantLargeHeadMark`. */
export const pr4Holds = (input: ClauseInput): boolean =>
  nonEmpty(input.answers.ctCriteria) || isInfantLargeHeadMark(input);

// ---- Concern summary used by B14.1, P-R1 and P-R11 ----

/** `referConcern`: a P-R2 or P-R3 clause holds. */
export const hasReferConcern = (input: ClauseInput): boolean => pr2Holds(input) || anyTrue(pr3Clauses(input));
