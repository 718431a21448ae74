import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { conditionBuilders } from './condition.ts';
import type { AssessmentContext } from './context.ts';
import { evaluateProforma } from './evaluateProforma.ts';
import { createProformaMachine, flowStateOf } from './machine.ts';
import type { ProformaDefinition } from './proforma.ts';
import { ProformaValidationError } from './validation.ts';

// Optional definition hooks: phaseShownWhen (skipped phases), alerts (banner region), and
// checkContext reading the raw answers (a date not after the attendance).

const context: AssessmentContext = {
  patient: { dateOfBirth: '2010-01-01', sex: 'female' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RXX',
    departmentType: '03',
    category: 'unplanned',
  },
};
const yesNo = z.optional(z.enum(['yes', 'no']));
const schema = z.strictObject({ gate: yesNo, middle: yesNo, last: yesNo, when: z.optional(z.string()) });
type A = z.infer<typeof schema>;
type D = { gateOpen: boolean };
const c = conditionBuilders<keyof A, 'gateOpen'>();

const definition: ProformaDefinition<A, D, 'start' | 'gated' | 'end'> = {
  id: 'cse',
  title: 'Gated',
  purpose: 'phase and alert tests',
  specVersion: 'test',
  reviewStatus: 'draft',
  schema,
  phases: [
    { id: 'start', title: 'Start' },
    { id: 'gated', title: 'Gated' },
    { id: 'end', title: 'End' },
  ],
  phaseShownWhen: { gated: c.derived('gateOpen') },
  alerts: [{ id: 'gate-open', when: c.derived('gateOpen'), message: 'The gate is open.' }],
  items: [
    { key: 'gate', code: 'G1', phase: 'start', question: 'Gate?', type: 'yes-no', required: true },
    {
      key: 'middle',
      code: 'G2',
      phase: 'gated',
      question: 'Middle?',
      type: 'yes-no',
      required: true,
      shownWhen: c.derived('gateOpen'),
    },
    { key: 'last', code: 'G3', phase: 'end', question: 'Last?', type: 'yes-no', required: true },
    { key: 'when', code: 'G4', phase: 'end', question: 'When?', type: 'date', required: false },
  ],
  derive: ({ answers }) => ({ gateOpen: answers.gate === 'yes' }),
  derivedReads: { gateOpen: ['gate'] },
  rules: [],
  detail: () => ({}),
  checkContext: (ctx, _age, answers) =>
    typeof answers['when'] === 'string' && answers['when'] > ctx.attendance.arrivedAt.slice(0, 10)
      ? [{ key: 'when', code: 'G4', message: 'The date is after the attendance.' }]
      : [],
  ruleIds: [],
};
const machine = createProformaMachine(definition);
const start = () => createActor(machine, { input: { context } }).start();

describe('phaseShownWhen', () => {
  it('phase.next and phase.back skip a phase whose condition is false', () => {
    const actor = start();
    actor.send({ type: 'answer.changed', key: 'gate', value: 'no' });
    actor.send({ type: 'phase.next' });
    expect(flowStateOf(actor.getSnapshot().value)).toBe('end');
    actor.send({ type: 'phase.back' });
    expect(flowStateOf(actor.getSnapshot().value)).toBe('start');
    actor.send({ type: 'phase.goto', phase: 'gated' });
    expect(flowStateOf(actor.getSnapshot().value)).toBe('start');
  });
  it('the phase is entered while its condition holds', () => {
    const actor = start();
    actor.send({ type: 'answer.changed', key: 'gate', value: 'yes' });
    actor.send({ type: 'phase.next' });
    expect(flowStateOf(actor.getSnapshot().value)).toBe('gated');
    actor.send({ type: 'phase.next' });
    actor.send({ type: 'phase.next' });
    expect(flowStateOf(actor.getSnapshot().value)).toBe('reviewing');
    actor.send({ type: 'phase.back' });
    actor.send({ type: 'phase.back' });
    expect(flowStateOf(actor.getSnapshot().value)).toBe('gated');
  });
});

describe('alerts', () => {
  it('a banner tag is on exactly while its condition holds', () => {
    const actor = start();
    expect(actor.getSnapshot().hasTag('alert.gate-open')).toBe(false);
    actor.send({ type: 'answer.changed', key: 'gate', value: 'yes' });
    expect(actor.getSnapshot().hasTag('alert.gate-open')).toBe(true);
    actor.send({ type: 'answer.changed', key: 'gate', value: 'no' });
    expect(actor.getSnapshot().hasTag('alert.gate-open')).toBe(false);
  });
});

describe('checkContext with answers', () => {
  it('an answer that contradicts the context throws ProformaValidationError', () => {
    expect(() => evaluateProforma(definition, { when: '2025-03-11' }, context)).toThrow(
      ProformaValidationError,
    );
    expect(evaluateProforma(definition, { when: '2025-03-10' }, context).answers).toEqual({
      when: '2025-03-10',
    });
  });
});
