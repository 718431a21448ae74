import { createActor } from 'xstate';
import type { AssessmentContext } from '../../model/context.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { flowStateOf, type ProformaMachineEvent } from '../../model/machine.ts';
import { fgm } from './definition.ts';
import { fgmContext, GIRL_UNSTATED } from './fixtures-builder.ts';
import { fgmMachine } from './machine.ts';
import type { FgmAnswers } from './schema.ts';

// Test support shared by the fgm test files: patients, a one-call evaluation, and actor helpers.

export const GIRL_15 = fgmContext('2009-07-07', '2025-01-31T18:45:00+00:00');
export const GIRL_11 = fgmContext('2014-02-01', '2025-06-06T10:00:00+01:00');
export const WOMAN = fgmContext('1985-01-15', '2025-04-10T10:00:00+01:00');
/** A girl who told staff herself: an s5B case. */
export const DISCLOSED: Partial<FgmAnswers> = {
  ...GIRL_UNSTATED,
  girlDisclosed: 'yes',
  girlDisclosureWords: 'I was cut.',
};

export const run = (answers: Partial<FgmAnswers>, context = GIRL_15) =>
  evaluateProforma(fgm, answers, context);
/** The fired clauses as "F-R1 (a)", in firing order. */
export const clauses = (answers: Partial<FgmAnswers>, context = GIRL_15) =>
  run(answers, context).firings.map((f) => `${f.rule}${f.clause ? ` (${f.clause})` : ''}`);

export const start = (context: AssessmentContext, answers: Partial<FgmAnswers> = {}) =>
  createActor(fgmMachine, { input: { context, answers } }).start();
export type FgmActor = ReturnType<typeof start>;
export const flow = (actor: FgmActor) => flowStateOf(actor.getSnapshot().value);
export const send = (actor: FgmActor, ...events: ProformaMachineEvent[]) =>
  events.forEach((e) => actor.send(e));
export const next: ProformaMachineEvent = { type: 'phase.next' };
export const merge = (answers: Partial<FgmAnswers>): ProformaMachineEvent => ({
  type: 'answers.merged',
  answers,
});
export const SIGN: ProformaMachineEvent = {
  type: 'outcome.sign',
  name: 'Dr Sign Example',
  role: 'ENP',
  at: '2025-06-06T11:00:00+01:00',
};
