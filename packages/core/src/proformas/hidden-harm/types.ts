import type { ActionCode } from '../../model/actions.ts';
import type { BooleanKeys, RuleInput } from '../../model/proforma.ts';
import type { Rule } from '../../model/rule.ts';
import type { HiddenHarmAnswers } from './schema.ts';

/** hidden-harm.md `householdFactors`: domestic abuse, alcohol or drug misuse, mental ill-health. */
export type HouseholdFactor = 'da' | 'sub' | 'mh';
/** hidden-harm.md `maracRoutes`, in the spec's order. */
export type MaracRoute = 'visible-high-risk' | 'professional-judgement' | 'potential-escalation';

/**
 * Every derived value of hidden-harm.md "Derived values". A `type` alias (not an interface), so that
 * it satisfies Record<string, unknown>. Only the boolean ones may appear in item conditions.
 */
export type HiddenHarmDerived = {
  /** `childAge(row)` for each `children` row, in row order (undefined: no usable date of birth). */
  childAges: (number | undefined)[];
  /** `childAge(row)` for each `childrenElsewhere` row. */
  childElsewhereAges: (number | undefined)[];
  childInCare: boolean;
  unbornChild: boolean;
  childInHousehold: boolean;
  factorDa: boolean;
  factorSub: boolean;
  factorMh: boolean;
  factorCount: number;
  householdFactors: HouseholdFactor[];
  childAloneYoung: boolean;
  childAloneOvernight: boolean;
  /** A-R2's condition: H5 yes, `childAloneYoung`, `childAloneOvernight`, or H7 and H7a yes. */
  childInImmediateDanger: boolean;
  childNotifications: ActionCode[];
  /** Defined only when `dashAgreed = yes`. */
  dashScore: number | undefined;
  maracRoutes: MaracRoute[];
  maracIndicated: boolean;
  pjPrompt: boolean;
  /** Row indexes of `children` with `whereNow = in-department` (the paediatric triage launch). */
  presentChildren: number[];
  /** Row indexes of `children` with `sex` ≠ male (the FGM launch). */
  girls: number[];
  /** `safeToTalkNow = no`: the "Not safe to talk" interrupt of hidden-harm.md "Flow". */
  notSafeToTalk: boolean;
};

export type HiddenHarmDerivedName = BooleanKeys<HiddenHarmDerived>;
export type HiddenHarmInput = RuleInput<HiddenHarmAnswers, HiddenHarmDerived>;
export type HiddenHarmRule = Rule<HiddenHarmInput>;

/** The phases of hidden-harm.md "Flow" (outcome and signedOff belong to the shared lifecycle). */
export type HiddenHarmPhaseId =
  'presentation' | 'dependants' | 'safetyNow' | 'household' | 'domesticAbuse' | 'informationSharing';
