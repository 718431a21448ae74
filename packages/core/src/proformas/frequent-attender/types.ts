import type { BooleanKeys, RuleInput } from '../../model/proforma.ts';
import type { Rule } from '../../model/rule.ts';
import type { FrequentAttenderDerived } from './derived.ts';
import type { FrequentAttenderAnswers } from './schema.ts';

export type FrequentAttenderDerivedName = BooleanKeys<FrequentAttenderDerived>;
export type FrequentAttenderInput = RuleInput<FrequentAttenderAnswers, FrequentAttenderDerived>;
export type FrequentAttenderRule = Rule<FrequentAttenderInput>;

/**
 * The phases of frequent-attender.md "Flow" (outcome and signedOff belong to the shared lifecycle).
 * The spec's "Reviewing" phase is `reviewingVisits`: the shared lifecycle already has a state named
 * `reviewing` (the check before the outcome), and a phase may not take a lifecycle state's name.
 */
export type FrequentAttenderPhaseId =
  'lookingUp' | 'historyUnavailable' | 'listing' | 'reviewingVisits' | 'discussing';
