import type { FrequentAttenderKey } from './schema.ts';
import type { FrequentAttenderDerivedName } from './types.ts';

// Which answers each boolean derived value reads (for the consistency test's dependency graph).
// Every count reads V3 (`otherAttendances`): reported visits count.

const counts = ['otherAttendances'] as const;
const pattern = [...counts, 'patternFeatures', 'attendanceExplanation', 'headInjuryToday'] as const;

export const frequentAttenderDerivedReads: Record<
  FrequentAttenderDerivedName,
  readonly FrequentAttenderKey[]
> = {
  historyAvailable: [],
  historyUnavailable: [],
  repeatAttender: counts,
  frequentAttender: counts,
  priorLeftBeforeSeen: counts,
  priorInjuryVisit: counts,
  headInjuryAsked: counts,
  repeatHeadInjuryYoung: [...counts, 'headInjuryToday'],
  patternConcern: pattern,
  leadBeforeLeaving: [...pattern, 'todayReasons', 'knownToSocialCare', 'reviewDecision'],
  leadByNextWorkingDay: [...pattern, 'todayReasons', 'knownToSocialCare', 'reviewDecision'],
};
