import type { AttendanceReason } from '../../model/context.ts';
import type { ProformaInput } from '../../model/proforma.ts';
import { countAttendances, type AttendanceCounts, type PriorVisit } from './counting.ts';
import type { FrequentAttenderAnswers } from './schema.ts';
import { triageFindings } from './triage.ts';

// frequent-attender.md "Derived values": counts, escalators, pattern signals and the FA level.

export type FaLevel = 'FA0' | 'FA1' | 'FA2' | 'FA3';
export type Escalator =
  'shortWindow' | 'manyProviders' | 'previousConcern' | 'socialCareFlag' | 'escalatingReason';
export type PatternClause = 'a' | 'b' | 'c' | 'd';

const PATTERN_FEATURES_OF_CONCERN = [
  'similar-injuries',
  'unexplained-injuries',
  'left-before-seen',
  'missed-follow-up',
];
const EXPLANATIONS_OF_CONCERN = ['none-given', 'inconsistent'];
const ESCALATING_DECISIONS = ['concern-discuss', 'concern-refer'];

/**
 * Every derived value of the spec. A `type` alias (not an interface) so that it satisfies
 * Record<string, unknown>; only the boolean ones may appear in item conditions.
 */
export type FrequentAttenderDerived = {
  ageYears: number;
  hvOrSn: 'NOTIFY_HV' | 'NOTIFY_SN';
  historyAvailable: boolean;
  /** `historyAvailable = false`: V1 and V2 shown, V3 required. */
  historyUnavailable: boolean;
  counts: AttendanceCounts;
  n12: number;
  n6: number;
  providers12: number;
  /** n12 ≥ faRepeatAttenderCount: V6–V11 shown. */
  repeatAttender: boolean;
  /** n12 ≥ faFrequentAttenderCount: V4, V5, V12 shown. */
  frequentAttender: boolean;
  /** This visit's reasons: attendance.reasons ∪ V4, plus the triage's B10, B11, B12.1 in an encounter. */
  todayReasons: AttendanceReason[];
  /** The escalators that held (read only when n12 ≥ faFrequentAttenderCount). */
  escalators: Escalator[];
  /** Prior visits behind previousConcern and escalatingReason, for the reasons. */
  concernVisits: PriorVisit[];
  escalatingVisits: PriorVisit[];
  leftBeforeSeenVisits: PriorVisit[];
  injuryVisits: PriorVisit[];
  priorLeftBeforeSeen: boolean;
  priorInjuryVisit: boolean;
  /** `ageYears < faRepeatHeadInjuryUnderYears` and `priorInjuryVisit`: V14 shown. */
  headInjuryAsked: boolean;
  repeatHeadInjuryYoung: boolean;
  /** The FA-P clauses that held, in order. */
  patternClauses: PatternClause[];
  patternConcern: boolean;
  faLevel: FaLevel;
  /** FA3, FA-P or a V10 concern: the lead must hear before the child leaves (the banner). */
  leadBeforeLeaving: boolean;
  /** FA2 and nothing sooner: the lead by the end of the next working day; V12 `arranged` allowed. */
  leadByNextWorkingDay: boolean;
  /** Triage A9 (the family's count) minus the earlier counted visits, when more. */
  familyReportedMore: number;
};

export const deriveFrequentAttender = (
  input: ProformaInput<FrequentAttenderAnswers>,
): FrequentAttenderDerived => {
  const { answers, context, config, age } = input;
  const triage = triageFindings(input.encounter);
  const counts = countAttendances(context, answers.otherAttendances ?? [], config);
  const { n12, n6, providers12 } = counts;
  const counted = counts.prior.filter((v) => v.counted);
  const repeatAttender = n12 >= config.faRepeatAttenderCount;
  const frequentAttender = n12 >= config.faFrequentAttenderCount;

  const todayReasons = [
    ...new Set([...(context.attendance.reasons ?? []), ...(answers.todayReasons ?? []), ...triage.reasons]),
  ];
  const escalatingVisits = counted.filter((v) =>
    v.reasons.some((r) => config.faEscalatingReasons.includes(r)),
  );
  const todayEscalates =
    counts.currentCounted && todayReasons.some((r) => config.faEscalatingReasons.includes(r));
  // SAFER READING: "any prior record in the long window, planned or unplanned" includes an
  // out-of-hours GP visit the site does not count: a concern recorded there still escalates.
  const concernVisits = counts.prior.filter((v) => v.inLongWindow && v.concernRecorded);
  const held: Record<Escalator, boolean> = {
    shortWindow: n6 >= config.faShortWindowEscalateCount,
    manyProviders: providers12 >= config.faProvidersEscalateCount,
    previousConcern: concernVisits.length > 0,
    socialCareFlag: answers.knownToSocialCare === 'yes' || triage.knownToSocialCare,
    escalatingReason: escalatingVisits.length > 0 || todayEscalates,
  };
  const escalators = frequentAttender ? (Object.keys(held) as Escalator[]).filter((e) => held[e]) : [];

  const leftBeforeSeenVisits = counted.filter((v) => v.leftBeforeSeen);
  const injuryVisits = counted.filter((v) => v.reasons.includes('injury') || v.reasons.includes('assault'));
  const priorInjuryVisit = injuryVisits.length > 0;
  const headInjuryAsked = age.years < config.faRepeatHeadInjuryUnderYears && priorInjuryVisit;
  const repeatHeadInjuryYoung = headInjuryAsked && (answers.headInjuryToday === 'yes' || triage.headInjury);
  const clauses: Record<PatternClause, boolean> = {
    a: (answers.patternFeatures ?? []).some((f) => PATTERN_FEATURES_OF_CONCERN.includes(f)),
    b: EXPLANATIONS_OF_CONCERN.includes(answers.attendanceExplanation ?? ''),
    c: leftBeforeSeenVisits.length > 0,
    d: repeatHeadInjuryYoung,
  };
  const patternClauses = (Object.keys(clauses) as PatternClause[]).filter((c) => clauses[c]);
  const patternConcern = patternClauses.length > 0;
  const faLevel: FaLevel = !repeatAttender
    ? 'FA0'
    : !frequentAttender
      ? 'FA1'
      : escalators.length > 0
        ? 'FA3'
        : 'FA2';
  // SAFER READING: the spec raises the "before this child leaves" banner for FA3 and FA-P; a V10
  // concern (FA-J) also needs the lead before the child leaves, so it raises it too, and the FA2
  // "next working day" banner shows only when nothing needs the lead sooner (the earlier deadline wins).
  const leadBeforeLeaving =
    faLevel === 'FA3' || patternConcern || ESCALATING_DECISIONS.includes(answers.reviewDecision ?? '');
  const priorCounted = n12 - (counts.currentCounted ? 1 : 0);

  return {
    ageYears: age.years,
    hvOrSn: age.years < config.healthVisitorUnderYears ? 'NOTIFY_HV' : 'NOTIFY_SN',
    historyAvailable: counts.historyAvailable,
    historyUnavailable: !counts.historyAvailable,
    counts,
    n12,
    n6,
    providers12,
    repeatAttender,
    frequentAttender,
    todayReasons,
    escalators,
    concernVisits,
    escalatingVisits,
    leftBeforeSeenVisits,
    injuryVisits,
    priorLeftBeforeSeen: clauses.c,
    priorInjuryVisit,
    headInjuryAsked,
    repeatHeadInjuryYoung,
    patternClauses,
    patternConcern,
    faLevel,
    leadBeforeLeaving,
    leadByNextWorkingDay: faLevel === 'FA2' && !leadBeforeLeaving,
    familyReportedMore: Math.max(0, (triage.familyCount ?? 0) - priorCounted),
  };
};
