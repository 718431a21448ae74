import {
  anyTrue,
  has,
  isPoorExplanation,
  isYoungParent,
  onlyGenitalAnalSymptoms,
  pr3Clauses,
  ypFactorsOf,
  type ClauseInput,
} from './clauses.ts';

// The clause predicates of P-R5 and P-R10 (paediatric-triage.md), and `discussConcern` built
// from them: one definition shared by derived.ts and the rules.

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

// ---- Concern summary used by B14.1 and P-R11 ----

/** `discussConcern`: a P-R5 or P-R10 clause holds, or another form is at DISCUSS or above. */
export const hasDiscussConcern = (input: ClauseInput): boolean =>
  anyTrue(pr5Clauses(input)) || anyTrue(pr10Clauses(input)) || input.encounter.otherFormDiscuss === true;
