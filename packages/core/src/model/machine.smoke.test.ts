import { createActor } from 'xstate';
import { expect, it } from 'vitest';
import { paediatricTriageMachine } from '../proformas/paediatric-triage/machine.ts';
import { flowStateOf } from './machine.ts';

it('smoke', () => {
  const actor = createActor(paediatricTriageMachine, {
    input: {
      context: {
        patient: { dateOfBirth: '2024-09-11', sex: 'male' },
        attendance: {
          arrivedAt: '2025-03-10T10:00:00+00:00',
          providerId: 'RX1',
          departmentType: '03',
          category: 'unplanned',
        },
      },
    },
  }).start();
  expect(flowStateOf(actor.getSnapshot().value)).toBe('safety');
  actor.send({ type: 'answer.changed', key: 'immediateDanger', value: 'yes' });
  expect(actor.getSnapshot().value).toEqual({ flow: 'escalating', risk: 'EMERGENCY' });
  expect(actor.getSnapshot().hasTag('risk.emergency')).toBe(true);
  actor.send({ type: 'escalation.acknowledged' });
  expect(flowStateOf(actor.getSnapshot().value)).toBe('safety');
  actor.send({ type: 'phase.next' });
  expect(flowStateOf(actor.getSnapshot().value)).toBe('presentation');
  actor.send({ type: 'phase.next' });
  expect(flowStateOf(actor.getSnapshot().value)).toBe('reviewing');
  actor.send({ type: 'review.confirm' });
  expect(flowStateOf(actor.getSnapshot().value)).toBe('reviewing');
  expect(actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['B7']);
  actor.send({ type: 'answer.changed', key: 'injuryTypes', value: ['other'] });
  actor.send({ type: 'review.confirm' });
  expect(flowStateOf(actor.getSnapshot().value)).toBe('outcome');
  const persisted = actor.getPersistedSnapshot();
  const restored = createActor(paediatricTriageMachine, {
    snapshot: persisted,
    input: undefined as never,
  }).start();
  expect(flowStateOf(restored.getSnapshot().value)).toBe('outcome');
});
