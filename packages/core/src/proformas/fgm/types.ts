import type { ActionCode } from '../../model/actions.ts';
import type { BooleanKeys, RuleInput } from '../../model/proforma.ts';
import type { Rule } from '../../model/rule.ts';
import type { FgmAnswers } from './schema.ts';

/** fgm.md "Derived values" `s5bStatus`. */
export type S5bStatus =
  | 'report-required'
  | 'reported-by-colleague'
  | 'not-applicable-not-regulated'
  | 'not-applicable-third-party'
  | 'not-applicable-at-risk'
  | 'not-applicable-adult';

export type ReporterStatus = 'report-required' | 'reported-by-colleague';

/** One `regulatedRow` of F15d (fgm.md `detail.s5b.reporters`). */
export type S5bReporter = {
  /** The 0-based F15d row. */
  row: number;
  /** '' while the draft has no answer yet (required before sign-off). */
  name: string;
  profession: string;
  regulator: string;
  /** null while the draft has no answer yet (required before sign-off). */
  heardOrSaw: 'heard' | 'saw' | 'both' | null;
  status: ReporterStatus;
  policeReference: string | null;
  reportedAt: string | null;
};

/** The s5B dates, shared by every reporter (null unless s5bCase). */
export type S5bDates = { identifiedOn: string | null; dueBy: string | null; latestBy: string | null };

export type FgmIsBasis = 'mother-had-fgm' | 'sister-had-fgm';
export type FgmIsNotAddedWhy = 'has-had-fgm' | 'already-flagged' | 'aged-18-or-over' | 'check-family-history';
export type FgmIsGirl = 'patient' | number;
export type FgmIsAdd = {
  girl: FgmIsGirl;
  name: string | null;
  /** The row's date of birth; the patient's from the context; '' while a row has none yet. */
  dateOfBirth: string;
  nhsNumber: string | null;
  basis: FgmIsBasis;
};
export type FgmIsNotAdded = { girl: FgmIsGirl; name: string | null; why: FgmIsNotAddedWhy };
export type FgmIsList = { add: FgmIsAdd[]; notAdded: FgmIsNotAdded[]; unbornGirl: boolean };

/**
 * Every derived value of fgm.md "Derived values". A `type` alias (not an interface) so that it
 * satisfies Record<string, unknown>. Only the boolean ones may appear in conditions.
 */
export type FgmDerived = {
  /** `attendanceDate`: the Europe/London calendar date of arrival, YYYY-MM-DD. */
  attendanceDate: string;
  /** `U18`. */
  u18: boolean;
  /** `age ≥ 18`. */
  adult: boolean;
  knownFgm: boolean;
  s5bCase: boolean;
  adultPath: boolean;
  patientHasFgm: boolean;
  unbornAtRisk: boolean;
  partTwoShown: boolean;
  partTwoLive: boolean;
  /** `rowAge` of each F11b row; null without a usable date of birth. */
  rowAges: (number | null)[];
  /** Row indexes of `listedGirls`. */
  listedGirls: number[];
  familyGirlHadFgm: boolean;
  familyHistory: boolean;
  daysToPlanned: number | null;
  imminent: boolean;
  /** `imminent` because of a date within `fgmImminenceDays` (not only F9c). */
  imminentByDate: boolean;
  notifyYoung: ActionCode[];
  reporters: S5bReporter[];
  s5bStatus: S5bStatus;
  s5bDates: S5bDates;
  fgmIs: FgmIsList;
  /** Rows (0-based) of F11b whose date of birth is after the attendance (a completion rule). */
  girlsBornAfterAttendance: number[];
  /** Triage B17 = yes but F4a, F5a and F6a all no (checked at encounter sign-off). */
  triageFgmUnconfirmed: boolean;
};

export type FgmDerivedName = BooleanKeys<FgmDerived>;
export type FgmInput = RuleInput<FgmAnswers, FgmDerived>;
export type FgmRule = Rule<FgmInput>;

/** The phases of fgm.md "Flow" (review and signed off belong to the shared lifecycle). */
export type FgmPhaseId = 'screen' | 'hasFgmHappened' | 'adultWoman' | 'family' | 'riskToGirls';
