import type { ZodMiniType } from 'zod/mini';
import type { Age } from './age.ts';
import type { SafeguardingConfig } from './config.ts';
import type { AssessmentContext } from './context.ts';
import type { Item } from './item.ts';
import type { Level } from './levels.ts';
import type { Firing, Rule } from './rule.ts';

export const PROFORMA_IDS = ['paediatric-triage', 'hidden-harm', 'cse', 'fgm', 'frequent-attender'] as const;
export type ProformaId = (typeof PROFORMA_IDS)[number];

/** What other forms of the same encounter tell this one (assessEncounter only). */
export interface EncounterInputs {
  /** The encounter level (for items shown or required from a level, e.g. E1, E3). */
  encounterLevel?: Level;
  /** The CSE screen's risk band. */
  cseRisk?: string;
  /** The frequent-attender level. */
  faLevel?: string;
  /** Another form of the encounter is at DISCUSS or above. */
  otherFormDiscuss?: boolean;
  /** Which other forms are at DISCUSS or above. */
  formsAtDiscussOrAbove?: ProformaId[];
  /** Which other forms are present in the encounter. */
  formsPresent?: ProformaId[];
  /** Answers of the other forms (e.g. the CSE screen's S16). */
  otherAnswers?: Partial<Record<ProformaId, Record<string, unknown>>>;
}

/** The resolved inputs every derive and rule function receives. */
export interface ProformaInput<A> {
  /** Answers to shown items only (hidden answers are removed before rules run). */
  answers: Partial<A>;
  context: AssessmentContext;
  config: SafeguardingConfig;
  age: Age;
  encounter: EncounterInputs;
}

export interface RuleInput<A, D> extends ProformaInput<A> {
  derived: D;
}

/** Keys of D whose values are booleans: the only derived names a condition may test. */
export type BooleanKeys<D> = { [K in keyof D]: D[K] extends boolean ? K : never }[keyof D] & string;

export interface Phase<P extends string = string> {
  id: P;
  title: string;
}

export interface ContextIssue {
  key: string;
  code: string;
  message: string;
}

/**
 * Everything that makes a proforma: content (items), types (schema), derived values, rules and
 * phases. Adding a proforma is one such object in its own folder plus one line in the registry.
 */
export interface ProformaDefinition<
  A extends Record<string, unknown> = Record<string, unknown>,
  D extends Record<string, unknown> = Record<string, unknown>,
  P extends string = string,
> {
  id: ProformaId;
  title: string;
  /** What the form is for, in one sentence. */
  purpose: string;
  /** Spec version the content follows. */
  specVersion: string;
  reviewStatus: 'draft' | 'clinically-reviewed';
  /** zod schema of the answers (all optional: a draft may be partial); unknown keys fail. */
  schema: ZodMiniType<Partial<A>>;
  items: readonly Item<keyof A & string, BooleanKeys<D>, P>[];
  phases: readonly Phase<P>[];
  /** The spec's derived values; each condition's named derived value reads from here. */
  derive: (input: ProformaInput<A>) => D;
  /** Which answer keys each boolean derived value reads (for the dependency graph). */
  derivedReads: Record<BooleanKeys<D>, readonly (keyof A & string)[]>;
  rules: readonly Rule<RuleInput<A, D>>[];
  /** The `detail` object of the Assessment. */
  detail: (input: RuleInput<A, D>, fired: readonly Firing[]) => Record<string, unknown>;
  /** Context checks beyond the shared ones (e.g. P-R7: the triage is for under-18s only). */
  checkContext?: (context: AssessmentContext, age: Age) => ContextIssue[];
  /** Rule ids the spec defines (checked by the consistency test against rules and fixtures). */
  ruleIds: readonly string[];
}

/** Erase a definition's type parameters for registries and generic code. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one place generic definitions are widened
export type AnyProformaDefinition = ProformaDefinition<any, any, string>;
