import type { Age } from '../../model/age.ts';
import type { SafeguardingConfig } from '../../model/config.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { INJURY_TYPES, type InjuryType, type PaediatricTriageAnswers } from './schema.ts';
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

const has = <T extends string>(list: readonly T[] | undefined, value: T): boolean =>
  list?.includes(value) ?? false;
const nonEmpty = (list: readonly unknown[] | undefined): boolean => (list?.length ?? 0) > 0;
const anyTrue = (clauses: Record<string, boolean>): boolean => Object.values(clauses).some(Boolean);

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

// ---- P-R5 ----

/** A3 values for a non-relative who is or may be an adult (P-R5 n; never friend-under-18). */
export const NON_RELATIVE_ADULTS = ['adult-friend', 'partner', 'unrelated-adult', 'other'] as const;

/** The three limbs of P-R5 (n); the third names private fostering. */
export const pr5nLimbs = ({ answers: a, age }: ClauseInput) => ({
  declinedDetails: a.companionDeclinedDetails === 'yes',
  unfitCarer: a.companionFitToCare === 'no',
  privateFostering:
    NON_RELATIVE_ADULTS.some((code) => code === a.accompaniedBy) &&
    (a.companionHasPr === 'no' || a.companionHasPr === 'unknown') &&
    (age.years < 16 || a.disabilityOrCommunicationNeed === 'yes'),
});

export type Pr5Clause =
  'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm' | 'n' | 'o' | 'p';
/** P-R5 (a)–(p); (j) and (k) read the other forms (assessEncounter only). */
export const pr5Clauses = (input: ClauseInput): Record<Pr5Clause, boolean> => {
  const { answers: a, age, config, encounter } = input;
  const noAdult = a.accompaniedBy === 'alone' || a.accompaniedBy === 'friend-under-18';
  return {
    a: a.unexplainedDelay === 'yes',
    b: isPoorExplanation(a) && has(a.injuryTypes, 'other'),
    c: noAdult && age.years < config.unaccompaniedDiscussUnderYears,
    d: a.intoxicated === 'yes' && age.years < config.intoxicationDiscussUnderYears,
    e: a.selfHarmOrOverdose === 'yes',
    f: has(a.demeanour, 'frightened-watchful'),
    g: a.carerInteraction === 'concerning',
    h: a.neglectSigns === 'yes',
    i: a.carerDomesticAbuse === 'yes' || a.carerSubstanceMisuse === 'yes' || a.carerMentalHealth === 'yes',
    j: encounter.faLevel === 'FA2' || encounter.faLevel === 'FA3',
    k: encounter.cseRisk === 'MEDIUM',
    l: a.ingestion === 'yes' && age.years < 5 && !pr3Clauses(input).f,
    m:
      a.hurtByAnotherPerson === 'other-person' ||
      a.accompaniedBy === 'police' ||
      (a.exploitationSigns ?? []).some((sign) => sign !== 'none'),
    n: anyTrue(pr5nLimbs(input)),
    o: a.missingFromHomeOrCare === 'yes',
    p: age.years < 13 && onlyGenitalAnalSymptoms(a),
  };
};

// ---- P-R10 ----

export type Pr10Clause = 'a' | 'b' | 'c' | 'd' | 'e';
/** P-R10 (a)–(e): the young person's own children, pregnancy and partner abuse. */
export const pr10Clauses = ({ answers: a }: ClauseInput): Record<Pr10Clause, boolean> => {
  const youngParent = isYoungParent(a);
  const factors = ypFactorsOf(a);
  const b =
    youngParent &&
    (factors.includes('da') || factors.length >= 2 || (a.pregnancy === 'yes' && factors.includes('sub')));
  return {
    a: a.ownChildrenWhereNow === 'alone',
    b,
    c: youngParent && (factors.includes('sub') || factors.includes('mh')) && !b,
    d: a.partnerAbuse === 'yes',
    e: a.ypDashResult === 'marac-threshold-met',
  };
};

// ---- Concern summaries used by B14.1, P-R1 and P-R11 ----

/** `referConcern`: a P-R2 or P-R3 clause holds. */
export const hasReferConcern = (input: ClauseInput): boolean => pr2Holds(input) || anyTrue(pr3Clauses(input));

/** `discussConcern`: a P-R5 or P-R10 clause holds, or another form is at DISCUSS or above. */
export const hasDiscussConcern = (input: ClauseInput): boolean =>
  anyTrue(pr5Clauses(input)) || anyTrue(pr10Clauses(input)) || input.encounter.otherFormDiscuss === true;
