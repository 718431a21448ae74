import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { fromPromise } from 'xstate';
import { completionIssues } from '../../model/completion.ts';
import type { AttendanceRecord } from '../../model/context.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { flowStateOf, type ProformaMachineEvent, type ProformaMachineInput } from '../../model/machine.ts';
import type { RegistryLookupRequest } from '../../model/registryLookup.ts';
import {
  flowCompletenessLevel,
  replayOnActor,
  type ProformaSnapshot,
} from '../../model/testing/flowPathReplay.ts';
import { frequentAttender } from './definition.ts';
import { faContext, NHS_NUMBER, visit } from './fixtures-builder.ts';
import { frequentAttenderFixtures } from './fixtures.ts';
import { frequentAttenderMachine } from './machine.ts';

// Every path over a FIXED event set (@xstate/graph), states keyed by flow + completeness + level
// only: every level the spec can produce is reachable, and no path signs off an incomplete form.

/** The registry never answers by itself here: its replies are events in the set. */
const machine = frequentAttenderMachine.provide({
  actors: { registryLookup: fromPromise<unknown, RegistryLookupRequest>(() => new Promise(() => {})) },
});
const unique = <T>(values: T[]): T[] => [...new Map(values.map((v) => [JSON.stringify(v), v])).values()];

const recordSets = unique(
  frequentAttenderFixtures.flatMap((f) => (f.context.priorAttendances ? [f.context.priorAttendances] : [])),
);
const lookupEvents = [
  ...recordSets.map((output) => ({ type: 'xstate.done.actor.registryLookup', output })),
  {
    type: 'xstate.done.actor.registryLookup',
    output: [visit('x', -10, undefined, { nhsNumber: '9990000026' })],
  },
  { type: 'xstate.error.actor.registryLookup', error: new Error('503') },
  { type: 'xstate.after.lookupTimeout.frequent-attender.flow.active.lookingUp.waiting' },
  { type: 'lookup.stop' },
  { type: 'lookup.retry' },
] as unknown as ProformaMachineEvent[];
const answerEvents: ProformaMachineEvent[] = unique(frequentAttenderFixtures.map((f) => f.answers)).map(
  (answers) => ({
    type: 'answers.merged',
    answers,
  }),
);
const clears: ProformaMachineEvent[] = [
  { type: 'answer.changed', key: 'otherAttendances', value: undefined },
  { type: 'answer.changed', key: 'patternReviewed', value: undefined },
  { type: 'answer.changed', key: 'leadDiscussion', value: 'arranged' },
];
const flowEvents: ProformaMachineEvent[] = [
  { type: 'phase.next' },
  { type: 'phase.back' },
  { type: 'escalation.acknowledged' },
  { type: 'review.confirm' },
  { type: 'outcome.sign', name: 'Sam Example', role: 'ENP', at: '2025-03-12T12:00:00+00:00' },
];
const events = [...lookupEvents, ...answerEvents, ...clears, ...flowEvents];

const inputs: [string, ProformaMachineInput][] = [
  [
    'a 3-year-old with a verified NHS number',
    { context: faContext('2021-09-01', 'male', undefined), nhsNumber: NHS_NUMBER },
  ],
  ['a 9-year-old without a verified NHS number', { context: faContext('2015-12-25', 'female', undefined) }],
];

/** What sign-off must guarantee, recomputed from the answers and history (not the machine's flags). */
const signOffProblems = (snapshot: ProformaSnapshot): string[] => {
  const { answers, assessmentContext, encounter, lookup } = snapshot.context;
  const evaluation = evaluateProforma(frequentAttender, answers, assessmentContext, encounter);
  const problems = completionIssues(frequentAttender, evaluation, assessmentContext).map((i) => i.message);
  if (lookup?.status === 'running') problems.push('lookup still running');
  const history = assessmentContext.priorAttendances as AttendanceRecord[] | undefined;
  if ((lookup?.status === 'succeeded') !== (history !== undefined))
    problems.push('history and lookup disagree');
  return problems;
};

describe('frequent-attender statechart paths', () => {
  const results = inputs.map(([name, input]) => ({
    name,
    input,
    paths: getShortestPaths(machine, { input, events, serializeState: (s) => flowCompletenessLevel(s) }),
  }));
  const keys = results.flatMap((r) => r.paths.map((p) => flowCompletenessLevel(p.state)));

  it('reaches every level the spec can produce (NO_CONCERN, NOTIFY, DISCUSS, REFER), never EMERGENCY', () => {
    for (const level of ['NO_CONCERN', 'NOTIFY', 'DISCUSS', 'REFER'])
      expect(
        keys.some((k) => k.endsWith(`|${level}`)),
        level,
      ).toBe(true);
    expect(keys.some((k) => k.endsWith('|EMERGENCY') || k.startsWith('escalating'))).toBe(false);
  });

  it('signs off at every level, with the history checked and with it unavailable (FA-U)', () => {
    const signed = results.flatMap((r) => r.paths.filter((p) => flowStateOf(p.state.value) === 'signedOff'));
    const levels = new Set(signed.map((p) => p.state.context.evaluation.level));
    expect([...levels].sort()).toEqual(['DISCUSS', 'NOTIFY', 'NO_CONCERN', 'REFER']);
    expect(signed.some((p) => p.state.context.evaluation.firedRules.includes('FA-U'))).toBe(true);
    expect(signed.some((p) => p.state.context.lookup?.status === 'succeeded')).toBe(true);
  });

  it.each(results.map((r, i) => [r.name, i] as const))(
    '%s: signs off only when complete (replayed on an actor)',
    (_, index) => {
      const result = results[index];
      if (!result) throw new Error('no traversal');
      const signed = result.paths.filter((p) => flowStateOf(p.state.value) === 'signedOff');
      expect(signed.length).toBeGreaterThan(0);
      expect(result.paths.some((p) => flowCompletenessLevel(p.state).includes('|incomplete|'))).toBe(true);
      expect(signed.map((p) => flowCompletenessLevel(p.state).split('|')[1])).not.toContain('incomplete');
      for (const path of signed) {
        const actorState = replayOnActor(
          machine,
          result.input,
          path.steps.map((s) => s.event),
        );
        expect(flowStateOf(actorState.value)).toBe('signedOff');
        expect(signOffProblems(actorState)).toEqual([]);
      }
    },
  );

  it('the sign-off check catches a form still looking up (it can fail)', () => {
    const state = replayOnActor(
      machine,
      inputs[0]?.[1] ?? { context: faContext('2021-09-01', 'male', undefined) },
      [],
    );
    expect(signOffProblems(state)).toContain('lookup still running');
  });
});
