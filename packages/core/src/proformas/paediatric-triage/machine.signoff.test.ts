import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { flowStateOf, type ProformaMachineEvent } from '../../model/machine.ts';
import { encounterFromOtherForms } from './fixtures-builder.ts';
import { paediatricTriageFixtures } from './fixtures.ts';
import { paediatricTriageMachine } from './machine.ts';

// paediatric-triage.md "Completion rules": review.confirm and outcome.sign are refused while a
// required item is missing (#11 with B6 blank), allowed once complete; a persisted draft restores.

type Fixture = (typeof paediatricTriageFixtures)[number];
const startWith = (f: Fixture) =>
  createActor(paediatricTriageMachine, {
    input: {
      context: f.context,
      answers: { ...f.answers },
      encounter: encounterFromOtherForms(f.otherForms),
    },
  }).start();
type Actor = ReturnType<typeof startWith>;
const flow = (actor: Actor) => flowStateOf(actor.getSnapshot().value);
const toReview = (actor: Actor) => {
  actor.send({ type: 'escalation.acknowledged' });
  for (let i = 0; i < 7; i += 1) actor.send({ type: 'phase.next' });
};
const find = (example: string, namePart: string): Fixture => {
  const found = paediatricTriageFixtures.find((f) => f.example === example && f.name.includes(namePart));
  if (!found) throw new Error(`no fixture ${example} ${namePart}`);
  return found;
};
const sign: ProformaMachineEvent = {
  type: 'outcome.sign',
  name: 'Sam Nurse',
  role: 'Staff nurse',
  at: '2025-03-10T12:00+00:00',
};

describe('paediatric-triage machine: sign-off', () => {
  it('#11 with B6 blank: review.confirm is refused, naming B6; answering B6 makes E3 required (REFER)', () => {
    const actor = startWith(find('#11', 'B6 blank'));
    toReview(actor);
    expect(flow(actor)).toBe('reviewing');
    actor.send({ type: 'review.confirm' });
    expect(flow(actor)).toBe('reviewing');
    expect(actor.getSnapshot().context.issues).toEqual([
      {
        key: 'independentlyMobile',
        code: 'B6',
        message: 'Record whether the child moves about independently: it is never assumed (B6)',
      },
    ]);
    actor.send({ type: 'answer.changed', key: 'independentlyMobile', value: 'no' });
    expect(actor.getSnapshot().hasTag('risk.refer')).toBe(true);
    // The carer-leaving question is asked at once (B14.1), and DISCUSS and above need E3 / E3.1.
    expect(actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['B14.1', 'E3', 'E3.1']);
    expect(actor.getSnapshot().context.issues[1]?.message).toBe(
      'Record who you discussed this with and the decision (E3)',
    );
    actor.send({
      type: 'answers.merged',
      answers: {
        carerLeavingAgainstAdvice: 'no',
        discussedWith: 'Dr Example, named doctor',
        discussionDecision: 'MASH phoned; plan agreed.',
      },
    });
    actor.send({ type: 'review.confirm' });
    expect(flow(actor)).toBe('outcome');
    actor.send(sign);
    expect(flow(actor)).toBe('signedOff');
    expect(actor.getSnapshot().context.signedOff).toEqual({
      name: 'Sam Nurse',
      role: 'Staff nurse',
      at: '2025-03-10T12:00+00:00',
    });
  });

  it('outcome.sign is refused if a required answer is cleared at the outcome', () => {
    const actor = startWith(find('#3', '50 mm'));
    toReview(actor);
    actor.send({ type: 'review.confirm' });
    expect(flow(actor)).toBe('outcome');
    actor.send({ type: 'answer.changed', key: 'childAccountTaken', value: undefined });
    actor.send(sign);
    expect(flow(actor)).toBe('outcome');
    expect(actor.getSnapshot().context.issues.map((i) => i.message)).toEqual([
      'Record what the child said in their own words, or why no account could be taken (C2)',
    ]);
  });

  it('E1 is required from NOTIFY (#8)', () => {
    const actor = startWith(find('#8', 'foster care'));
    actor.send({ type: 'answer.changed', key: 'concernSummary', value: undefined });
    expect(actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['E1']);
  });

  it('P-R11 (b): once the child has left, C1–C4.1 and E2–E2.2 are waived', () => {
    const actor = startWith(find('P-R11 (b)', 'left before treatment'));
    expect(actor.getSnapshot().context.answers).not.toHaveProperty('demeanour');
    expect(actor.getSnapshot().context.issues).toEqual([]);
    actor.send({ type: 'answer.changed', key: 'leftBeforeCompletion', value: 'no' });
    expect(actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['C1', 'C2', 'C4', 'E2']);
  });

  it.each(paediatricTriageFixtures.map((f) => [f.example, f.name, f] as const))(
    '%s %s: complete is %#',
    (_e, _n, f) => {
      const issues = startWith(f).getSnapshot().context.issues;
      expect(issues.length === 0, issues.map((i) => i.message).join('; ')).toBe(f.complete === true);
    },
  );

  it('a signed-off form ignores further answers', () => {
    const actor = startWith(find('#4', '24 months today'));
    toReview(actor);
    actor.send({ type: 'review.confirm' });
    actor.send(sign);
    actor.send({ type: 'answer.changed', key: 'immediateDanger', value: 'yes' });
    expect(flow(actor)).toBe('signedOff');
    expect(actor.getSnapshot().context.answers['immediateDanger']).toBe('no');
  });

  it('a persisted snapshot restores the same phase and answers', () => {
    const actor = startWith(find('#9', 'household product'));
    actor.send({ type: 'phase.next' });
    actor.send({ type: 'phase.next' });
    const persisted = actor.getPersistedSnapshot();
    const input = { context: actor.getSnapshot().context.assessmentContext };
    const restored = createActor(paediatricTriageMachine, { snapshot: persisted, input }).start();
    expect(flowStateOf(restored.getSnapshot().value)).toBe('presentation');
    expect(restored.getSnapshot().context.answers).toEqual(actor.getSnapshot().context.answers);
    expect(restored.getSnapshot().hasTag('risk.discuss')).toBe(true);
    restored.send({ type: 'phase.back' });
    expect(flowStateOf(restored.getSnapshot().value)).toBe('whoAndChecks');
  });
});
