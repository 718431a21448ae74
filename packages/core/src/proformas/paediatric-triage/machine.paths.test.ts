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
import { paediatricTriage } from './definition.ts';
import { triageContext } from './fixtures-builder.ts';
import { paediatricTriageFixtures } from './fixtures.ts';
import { paediatricTriageMachine } from './machine.ts';

// Every shortest path over a FIXED event set (@xstate/graph 3): each fixture's answers as one
// `answers.merged` event, two clears (B6 and C2: `answer.changed` with value undefined), and
// phase.next, phase.back, escalation.acknowledged, review.confirm, outcome.sign. States are keyed
// by flow state + complete (issues.length === 0) + level only, never the whole context (the
// answers differ on every path: serialising them would make the graph endless).

/** Built on first use inside a test: reading a fixture's answers runs the rules. */
const answerEvents = (): ProformaMachineEvent[] => [
  ...paediatricTriageFixtures.map((f): ProformaMachineEvent => ({
    type: 'answers.merged',
    answers: f.answers,
  })),
  { type: 'answer.changed', key: 'independentlyMobile', value: undefined },
  { type: 'answer.changed', key: 'childAccountTaken', value: undefined },
];
const FLOW_EVENTS: ProformaMachineEvent[] = [
  { type: 'phase.next' },
  { type: 'phase.back' },
  { type: 'escalation.acknowledged' },
  { type: 'review.confirm' },
  { type: 'outcome.sign', name: 'Synthetic Nurse', role: 'Staff nurse', at: '2025-03-10T12:00+00:00' },
];
/**
 * Where answers are offered (so the walk stays well under 10 s): at the start, in a late phase (an
 * emergency that interrupts mid-form) and at review (a change at the last moment). The flow events
 * are offered everywhere. machine.signoff.test.ts covers a change at the outcome screen.
 */
const ANSWERING_IN = new Set(['safety', 'family', 'reviewing']);
let answering: ProformaMachineEvent[] | undefined;
const eventsFor = (snapshot: ProformaSnapshot): ProformaMachineEvent[] =>
  ANSWERING_IN.has(flowStateOf(snapshot.value))
    ? (answering ??= [...answerEvents(), ...FLOW_EVENTS])
    : FLOW_EVENTS;

/** What sign-off must guarantee, recomputed from the answers (not from the machine's own flags). */
const signOffGaps = (snapshot: ProformaSnapshot): string[] => {
  const { answers, assessmentContext, encounter } = snapshot.context;
  const evaluation = evaluateProforma(paediatricTriage, answers, assessmentContext, encounter);
  return completionIssues(paediatricTriage, evaluation, assessmentContext).map((i) => i.message);
};

/** The walk takes 1–2 s of CPU; allow for a busy machine or mutation-testing instrumentation. */
const WALK_TIMEOUT_MS = 60_000;

describe.each<[string, ProformaMachineInput]>([
  // 16: H1–H12, B11, B16, E2.2 and D3.1b are all shown, so nearly every completion rule is in play.
  ['a 16-year-old girl', { context: triageContext('2008-06-01', 'female') }],
  // 11 months: B6 and B9.1 are shown (mobility never assumed; the infant head-mark rule).
  ['an 11-month-old boy', { context: triageContext('2024-03-11', 'male') }],
])('paediatric-triage statechart paths for %s', (_who, input) => {
  // Walked on first use inside a test (not when the suite is collected), then shared by the tests.
  let walked: ReturnType<typeof walk> | undefined;
  const walk = () => {
    const paths = getShortestPaths(paediatricTriageMachine, {
      input,
      events: eventsFor,
      serializeState: (s) => flowCompletenessLevel(s),
    });
    return { paths, keys: paths.map((p) => flowCompletenessLevel(p.state)) };
  };
  const graph = () => (walked ??= walk());

  it(
    'reaches every level, the emergency screen and each phase',
    () => {
      const { keys } = graph();
      for (const level of LEVELS)
        expect(
          keys.some((k) => k.endsWith(`|${level}`)),
          level,
        ).toBe(true);
      expect(keys.some((k) => k.startsWith('escalating|'))).toBe(true);
      const flows = new Set(keys.map((k) => k.split('|')[0]));
      for (const phase of [...paediatricTriage.phases.map((p) => p.id), 'reviewing', 'outcome', 'signedOff'])
        expect(flows, phase).toContain(phase);
    },
    WALK_TIMEOUT_MS,
  );

  it(
    'never signs off with a required item unanswered (each path replayed on a real actor)',
    () => {
      const { paths } = graph();
      const signed = paths.filter((p) => flowStateOf(p.state.value) === 'signedOff');
      expect(signed.length).toBeGreaterThan(0);
      for (const path of signed) {
        const replayed = replayOnActor(
          paediatricTriageMachine,
          input,
          path.steps.map((s) => s.event),
        );
        expect(flowStateOf(replayed.value)).toBe('signedOff');
        expect(replayed.context.issues).toEqual([]);
        expect(signOffGaps(replayed)).toEqual([]);
      }
    },
    WALK_TIMEOUT_MS,
  );

  it(
    'every signed-off state is complete',
    () => {
      const { keys } = graph();
      const signedKeys = keys.filter((k) => k.startsWith('signedOff|'));
      expect(signedKeys.length).toBeGreaterThan(0);
      for (const key of signedKeys) expect(key.split('|')[1]).toBe('complete');
    },
    WALK_TIMEOUT_MS,
  );
});
