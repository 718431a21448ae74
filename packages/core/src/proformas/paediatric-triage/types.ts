import type { Level } from '../../model/levels.ts';
import type { BooleanKeys, RuleInput } from '../../model/proforma.ts';
import type { Rule } from '../../model/rule.ts';
import type { InjuryType } from './codes.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

/** Who gets the health notification besides the GP: health visitor under 5, else school nurse. */
export type NotifyService = 'hv' | 'sn';
/** paediatric-triage.md `ypFactors`: domestic abuse, own substance use, own mental health. */
export type YpFactor = 'da' | 'sub' | 'mh';
export type SummaryRecipient = 'gp' | NotifyService;

/**
 * Every derived value of paediatric-triage.md "Derived values". A `type` alias (not an interface),
 * so that it satisfies Record<string, unknown>. Only the boolean ones may appear in conditions.
 */
export type PaediatricTriageDerived = {
  ageMonths: number;
  ageYears: number;
  nonMobile: boolean;
  notifyService: NotifyService;
  /** Whole minutes from B2 to arrival; displayed only. */
  injuryDelayMinutes: number | undefined;
  infantLargeHeadMark: boolean;
  poorExplanation: boolean;
  referTypes: readonly InjuryType[];
  cpFlag: boolean;
  referConcern: boolean;
  discussConcern: boolean;
  urgentTransfer: boolean;
  youngParent: boolean;
  ypFactors: YpFactor[];
  sexualHealthContext: boolean;
  sharingAgreed: boolean;
  privateSummary: boolean;
  routineSummaryTo: SummaryRecipient[];
  cseRisk: string | undefined;
  faLevel: string | undefined;
  otherFormDiscuss: boolean;
  encounterLevel: Level;
};

export type TriageDerivedName = BooleanKeys<PaediatricTriageDerived>;
export type TriageInput = RuleInput<PaediatricTriageAnswers, PaediatricTriageDerived>;
export type TriageRule = Rule<TriageInput>;

/** The phases of paediatric-triage.md "Flow" (outcome and signedOff belong to the shared lifecycle). */
export type TriagePhaseId =
  'safety' | 'whoAndChecks' | 'presentation' | 'child' | 'family' | 'linkedForms' | 'sharing';
