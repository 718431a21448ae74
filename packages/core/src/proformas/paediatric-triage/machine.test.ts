import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { flowStateOf } from '../../model/machine.ts';
import { triageContext } from './fixtures-builder.ts';
import { paediatricTriageMachine } from './machine.ts';

// paediatric-triage.md "Flow": phases, the emergency interrupt, hidden answers cleared, sign-off
// refused while a required item is missing, and a draft that survives a restart.

const BABY = triageContext('2024-09-11', 'female'); // 5 months (#1)
const SIXTEEN = triageContext('2008-06-01', 'female');
const start = (context = BABY, answers: Record<string, unknown> = {}) =>
  createActor(paediatricTriageMachine, { input: { context, answers } }).start();
type Actor = ReturnType<typeof start>;
const flow = (actor: Actor) => flowStateOf(actor.getSnapshot().value);
const next = (actor: Actor, times = 1) => {
  for (let i = 0; i < times; i += 1) actor.send({ type: 'phase.next' });
};
const answer = (actor: Actor, key: string, value: unknown) =>
  actor.send({ type: 'answer.changed', key, value });
describe('paediatric-triage machine: phases', () => {
  it('walks the phases of the Flow, then reviewing', () => {
    const actor = start();
    const seen = [flow(actor)];
    for (let i = 0; i < 7; i += 1) {
      next(actor);
      seen.push(flow(actor));
    }
    expect(seen).toEqual([
      'safety',
      'whoAndChecks',
      'presentation',
      'child',
      'family',
      'linkedForms',
      'sharing',
      'reviewing',
    ]);
    actor.send({ type: 'phase.back' });
    expect(flow(actor)).toBe('sharing');
  });

  it('starts at NO_CONCERN with no lead tag', () => {
    const snapshot = start().getSnapshot();
    expect(snapshot.hasTag('risk.no_concern')).toBe(true);
    expect(snapshot.hasTag('needsSafeguardingLead')).toBe(false);
  });
});

describe('paediatric-triage machine: the emergency interrupt (P-R1, P-R10 a)', () => {
  it('P-R1: enters `escalating` the moment B14 = yes, before phase.next; acknowledging returns to the phase', () => {
    const actor = start();
    next(actor, 2);
    expect(flow(actor)).toBe('presentation');
    answer(actor, 'immediateDanger', 'yes');
    const snapshot = actor.getSnapshot();
    expect(flow(actor)).toBe('escalating');
    expect(['emergency', 'risk.emergency', 'needsSafeguardingLead'].every((t) => snapshot.hasTag(t))).toBe(
      true,
    );
    actor.send({ type: 'phase.next' });
    expect(flow(actor)).toBe('escalating');
    actor.send({ type: 'escalation.acknowledged' });
    expect(flow(actor)).toBe('presentation');
    expect(actor.getSnapshot().context.acknowledged).toEqual(['P-R1:']);
  });

  it('P-R10 (a): a young person’s child alone at home interrupts the family phase', () => {
    const actor = start(SIXTEEN);
    next(actor, 4);
    expect(flow(actor)).toBe('family');
    actor.send({ type: 'answers.merged', answers: { ownChildren: 'yes', ownChildrenWhereNow: 'alone' } });
    expect(flow(actor)).toBe('escalating');
    expect(actor.getSnapshot().hasTag('alert.askDangerAgain')).toBe(true);
    actor.send({ type: 'escalation.acknowledged' });
    expect(flow(actor)).toBe('family');
    expect(actor.getSnapshot().hasTag('risk.emergency')).toBe(true);
  });
});

describe('paediatric-triage machine: tags and banners', () => {
  it('P-R2: a bruise on a 5-month-old tags risk.refer and needsSafeguardingLead, with the MASH banner', () => {
    const actor = start();
    actor.send({
      type: 'answers.merged',
      answers: { injuryOrMark: 'yes', injuryTypes: ['bruise-petechiae'] },
    });
    const snapshot = actor.getSnapshot();
    expect(snapshot.hasTag('risk.refer')).toBe(true);
    expect(snapshot.hasTag('needsSafeguardingLead')).toBe(true);
    expect(snapshot.hasTag('alert.phoneMash')).toBe(true);
    expect(snapshot.hasTag('alert.consultantReviewToday')).toBe(true);
    expect(snapshot.hasTag('emergency')).toBe(false);
  });

  it('P-R4: CT criteria show the transfer banner without raising the level', () => {
    const actor = start(triageContext('2023-01-01', 'male'));
    actor.send({
      type: 'answers.merged',
      answers: { injuryOrMark: 'yes', injuryTypes: ['head-injury'], ctCriteria: ['seizure'] },
    });
    expect(actor.getSnapshot().hasTag('alert.transferNow')).toBe(true);
    expect(actor.getSnapshot().hasTag('risk.no_concern')).toBe(true);
    answer(actor, 'ctCriteria', []);
    expect(actor.getSnapshot().hasTag('alert.transferNow')).toBe(false);
  });
});

describe('paediatric-triage machine: hidden answers are cleared from context', () => {
  it('B1.1 = no clears B1.2–B9.1 down the chain', () => {
    const actor = start(triageContext('2024-03-11', 'male'));
    actor.send({
      type: 'answers.merged',
      answers: {
        injuryOrMark: 'yes',
        injuryTypes: ['head-injury'],
        explanation: 'Fell',
        ctCriteria: [],
        largestHeadMarkMm: 40,
      },
    });
    expect(actor.getSnapshot().context.answers).toMatchObject({
      injuryTypes: ['head-injury'],
      largestHeadMarkMm: 40,
    });
    answer(actor, 'injuryOrMark', 'no');
    expect(actor.getSnapshot().context.answers).toEqual({ injuryOrMark: 'no' });
  });

  it('B14.1 is kept only while there is a concern', () => {
    const actor = start(triageContext('2014-06-01', 'male'));
    actor.send({
      type: 'answers.merged',
      answers: { neglectSigns: 'yes', carerLeavingAgainstAdvice: 'yes' },
    });
    expect(actor.getSnapshot().context.answers['carerLeavingAgainstAdvice']).toBe('yes');
    answer(actor, 'neglectSigns', 'no');
    expect(actor.getSnapshot().context.answers).not.toHaveProperty('carerLeavingAgainstAdvice');
  });
});
