import { isDateTimeWithOffset } from '../../model/dates.ts';
import { levelAtLeast, maxLevel } from '../../model/levels.ts';
import type { ProformaInput } from '../../model/proforma.ts';
import { runRules } from '../../model/rule.ts';
import {
  hasCpFlag,
  hasReferConcern,
  isInfantLargeHeadMark,
  isNonMobile,
  isPoorExplanation,
  isYoungParent,
  notifyServiceFor,
  pr4Holds,
  REFER_TYPES,
  ypFactorsOf,
} from './clauses.ts';
import { hasDiscussConcern } from './clauses-discuss.ts';
import { paediatricTriageRules } from './rules.ts';
import type { PaediatricTriageAnswers } from './schema.ts';
import type { PaediatricTriageDerived, SummaryRecipient } from './types.ts';

type Input = ProformaInput<PaediatricTriageAnswers>;

/** `injuryDelayMinutes`: whole minutes from B2 to arrival (displayed only). */
const minutesBetween = (from: string | undefined, to: string): number | undefined =>
  from !== undefined && isDateTimeWithOffset(from)
    ? Math.floor((Date.parse(to) - Date.parse(from)) / 60_000)
    : undefined;

/**
 * Every value of paediatric-triage.md "Derived values" except the three that depend on the level.
 * `cseRisk`, `faLevel` and `otherFormDiscuss` come from assessEncounter (absent when assessed alone).
 */
const deriveBeforeLevel = (input: Input): PaediatricTriageDerived => {
  const { answers, age, config, context, encounter } = input;
  const cseAnswers = encounter.otherAnswers?.cse;
  const csePresent = cseAnswers !== undefined || (encounter.formsPresent ?? []).includes('cse');
  const reasons = context.attendance.reasons ?? [];
  const notifyService = notifyServiceFor(age, config);
  return {
    ageMonths: age.months,
    ageYears: age.years,
    nonMobile: isNonMobile(input),
    notifyService,
    injuryDelayMinutes: minutesBetween(answers.injuryAt, context.attendance.arrivedAt),
    infantLargeHeadMark: isInfantLargeHeadMark(input),
    poorExplanation: isPoorExplanation(answers),
    referTypes: REFER_TYPES,
    cpFlag: hasCpFlag(answers),
    referConcern: hasReferConcern(input),
    discussConcern: hasDiscussConcern(input),
    urgentTransfer: pr4Holds(input),
    youngParent: isYoungParent(answers),
    ypFactors: ypFactorsOf(answers),
    sexualHealthContext:
      answers.sexualHealthOrAssault === 'yes' ||
      reasons.includes('sexual-health') ||
      reasons.includes('sexual-assault') ||
      csePresent,
    // No answer counts as not agreed (referrals.md §4); with a CSE form its S16 must agree too.
    sharingAgreed:
      answers.youngPersonSharingView === 'agrees' &&
      (!csePresent || cseAnswers?.['youngPersonSharingView'] === 'agrees'),
    privateSummary: false,
    routineSummaryTo: ['gp', notifyService],
    cseRisk: encounter.cseRisk,
    faLevel: encounter.faLevel,
    otherFormDiscuss: encounter.otherFormDiscuss === true,
    encounterLevel: encounter.encounterLevel ?? 'NO_CONCERN',
  };
};

/**
 * `derivePaediatricTriage`: the spec's derived values. `encounterLevel` is "the assessEncounter
 * level (this form's level when assessed alone)", so it needs this form's own level: the same rules
 * run once here on the level-independent values (no rule's level depends on `privateSummary`,
 * which only P-R8, a NO_CONCERN rule, reads), then `privateSummary` and `routineSummaryTo` follow.
 */
export const derivePaediatricTriage = (input: Input): PaediatricTriageDerived => {
  const base = deriveBeforeLevel(input);
  const ownLevel = maxLevel(runRules(paediatricTriageRules, { ...input, derived: base }).map((f) => f.level));
  const encounterLevel = maxLevel([base.encounterLevel, ownLevel]);
  const privateSummary = base.sexualHealthContext && !levelAtLeast(encounterLevel, 'DISCUSS');
  const routineSummaryTo: SummaryRecipient[] = privateSummary ? ['gp'] : ['gp', base.notifyService];
  return { ...base, encounterLevel, privateSummary, routineSummaryTo };
};
