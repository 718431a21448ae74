import type { ZodMiniType } from 'zod/mini';
import type { ActionCode } from './actions.ts';
import type { Age } from './age.ts';
import type { SafeguardingConfig } from './config.ts';
import type { AssessmentContext } from './context.ts';
import type { Condition } from './condition.ts';
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

/**
 * A banner the UI shows while its condition holds, whatever the phase (the statechart's parallel
 * `alerts` region; the state carries the tag `alert.<id>`), e.g. CSE "do not delay EC".
 */
export interface ProformaAlert<K extends string = string, D extends string = string> {
  id: string;
  when: Condition<K, D>;
  /** What the banner says, in plain English. */
  message: string;
}

export interface ContextIssue {
  key: string;
  code: string;
  message: string;
}

/** What a definition's own completion checks read: the evaluated (shown-only) answers. */
export interface CompletionInput<A, D> {
  answers: Partial<A>;
  derived: D;
  config: SafeguardingConfig;
  age: Age;
  /** The level that shows and requires items (the encounter's, or this form's alone). */
  level: Level;
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
  /** Phases skipped while their condition is false (absent: always shown), e.g. CSE `consent`. */
  phaseShownWhen?: Partial<Record<P, Condition<keyof A & string, BooleanKeys<D>>>>;
  /** Banners shown the moment their condition holds (a parallel `alerts` region of the statechart). */
  alerts?: readonly ProformaAlert<keyof A & string, BooleanKeys<D>>[];
  /** The spec's derived values; each condition's named derived value reads from here. */
  derive: (input: ProformaInput<A>) => D;
  /** Which answer keys each boolean derived value reads (for the dependency graph). */
  derivedReads: Record<BooleanKeys<D>, readonly (keyof A & string)[]>;
  rules: readonly Rule<RuleInput<A, D>>[];
  /** The `detail` object of the Assessment. */
  detail: (input: RuleInput<A, D>, fired: readonly Firing[]) => Record<string, unknown>;
  /**
   * Completion rules beyond required items, entries and blocking answers (e.g. a row's date of
   * birth or NHS number that cannot be right). Each issue blocks sign-off with its message.
   */
  completionChecks?: (input: CompletionInput<A, D>) => ContextIssue[];
  /**
   * Actions that follow from the final level rather than from a rule (e.g. hidden harm's
   * `ROUTINE_SUMMARY` at NO_CONCERN, Precedence 3). They never change the level or firedRules.
   */
  levelActions?: (input: RuleInput<A, D>, level: Level) => readonly ActionCode[];
  /**
   * Context checks beyond the shared ones (e.g. P-R7: the triage is for under-18s only), and checks
   * of the raw (unvalidated) answers against the context (e.g. a date not after the attendance).
   */
  checkContext?: (context: AssessmentContext, age: Age, answers: Record<string, unknown>) => ContextIssue[];
  /** Rule ids the spec defines (checked by the consistency test against rules and fixtures). */
  ruleIds: readonly string[];
}

/** Erase a definition's type parameters for registries and generic code. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one place generic definitions are widened
export type AnyProformaDefinition = ProformaDefinition<any, any, string>;
