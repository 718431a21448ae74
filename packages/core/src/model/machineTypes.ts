import type { AssessmentContext } from './context.ts';
import type { ProformaEvaluation } from './evaluateProforma.ts';
import type { AnyProformaDefinition, EncounterInputs } from './proforma.ts';
import type { LookupExtension, RegistryLookupStatus } from './registryLookup.ts';
import type { ValidationIssue } from './validation.ts';

/** What the statechart of a proforma holds (createProformaMachine, machine.ts). */
export interface ProformaMachineContext {
  proforma: AnyProformaDefinition['id'];
  answers: Record<string, unknown>;
  assessmentContext: AssessmentContext;
  encounter: EncounterInputs;
  evaluation: ProformaEvaluation;
  /** What still blocks sign-off. */
  issues: ValidationIssue[];
  /** Emergency clauses the clinician has acknowledged ("rule:clause"). */
  acknowledged: string[];
  signedOff?: { name: string; role: string; at: string };
  /** The registry lookup, when the machine runs one (createProformaMachine's `lookup` option). */
  lookup?: RegistryLookupStatus;
  /**
   * Answers given before the registry replied (a prefill or a resumed draft) to items that stay
   * hidden until the history is known: held, not cleared, and given back once the history arrives,
   * so a lookup never loses what was entered. Empty or absent when nothing is held.
   */
  heldAnswers?: Record<string, unknown>;
  /** The verified NHS number the lookup uses. */
  nhsNumber?: string;
  /**
   * Why the last change was refused (a wrong type, an unknown option, a date after arrival).
   * The refused value is not stored; every answer already given is kept. Empty after a good change.
   */
  inputIssues: ValidationIssue[];
}

export type ProformaMachineEvent<K extends string = string, P extends string = string> =
  | { type: 'answer.changed'; key: K; value: unknown }
  | { type: 'answers.merged'; answers: Partial<Record<K, unknown>> }
  | { type: 'encounter.updated'; encounter: EncounterInputs }
  | { type: 'phase.next' }
  | { type: 'phase.back' }
  | { type: 'phase.goto'; phase: P }
  | { type: 'escalation.acknowledged' }
  | { type: 'review.confirm' }
  | { type: 'outcome.sign'; name: string; role: string; at: string }
  /** "Stop waiting": the lookup is treated as failed. */
  | { type: 'lookup.stop' }
  /** "Try again": back to the lookup, keeping every answer. */
  | { type: 'lookup.retry' };

export interface ProformaMachineInput {
  context: AssessmentContext;
  answers?: Record<string, unknown>;
  encounter?: EncounterInputs;
  /** The patient's verified NHS number; absent when not verified (the lookup then fails at once). */
  nhsNumber?: string;
}

/** Optional extensions of the shared lifecycle. */
export interface ProformaMachineOptions {
  /**
   * Run an attendance-registry lookup in the first phase (frequent-attender.md "Flow" 1–2):
   * `registryLookup(options)` from `registryLookup.ts`. Kept out of machine.ts so that a form
   * without a lookup does not carry its code.
   */
  lookup?: LookupExtension;
}
