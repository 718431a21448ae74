import type { ActionCode } from '../model/actions.ts';
import type { AssessmentContext } from '../model/context.ts';
import { evaluateProforma, type ProformaEvaluation } from '../model/evaluateProforma.ts';
import type { Level } from '../model/levels.ts';
import type { EncounterInputs, ProformaId } from '../model/proforma.ts';
import { getProforma } from './registry.ts';

/** The public result of assessing one form (domain/README.md "The public contract"). */
export interface Assessment {
  proforma: ProformaId;
  level: Level;
  actions: ActionCode[];
  firedRules: string[];
  detail: Record<string, unknown>;
  reasons: string[];
}

export const toAssessment = (evaluation: ProformaEvaluation): Assessment => ({
  proforma: evaluation.proforma,
  level: evaluation.level,
  actions: evaluation.actions,
  firedRules: evaluation.firedRules,
  detail: evaluation.detail,
  reasons: evaluation.reasons,
});

/** Evaluate one form with everything the engine knows (for UIs and drafts). */
export const evaluate = (
  id: ProformaId,
  answers: Record<string, unknown>,
  context: AssessmentContext,
  encounter: EncounterInputs = {},
): ProformaEvaluation => evaluateProforma(getProforma(id), answers, context, encounter);

/** Assess one form: pure, deterministic; throws ProformaValidationError on bad input. */
export const assess = (
  id: ProformaId,
  answers: Record<string, unknown>,
  context: AssessmentContext,
): Assessment => toAssessment(evaluate(id, answers, context));
