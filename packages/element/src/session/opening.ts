import {
  evaluate,
  getMachine,
  getProforma,
  ProformaValidationError,
  type AssessmentContext,
  type ProformaId,
  type ProformaMachineInput,
} from '@proformas/core';
import { createActor, type Snapshot } from 'xstate';
import { resumeAtFirstUnanswered } from './resume.ts';

export type Opening =
  | { ok: true; input: ProformaMachineInput; snapshot?: Snapshot<unknown>; resumeAfterLookup: boolean }
  | { ok: false; message: string };

/**
 * How a form opens: the context is checked by core first (a CSE screen for an adult is refused);
 * with prefilled answers it opens at the first unanswered phase. That is worked out on a trial run
 * of the statechart (with no registry, so nothing is fetched) and the form starts from its snapshot,
 * so focus stays where the host left it. A form that first looks up the registry resumes once the
 * lookup has settled (`resumeAfterLookup`).
 */
export function openForm(
  id: ProformaId,
  context: AssessmentContext,
  answers: Record<string, unknown>,
  nhsNumber: string | undefined,
): Opening {
  try {
    evaluate(id, answers, context);
  } catch (error) {
    if (error instanceof ProformaValidationError)
      return { ok: false, message: error.issues.map((issue) => issue.message).join(' ') };
    throw error;
  }
  const input: ProformaMachineInput = {
    context,
    ...(Object.keys(answers).length > 0 ? { answers } : {}),
    ...(nhsNumber ? { nhsNumber } : {}),
  };
  if (Object.keys(answers).length === 0) return { ok: true, input, resumeAfterLookup: false };
  const trial = createActor(getMachine(id), { input }).start();
  try {
    if (trial.getSnapshot().context.lookup !== undefined) return { ok: true, input, resumeAfterLookup: true };
    resumeAtFirstUnanswered(trial, getProforma(id));
    return { ok: true, input, snapshot: trial.getPersistedSnapshot(), resumeAfterLookup: false };
  } finally {
    trial.stop();
  }
}
