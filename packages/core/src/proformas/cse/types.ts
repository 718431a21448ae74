import type { BooleanKeys, RuleInput } from '../../model/proforma.ts';
import type { Rule } from '../../model/rule.ts';
import type { IndicatorFinding, IndicatorCode } from './indicators.ts';
import type { CseAnswers } from './schema.ts';

/** cse.md: `detail.cseRisk`, ordered NONE < LOW < MEDIUM < HIGH. */
export const CSE_RISKS = ['NONE', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type CseRisk = (typeof CSE_RISKS)[number];
export const riskRank = (risk: CseRisk): number => CSE_RISKS.indexOf(risk);

/** The lettered clauses of `floorMedium` (C-R5 a–f). */
export type FloorClause = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

/**
 * Every derived value of cse.md "Derived values". A `type` alias (not an interface), so that it
 * satisfies Record<string, unknown>. Only the boolean ones may appear in conditions.
 */
export type CseDerived = {
  ageYears: number;
  sexualHealthRequest: boolean;
  fraserShown: boolean;
  sexualContext: boolean;
  /** S7 includes `emergency-contraception` (C-R7 and its banner). */
  ecRequested: boolean;
  /** `partnerAgeYears − ageYears`, only when S3 = stated (may be negative). */
  partnerAgeGap: number | undefined;
  m3FromAge: boolean;
  r5FromAge: boolean;
  /** The indicators present, in code order, each with how it was found. */
  indicators: readonly IndicatorFinding[];
  green: IndicatorCode[];
  amber: IndicatorCode[];
  red: IndicatorCode[];
  fraserMet: boolean;
  fraserNotMet: boolean;
  daysSinceAssault: number | undefined;
  forensicWindowOpen: boolean;
  unknownCount: number;
  /** The C-R5 clauses that hold. */
  floors: FloorClause[];
  floorMedium: boolean;
  baseRisk: CseRisk;
  cseRisk: CseRisk;
  /** `cseRisk = HIGH` (the "refer now" banner). */
  riskHigh: boolean;
  /** S14 puts the risk above `baseRisk` (S14.1 is then required). */
  judgementRaisesRisk: boolean;
  /** C-R5 (e): the "screen incomplete" banner that suggests time alone again. */
  floorNotSeenAlone: boolean;
  /** C-R5 (f): the "screen incomplete" banner for too many unknown indicators. */
  floorManyUnknowns: boolean;
};

export type CseDerivedName = BooleanKeys<CseDerived>;
export type CseInput = RuleInput<CseAnswers, CseDerived>;
export type CseRule = Rule<CseInput>;

/** The phases of cse.md "Flow" (outcome and signedOff belong to the shared lifecycle). */
export type CsePhaseId = 'reason' | 'consent' | 'relationship' | 'indicators' | 'voice';
