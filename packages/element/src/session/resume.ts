import { flowStateOf, type AnyProformaDefinition, type ProformaEvaluation } from '@proformas/core';
import type { ProformaActor } from '@proformas/react';

/** An answer is there: an empty list is an answer (nothing ticked); an empty text is not. */
const hasAnswer = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/** The phases, in order, with a question shown now and not answered. */
export function unansweredPhases(
  definition: AnyProformaDefinition,
  evaluation: Pick<ProformaEvaluation, 'answers' | 'shown'>,
): string[] {
  return definition.phases
    .map((phase) => phase.id)
    .filter((phase) =>
      definition.items.some(
        (item) =>
          item.phase === phase && evaluation.shown.has(item.key) && !hasAnswer(evaluation.answers[item.key]),
      ),
    );
}

const flowOf = (actor: ProformaActor): string => flowStateOf(actor.getSnapshot().value);

/**
 * Move a prefilled form to its first unanswered phase that is open to the clinician (the
 * statechart refuses a phase not shown), or to check your answers when every shown question is
 * answered. Returns where the form now is.
 */
export function resumeAtFirstUnanswered(actor: ProformaActor, definition: AnyProformaDefinition): string {
  const phaseIds = definition.phases.map((p) => p.id);
  for (const phase of unansweredPhases(definition, actor.getSnapshot().context.evaluation)) {
    if (flowOf(actor) === phase) return phase;
    actor.send({ type: 'phase.goto', phase });
    if (flowOf(actor) === phase) return phase;
  }
  // Everything shown is answered: the last phase shown, then on to check your answers.
  for (const phase of [...phaseIds].reverse()) {
    if (flowOf(actor) !== phase) actor.send({ type: 'phase.goto', phase });
    if (flowOf(actor) === phase) {
      actor.send({ type: 'phase.next' });
      break;
    }
  }
  return flowOf(actor);
}
