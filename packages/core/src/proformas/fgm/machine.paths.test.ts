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
import { fgm } from './definition.ts';
import { fgmContext, person } from './fixtures-builder.ts';
import type { FgmFixture } from './fixtures-builder.ts';
import { example9Fixtures } from './fixtures-example9.ts';
import { familyHistoryFixtures } from './fixtures-family-history.ts';
import { imminenceFixtures } from './fixtures-imminence.ts';
import { s5bFixtures } from './fixtures-s5b.ts';
import { womenFixtures } from './fixtures-women.ts';
import { fgmMachine } from './machine.ts';
import type { IdentifiedByRow } from './schema.ts';

// Every path over a FIXED event set (@xstate/graph), states keyed by flow + completeness + level
// only: every level the spec can produce is reachable, and no path signs off an incomplete form.
const flowEvents: ProformaMachineEvent[] = [
  { type: 'phase.next' },
  { type: 'phase.back' },
  { type: 'escalation.acknowledged' },
  { type: 'review.confirm' },
  { type: 'outcome.sign', name: 'Dr Sign Example', role: 'ENP', at: '2025-06-06T12:00:00+01:00' },
];
const clears: ProformaMachineEvent[] = [
  { type: 'answer.changed', key: 'identifiedBy', value: undefined },
  { type: 'answer.changed', key: 'practisingCommunity', value: undefined },
  // A colleague's report claimed, its police reference not recorded.
  {
    type: 'answers.merged',
    answers: { identifiedBy: [person('Jo', 'nurse', 'nmc', 'heard', { reportedByColleague: 'yes' })] },
  },
  // SAFER READING: an own report still to be made, with neither a reference nor a reason (F15e).
  {
    type: 'answers.merged',
    answers: { identifiedBy: [person('Jo', 'nurse', 'nmc', 'heard', { reportPendingReason: '' })] },
  },
];
/**
 * Each fixture's answers as one answers.merged event. F10b is cleared unless the fixture sets it,
 * as the form does whenever F10a changes (a subtype of another type is invalid input).
 */
const merged = (fixtures: readonly FgmFixture[]): ProformaMachineEvent[] =>
  fixtures.map((f) => ({ type: 'answers.merged', answers: { fgmSubtype: undefined, ...f.answers } }));

const GIRL: ProformaMachineInput = { context: fgmContext('2014-02-01', '2025-06-06T10:00:00+01:00') };
const WOMAN: ProformaMachineInput = { context: fgmContext('1985-01-15', '2025-06-06T10:00:00+01:00') };
/** A girl whose form was launched by triage B17 (T5): its answers reach the form as otherAnswers. */
const LAUNCHED_BY_B17: ProformaMachineInput = {
  context: fgmContext('2009-07-07', '2025-01-31T18:45:00+00:00'),
  encounter: {
    otherAnswers: { 'paediatric-triage': { fgmDisclosedOrSeen: 'yes', fgmSource: ['she-said'] } },
  },
};

const traverse = (input: ProformaMachineInput, events: ProformaMachineEvent[]) =>
  getShortestPaths(fgmMachine, { input, events, serializeState: (s) => flowCompletenessLevel(s) });

/** What sign-off must guarantee, recomputed from the answers (not from the machine's own flags). */
const signOffProblems = (snapshot: ProformaSnapshot, input: ProformaMachineInput): string[] => {
  const { answers, assessmentContext, encounter } = snapshot.context;
  const evaluation = evaluateProforma(fgm, answers, assessmentContext, encounter);
  const problems = completionIssues(fgm, evaluation, input.context).map((i) => i.message);
  // s5B (issue 3): each regulated person has either a police reference, or their own report is
  // pending (F15a = no) with a recorded reason (F15e, a safer reading); and F15d is not empty.
  const rows = (answers['identifiedBy'] ?? []) as IdentifiedByRow[];
  if (evaluation.derived['s5bCase'] === true && rows.length === 0) problems.push('no F15d rows');
  for (const row of rows.filter((r) => r.regulator !== 'not-regulated')) {
    const reference = (row.policeReferenceNumber ?? '').trim() !== '';
    const reason = (row.reportPendingReason ?? '').trim() !== '';
    if (!reference && !(row.reportedByColleague === 'no' && reason))
      problems.push(`${row.name ?? '?'}: neither a reference nor a recorded reason`);
  }
  return problems;
};

type Traversal = { name: string; input: ProformaMachineInput; paths: ReturnType<typeof traverse> };

describe('fgm statechart paths', () => {
  // The event set per patient: her fixtures' answers, the clears and the flow events.
  const cases = [
    [
      'a girl of 11',
      GIRL,
      [
        ...merged([...imminenceFixtures, ...familyHistoryFixtures, ...s5bFixtures, ...example9Fixtures]),
        ...clears,
        ...flowEvents,
      ],
    ],
    ['a woman of 40', WOMAN, [...merged(womenFixtures), ...clears, ...flowEvents]],
    [
      'a 15-year-old launched by triage B17 (the s5B path)',
      LAUNCHED_BY_B17,
      [...merged([...s5bFixtures, ...example9Fixtures]), ...clears, ...flowEvents],
    ],
  ] as const;
  const results: Traversal[] = [];
  beforeAll(() => {
    for (const [name, input, events] of cases)
      results.push({ name, input, paths: traverse(input, [...events]) });
  });

  it('reaches every level the spec can produce (NO_CONCERN to EMERGENCY), and the emergency screen', () => {
    const girlKeys = results[0]?.paths.map((p) => flowCompletenessLevel(p.state)) ?? [];
    for (const level of LEVELS)
      expect(
        girlKeys.some((k) => k.endsWith(`|${level}`)),
        level,
      ).toBe(true);
    expect(girlKeys).toContain('escalating|complete|EMERGENCY');
    expect(girlKeys).toContain('signedOff|complete|EMERGENCY');
    const womanLevels = new Set(results[1]?.paths.map((p) => p.state.context.evaluation.level));
    expect([...womanLevels]).toEqual(expect.arrayContaining(['NO_CONCERN', 'NOTIFY', 'REFER']));
  });

  it.each(cases.map(([name], i) => [name, i] as const))(
    '%s: signs off, and only when complete',
    (_, index) => {
      const result = results[index];
      if (!result) throw new Error('no traversal');
      const signed = result.paths.filter((p) => flowStateOf(p.state.value) === 'signedOff');
      expect(signed.length).toBeGreaterThan(0);
      // Incomplete states are reached (the clears), yet none of them is signed off.
      expect(result.paths.some((p) => flowCompletenessLevel(p.state).includes('|incomplete|'))).toBe(true);
      expect(signed.map((p) => flowCompletenessLevel(p.state).split('|')[1])).not.toContain('incomplete');
      for (const path of signed) {
        const actorState = replayOnActor(
          fgmMachine,
          result.input,
          path.steps.map((s) => s.event),
        );
        expect(flowStateOf(actorState.value)).toBe('signedOff');
        expect(signOffProblems(actorState, result.input)).toEqual([]);
      }
    },
  );

  it('the s5B path signs off with a report-required reporter only with a reference or a recorded reason', () => {
    const s5bSigned = results[2]?.paths.filter((p) => flowStateOf(p.state.value) === 'signedOff') ?? [];
    const statuses = s5bSigned.map(
      (p) => (p.state.context.evaluation.detail['s5b'] as { status: string }).status,
    );
    expect(statuses).toContain('report-required');
    for (const path of s5bSigned)
      for (const row of (path.state.context.answers['identifiedBy'] ?? []) as IdentifiedByRow[])
        if (row.regulator !== 'not-regulated')
          expect(
            (row.policeReferenceNumber ?? '').trim() !== '' || (row.reportPendingReason ?? '').trim() !== '',
            row.name,
          ).toBe(true);
  });

  // Fixtures with at least one regulated person in F15d (the personal duty applies to them).
  const withReporters = [...s5bFixtures, ...example9Fixtures].filter((f) =>
    (f.answers.identifiedBy ?? []).some((r) => r.regulator !== 'not-regulated'),
  );
  const walkToSignOff: ProformaMachineEvent[] = [
    ...Array.from({ length: 8 }, (): ProformaMachineEvent[] => [
      { type: 'escalation.acknowledged' },
      { type: 'phase.next' },
    ]).flat(),
    { type: 'review.confirm' },
    flowEvents[4] as ProformaMachineEvent,
  ];
  it.each(withReporters.map((f) => [f.name, f] as const))(
    's5B "%s": with a reporter lacking both reference and reason, the walk to sign-off stops at review',
    (_, fixture) => {
      const input: ProformaMachineInput = { context: fixture.context };
      const rows = (fixture.answers.identifiedBy ?? []).map((row) =>
        row.regulator === 'not-regulated'
          ? row
          : {
              ...row,
              reportedByColleague: 'no' as const,
              policeReferenceNumber: '',
              reportPendingReason: '',
            },
      );
      const answers = { fgmSubtype: undefined, ...fixture.answers, identifiedBy: rows };
      const state = replayOnActor(fgmMachine, input, [{ type: 'answers.merged', answers }, ...walkToSignOff]);
      expect(flowStateOf(state.value)).toBe('reviewing');
      const regulated = rows.filter((r) => r.regulator !== 'not-regulated').length;
      expect(state.context.issues.map((i) => i.code)).toEqual(Array<string>(regulated).fill('F15e'));
      // The same walk signs off once each of them has a reason recorded.
      const reasoned = rows.map((r) =>
        r.regulator === 'not-regulated' ? r : { ...r, reportPendingReason: 'Rings 101 today.' },
      );
      const signed = replayOnActor(fgmMachine, input, [
        { type: 'answers.merged', answers: { ...answers, identifiedBy: reasoned } },
        ...walkToSignOff,
      ]);
      expect(flowStateOf(signed.value)).toBe('signedOff');
    },
  );

  it('the sign-off check catches a row with neither reference nor reason (it can fail)', () => {
    const answers = {
      girlDisclosed: 'yes',
      identifiedBy: [
        { name: 'Jo', regulator: 'nmc', reportedByColleague: 'yes' },
        { name: 'Ade', regulator: 'gmc', reportedByColleague: 'no' },
      ],
    };
    const state = replayOnActor(fgmMachine, LAUNCHED_BY_B17, [{ type: 'answers.merged', answers }]);
    expect(signOffProblems(state, LAUNCHED_BY_B17)).toEqual(
      expect.arrayContaining([
        'Jo: neither a reference nor a recorded reason',
        'Ade: neither a reference nor a recorded reason',
      ]),
    );
  });
});
