import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { completionIssues } from '../../model/completion.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { LEVELS } from '../../model/levels.ts';
import { flowStateOf, type ProformaMachineEvent, type ProformaMachineInput } from '../../model/machine.ts';
import {
  flowCompletenessLevel,
  replayOnActor,
  type ProformaSnapshot,
} from '../../model/testing/flowPathReplay.ts';
import { cse } from './definition.ts';
import { ARRIVED_AT, context } from './fixtures-common.ts';
import { cseFixtures } from './fixtures.ts';
import { cseMachine } from './machine.ts';

// Every path over a FIXED event set (@xstate/graph): each fixture's answers as one answers.merged
// event, two clears, and the lifecycle events. States are keyed by flow + completeness + level
// only (never the whole context). Every level the spec can produce is reachable, and no path signs
// off with a required item unanswered (each path to signedOff is replayed on a real actor).

const EVENTS: ProformaMachineEvent[] = [
  ...cseFixtures
    .filter((f) => f.context.attendance.arrivedAt === ARRIVED_AT) // dates are relative to it
    .map((f): ProformaMachineEvent => ({ type: 'answers.merged', answers: f.answers })),
  { type: 'answer.changed', key: 'youngPersonSharingView', value: undefined },
  { type: 'answer.changed', key: 'immediateDanger', value: undefined },
  { type: 'phase.next' },
  { type: 'phase.back' },
  { type: 'escalation.acknowledged' },
  { type: 'review.confirm' },
  { type: 'outcome.sign', name: 'Synthetic Nurse', role: 'ENP', at: '2025-03-10T12:00:00+00:00' },
];

/** A 15-year-old girl: Fraser, S17 and S16 are all shown, so every completion rule is in play. */
const FIFTEEN: ProformaMachineInput = { context: context(15, 'female') };

/** What sign-off must guarantee, recomputed from the answers (not from the machine's own flags). */
const signOffGaps = (snapshot: ProformaSnapshot): string[] => {
  const { answers, assessmentContext, encounter } = snapshot.context;
  const evaluation = evaluateProforma(cse, answers, assessmentContext, encounter);
  return completionIssues(cse, evaluation, assessmentContext).map((i) => i.message);
};

describe('cse statechart paths', () => {
  const paths = getShortestPaths(cseMachine, {
    input: FIFTEEN,
    events: EVENTS,
    serializeState: (s) => flowCompletenessLevel(s),
  });
  const keys = paths.map((p) => flowCompletenessLevel(p.state));

  it('reaches every level the spec can produce, the emergency screen and each phase', () => {
    for (const level of LEVELS)
      expect(
        keys.some((k) => k.endsWith(`|${level}`)),
        level,
      ).toBe(true);
    expect(keys.some((k) => k.startsWith('escalating|'))).toBe(true);
    const flows = new Set(keys.map((k) => k.split('|')[0]));
    for (const phase of [...cse.phases.map((p) => p.id), 'reviewing', 'outcome', 'signedOff'])
      expect(flows, phase).toContain(phase);
  });

  it('signs off at every level, and never with a required item unanswered (replayed on a real actor)', () => {
    const signed = paths.filter((p) => flowStateOf(p.state.value) === 'signedOff');
    expect(new Set(signed.map((p) => p.state.context.evaluation.level))).toEqual(new Set(LEVELS));
    for (const path of signed) {
      const replayed = replayOnActor(
        cseMachine,
        FIFTEEN,
        path.steps.map((s) => s.event),
      );
      expect(flowStateOf(replayed.value)).toBe('signedOff');
      expect(signOffGaps(replayed)).toEqual([]);
    }
  });

  it('every signed-off state is complete (sign-off is refused otherwise; answers are then frozen)', () => {
    const signedKeys = keys.filter((k) => k.startsWith('signedOff|'));
    expect(signedKeys.length).toBeGreaterThan(0);
    for (const key of signedKeys) expect(key.split('|')[1]).toBe('complete');
  });
});
