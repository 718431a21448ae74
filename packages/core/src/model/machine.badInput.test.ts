import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { AssessmentContext } from './context.ts';
import { createProformaMachine } from './machine.ts';
import { toyProforma } from './testing/toyProforma.ts';

// DEVELOPERS.md: "Bad input always gets a clear error and loses nothing that was already entered."
const context: AssessmentContext = {
  patient: { dateOfBirth: '2020-01-01', sex: 'female' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RXX',
    departmentType: '03',
    category: 'unplanned',
  },
};

describe('the shared statechart refuses bad input without losing answers', () => {
  const start = () => createActor(createProformaMachine(toyProforma), { input: { context } }).start();

  it('refuses an unknown option, keeps the answers given, and stays alive', () => {
    const actor = start();
    actor.send({ type: 'answer.changed', key: 'first', value: 'yes' });
    actor.send({ type: 'answer.changed', key: 'second', value: 'perhaps' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('active');
    expect(snapshot.context.answers).toEqual({ first: 'yes' });
    expect(snapshot.context.inputIssues.map((i) => [i.key, i.code])).toEqual([['second', 'T2']]);
    actor.send({ type: 'answer.changed', key: 'second', value: 'no' });
    expect(actor.getSnapshot().context.answers).toEqual({ first: 'yes', second: 'no' });
    expect(actor.getSnapshot().context.inputIssues).toEqual([]);
  });

  it('refuses a merge with an unknown key as a whole', () => {
    const actor = start();
    actor.send({ type: 'answer.changed', key: 'first', value: 'no' });
    actor.send({ type: 'answers.merged', answers: { danger: 'yes', notAQuestion: 1 } });
    expect(actor.getSnapshot().context.answers).toEqual({ first: 'no' });
    expect(actor.getSnapshot().context.inputIssues.map((i) => i.key)).toEqual(['notAQuestion']);
  });
});
