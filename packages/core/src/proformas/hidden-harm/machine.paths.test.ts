import { getShortestPaths } from '@xstate/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { completionIssues } from '../../model/completion.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { LEVELS } from '../../model/levels.ts';
import { flowStateOf, type ProformaMachineEvent, type ProformaMachineInput } from '../../model/machine.ts';
import {
  flowCompletenessLevel,
  replayOnActor,
  type ProformaSnapshot,
} from '../../model/testing/flowPathReplay.ts';
import { hiddenHarm } from './definition.ts';
import { adult } from './fixtures-build.ts';
import { hiddenHarmFixtures } from './fixtures.ts';
import { hiddenHarmMachine } from './machine.ts';
import { hiddenHarmSchema } from './schema.ts';

// Every path over a FIXED event set (@xstate/graph), states keyed by flow + completeness + level
// only (never the whole context): every level hidden-harm.md can produce is reachable, and no path
// signs off a form with a required item unanswered (each signed-off path replayed on a real actor).

/** Every answer key blank: a fixture's event replaces the whole draft rather than adding to it. */
const BLANK = Object.fromEntries(Object.keys(hiddenHarmSchema.shape).map((key) => [key, undefined]));

const EVENTS: ProformaMachineEvent[] = [
  // Each fixture's answers as one answers.merged event.
  ...hiddenHarmFixtures.map((f): ProformaMachineEvent => ({
    type: 'answers.merged',
    answers: { ...BLANK, ...f.answers },
  })),
  // A couple of clears: H1 back to unanswered, H13 unanswered, and a child row with only a name.
  { type: 'answer.changed', key: 'childrenUnder18', value: undefined },
  { type: 'answer.changed', key: 'infoSharingExplained', value: undefined },
  { type: 'answers.merged', answers: { childrenUnder18: 'yes', children: [{ name: 'Child Example' }] } },
  { type: 'phase.next' },
  { type: 'phase.back' },
  { type: 'escalation.acknowledged' },
  { type: 'review.confirm' },
  {
    type: 'outcome.sign',
    name: 'Dr Sign Example',
    role: 'Emergency nurse practitioner',
    at: '2025-03-10T12:00:00+00:00',
  },
];

const INPUT: ProformaMachineInput = { context: adult(35, 'female') };

/** What sign-off must guarantee, recomputed from the answers (not from the machine's own flags). */
const signOffProblems = (snapshot: ProformaSnapshot): string[] => {
  const { answers, assessmentContext, encounter } = snapshot.context;
  const evaluation = evaluateProforma(hiddenHarm, answers, assessmentContext, encounter);
  return completionIssues(hiddenHarm, evaluation, assessmentContext).map((i) => i.message);
};

describe('hidden-harm statechart paths', () => {
  let paths: ReturnType<typeof getShortestPaths<typeof hiddenHarmMachine>> = [];
  let keys: string[] = [];
  beforeAll(() => {
    paths = getShortestPaths(hiddenHarmMachine, {
      input: INPUT,
      events: EVENTS,
      serializeState: (snapshot) => flowCompletenessLevel(snapshot),
      // A signed-off form is a record: nothing leaves it, so it is not explored further.
      stopWhen: (snapshot) => flowStateOf(snapshot.value) === 'signedOff',
    });
    keys = paths.map((p) => flowCompletenessLevel(p.state));
    // About 4 s on one free core; the CPU is shared, so the hook may wait longer than the default.
  }, 60_000);

  it('reaches every level (NO_CONCERN to EMERGENCY) at the outcome and at sign-off', () => {
    for (const level of LEVELS) {
      expect(keys, level).toContain(`outcome|complete|${level}`);
      expect(keys, level).toContain(`signedOff|complete|${level}`);
    }
  });

  it('enters the emergency screen (A-R2, A-R10) and every phase of "Flow"', () => {
    expect(keys).toContain('escalating|complete|EMERGENCY');
    for (const phase of hiddenHarm.phases.map((p) => p.id))
      expect(
        keys.some((k) => k.startsWith(`${phase}|`)),
        phase,
      ).toBe(true);
  });

  it('reaches incomplete states, yet never signs one off', () => {
    expect(keys.some((k) => k.includes('|incomplete|'))).toBe(true);
    expect(keys.some((k) => k.startsWith('reviewing|incomplete|'))).toBe(true);
    const signed = paths.filter((p) => flowStateOf(p.state.value) === 'signedOff');
    expect(signed.length).toBeGreaterThanOrEqual(LEVELS.length);
    for (const path of signed) {
      const state = replayOnActor(
        hiddenHarmMachine,
        INPUT,
        path.steps.map((s) => s.event),
      );
      expect(flowStateOf(state.value)).toBe('signedOff');
      expect(signOffProblems(state)).toEqual([]);
    }
  });

  it('the sign-off check catches an unanswered required item (it can fail)', () => {
    const state = replayOnActor(hiddenHarmMachine, INPUT, [
      { type: 'answers.merged', answers: { childrenUnder18: 'yes', children: [{ name: 'Child Example' }] } },
    ]);
    expect(signOffProblems(state)).toEqual(
      expect.arrayContaining(['Child Example: enter the date of birth.']),
    );
  });
});
