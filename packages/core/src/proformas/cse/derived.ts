import { daysBetween, londonDate, parseDate } from '../../model/dates.ts';
import type { ProformaInput } from '../../model/proforma.ts';
import { codesOf, countUnknowns, findIndicators } from './indicators.ts';
import { SEXUAL_HEALTH_REQUESTS, type CseAnswers } from './schema.ts';
import { CSE_RISKS, riskRank, type CseDerived, type CseRisk, type FloorClause } from './types.ts';

// cse.md "Derived values", in the spec's order. Legal ages (13, 16, 18) are fixed, not settings.

type Answers = Partial<CseAnswers>;
export const FRASER_KEYS = [
  'fraserUnderstandsAdvice',
  'fraserWillNotTellParents',
  'fraserLikelyToHaveSex',
  'fraserHealthWillSuffer',
  'fraserBestInterests',
] as const satisfies readonly (keyof CseAnswers)[];

const JUDGEMENT_RISK: Record<NonNullable<CseAnswers['judgementRisk']>, CseRisk> = {
  'no-change': 'NONE',
  low: 'LOW',
  medium: 'MEDIUM',
  high: 'HIGH',
};
const CARE_SETTINGS: readonly string[] = ['foster-care', 'residential', 'supported-independent'];

const hasReason = (a: Answers, reason: string): boolean =>
  a.screenReasons?.some((r) => r === reason) ?? false;

/** `daysSinceAssault`: the London calendar date of arrival minus S10.1, in whole days. */
export const daysSince = (a: Answers, arrivedAt: string): number | undefined => {
  const assault = a.assaultTiming === 'date-known' && a.assaultDate ? parseDate(a.assaultDate) : undefined;
  return assault ? daysBetween(assault, londonDate(arrivedAt)) : undefined;
};

export const deriveCse = ({ answers: a, age, config, context }: ProformaInput<CseAnswers>): CseDerived => {
  const ageYears = age.years;
  const sexualHealthRequest = SEXUAL_HEALTH_REQUESTS.some((r) => hasReason(a, r));
  const fraserShown = ageYears < 16 && sexualHealthRequest;
  // genital-anal-symptoms alone is not a sexual context (NICE "consider"): S9 is asked instead.
  const sexualContext = sexualHealthRequest || hasReason(a, 'sexual-assault') || a.sexualActivity === 'yes';
  const stated = a.partnerAgeStatus === 'stated' && a.partnerAgeYears !== undefined;
  const partnerAgeGap = stated ? (a.partnerAgeYears ?? 0) - ageYears : undefined;
  const m3FromAge =
    a.partnerAgeStatus === 'unknown-or-wont-say' ||
    (partnerAgeGap !== undefined && partnerAgeGap >= config.csePartnerAgeGapYears);
  const r5FromAge = ageYears < 16 && stated && (a.partnerAgeYears ?? 0) >= 18;

  const indicators = findIndicators(a, {
    G1: a.livingSituation !== undefined && CARE_SETTINGS.includes(a.livingSituation),
    M3: m3FromAge,
    M6: a.howMetPartner === 'online',
    R1: hasReason(a, 'sexual-assault'),
    R5: r5FromAge,
  });
  const [green, amber, red] = [
    codesOf(indicators, 'green'),
    codesOf(indicators, 'amber'),
    codesOf(indicators, 'red'),
  ];

  // A criterion that has not been answered yet counts toward neither.
  const fraserMet = FRASER_KEYS.every((k) => a[k] === 'yes');
  const fraserNotMet = fraserShown && FRASER_KEYS.some((k) => a[k] === 'no');

  const daysSinceAssault = daysSince(a, context.attendance.arrivedAt);
  const forensicWindowOpen =
    a.assaultTiming === 'date-not-known' || // [PROJECT RULE]: the SARC decides
    (daysSinceAssault !== undefined &&
      daysSinceAssault >= 0 &&
      daysSinceAssault <= config.cseForensicWindowDays);

  const unknownCount = countUnknowns(a, indicators);
  const floorHolds: Record<FloorClause, boolean> = {
    a: a.learningDisability === 'yes',
    b: fraserNotMet,
    c: ageYears < 13 && !sexualContext, // [PROJECT RULE] split of C-R1
    d: ageYears >= 13 && ageYears <= 15 && (a.pregnancyOrSti?.length ?? 0) > 0,
    e: a.seenAlone === 'no' && ageYears < 16 && sexualContext,
    f: unknownCount >= config.cseUnknownFloorCount, // [PROJECT RULE]
  };
  const floors = (Object.keys(floorHolds) as FloorClause[]).filter((k) => floorHolds[k]);
  const floorMedium = floors.length > 0;

  const baseRisk: CseRisk =
    (ageYears < 13 && sexualContext) || red.length > 0 || a.immediateDanger === 'yes'
      ? 'HIGH'
      : amber.length > 0 || floorMedium
        ? 'MEDIUM'
        : green.length > 0
          ? 'LOW'
          : 'NONE';
  // Professional judgement can raise the risk but never lower it; unanswered = no-change.
  const judged = JUDGEMENT_RISK[a.judgementRisk ?? 'no-change'];
  const cseRisk = CSE_RISKS[Math.max(riskRank(baseRisk), riskRank(judged))] ?? baseRisk;

  return {
    ageYears,
    sexualHealthRequest,
    fraserShown,
    sexualContext,
    ecRequested: hasReason(a, 'emergency-contraception'),
    partnerAgeGap,
    m3FromAge,
    r5FromAge,
    indicators,
    green,
    amber,
    red,
    fraserMet,
    fraserNotMet,
    daysSinceAssault,
    forensicWindowOpen,
    unknownCount,
    floors,
    floorMedium,
    baseRisk,
    cseRisk,
    riskHigh: cseRisk === 'HIGH',
    judgementRaisesRisk: riskRank(judged) > riskRank(baseRisk),
    floorNotSeenAlone: floorHolds.e,
    floorManyUnknowns: floorHolds.f,
  };
};
