import type { CseAnswers, CseKey } from './schema.ts';

// cse.md "Items" and "Derived values › Indicators present": the traffic-light indicators as a
// table (indicator → colour → the item that asks it). Aggregation is code, below.

export type Colour = 'green' | 'amber' | 'red';
/** Where a derived indicator comes from ([PROJECT RULE] for G1, M6 and R1). */
export type DerivationSource = 'living-situation' | 'partner-age' | 'how-met' | 'screen-reason';

export const INDICATORS = [
  { code: 'G1', colour: 'green', key: 'lookedAfterOrCareLeaver' },
  { code: 'G2', colour: 'green', key: 'chaoticHomeOrPastAbuse' },
  { code: 'G3', colour: 'green', key: 'learningDisability' },
  { code: 'G4', colour: 'green', key: 'lowSelfEsteemOrMentalHealth' },
  { code: 'G5', colour: 'green', key: 'poorSchoolAttendance' },
  { code: 'G6', colour: 'green', key: 'experimentingAlcoholDrugs' },
  { code: 'G7', colour: 'green', key: 'friendsBeingExploited' },
  { code: 'M1', colour: 'amber', key: 'goingMissing' },
  { code: 'M2', colour: 'amber', key: 'unexplainedMoneyOrGifts' },
  { code: 'M3', colour: 'amber', key: 'partnerAgeEvasive' },
  { code: 'M4', colour: 'amber', key: 'repeatEcStiOrPregnancy' },
  { code: 'M5', colour: 'amber', key: 'olderAssociatesOrGangs' },
  { code: 'M6', colour: 'amber', key: 'onlineSexualRisk' },
  { code: 'M7', colour: 'amber', key: 'problematicSubstanceUse' },
  { code: 'M8', colour: 'amber', key: 'controllingCompanion' },
  { code: 'M9', colour: 'amber', key: 'selfHarmOrEatingDisorder' },
  { code: 'M10', colour: 'amber', key: 'excludedOrNotInEducation' },
  { code: 'R1', colour: 'red', key: 'disclosedSexualAbuse' },
  { code: 'R2', colour: 'red', key: 'sexExchanged' },
  { code: 'R3', colour: 'red', key: 'forcedOrCoercedSex' },
  { code: 'R4', colour: 'red', key: 'traffickedForSex' },
  { code: 'R5', colour: 'red', key: 'partnerInPositionOfTrust' },
  { code: 'R6', colour: 'red', key: 'assaultInjuries' },
  { code: 'R7', colour: 'red', key: 'imagesUsedToThreaten' },
  { code: 'R8', colour: 'red', key: 'druggedByAdultForSex' },
] as const satisfies readonly { code: string; colour: Colour; key: CseKey }[];

export type IndicatorCode = (typeof INDICATORS)[number]['code'];
export const INDICATOR_KEYS: readonly CseKey[] = INDICATORS.map((i) => i.key);

/** The indicators that can also be present by derivation, and from what. */
export const DERIVATION_SOURCES: Readonly<Partial<Record<IndicatorCode, DerivationSource>>> = {
  G1: 'living-situation',
  M3: 'partner-age',
  M6: 'how-met',
  R1: 'screen-reason',
  R5: 'partner-age',
};

export interface IndicatorFinding {
  code: IndicatorCode;
  colour: Colour;
  /** Its item was answered yes. */
  asked: boolean;
  /** Present by derivation, and from what. */
  derivedFrom?: DerivationSource;
}

/**
 * Aggregate: an indicator is present when its item = yes or its derivation holds ("a derived
 * indicator cannot be removed by answering its item no"); `unknown` never makes it present.
 */
export const findIndicators = (
  answers: Partial<CseAnswers>,
  derivedPresent: Readonly<Partial<Record<IndicatorCode, boolean>>>,
): IndicatorFinding[] =>
  INDICATORS.flatMap((indicator): IndicatorFinding[] => {
    const asked = answers[indicator.key] === 'yes';
    const source = derivedPresent[indicator.code] ? DERIVATION_SOURCES[indicator.code] : undefined;
    if (!asked && !source) return [];
    return [
      { code: indicator.code, colour: indicator.colour, asked, ...(source ? { derivedFrom: source } : {}) },
    ];
  });

export const codesOf = (findings: readonly IndicatorFinding[], colour: Colour): IndicatorCode[] =>
  findings.filter((f) => f.colour === colour).map((f) => f.code);

/**
 * `unknownCount`: G, M and R items answered `unknown` (hidden items were already removed),
 * leaving out any whose indicator is present by derivation. Unanswered items do not count.
 */
export const countUnknowns = (answers: Partial<CseAnswers>, findings: readonly IndicatorFinding[]): number =>
  INDICATORS.filter(
    (i) => answers[i.key] === 'unknown' && !findings.some((f) => f.code === i.code && f.derivedFrom),
  ).length;
