import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { flowStateOf } from '../../model/machine.ts';
import { adult, answers, bornYearsAgo, child, disclosedVictim, inCare, SUMMARY } from './fixtures-build.ts';
import { hiddenHarmFixtures } from './fixtures.ts';
import { hiddenHarmMachine } from './machine.ts';

const context = adult(33, 'male');
const start = (initial: Record<string, unknown> = {}) =>
  createActor(hiddenHarmMachine, { input: { context, answers: initial } }).start();
type Actor = ReturnType<typeof start>;
const flow = (actor: Actor) => flowStateOf(actor.getSnapshot().value);
const next = (actor: Actor, times = 1) => {
  for (let i = 0; i < times; i++) actor.send({ type: 'phase.next' });
};
const ALONE_11 = {
  childrenUnder18: 'yes',
  children: [child('Noah Example', bornYearsAgo(11), { whoCaringNow: 'alone' })],
};

describe('hidden-harm machine', () => {
  it('walks the phases of hidden-harm.md "Flow" in order, then reviewing', () => {
    const actor = start();
    const seen = [flow(actor)];
    for (let i = 0; i < 6; i++) {
      next(actor);
      seen.push(flow(actor));
    }
    expect(seen).toEqual([
      'presentation',
      'dependants',
      'safetyNow',
      'household',
      'domesticAbuse',
      'informationSharing',
      'reviewing',
    ]);
    actor.send({ type: 'phase.back' });
    expect(flow(actor)).toBe('informationSharing');
    actor.send({ type: 'phase.goto', phase: 'dependants' });
    expect(flow(actor)).toBe('dependants');
  });

  it('starts at NO_CONCERN with its tag', () => {
    const snapshot = start().getSnapshot();
    expect(snapshot.value).toMatchObject({ flow: { active: 'presentation' }, risk: 'NO_CONCERN' });
    expect(snapshot.hasTag('risk.no_concern')).toBe(true);
    expect(snapshot.hasTag('needsSafeguardingLead')).toBe(false);
  });

  it('A-R2: the emergency interrupt takes over the moment the child is found alone, before phase.next', () => {
    const actor = start();
    next(actor);
    actor.send({ type: 'answers.merged', answers: ALONE_11 });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toMatchObject({ flow: 'escalating', risk: 'EMERGENCY' });
    expect(snapshot.hasTag('alert.child-in-danger')).toBe(true);
    expect(snapshot.hasTag('emergency')).toBe(true);
    expect(snapshot.hasTag('risk.emergency')).toBe(true);
    expect(snapshot.hasTag('needsSafeguardingLead')).toBe(true);
    expect(snapshot.context.evaluation.firedRules).toContain('A-R2');
    actor.send({ type: 'phase.next' });
    expect(flow(actor)).toBe('escalating');
    actor.send({ type: 'escalation.acknowledged' });
    expect(flow(actor)).toBe('dependants');
    expect(actor.getSnapshot().context.acknowledged).toEqual(['A-R2:childAloneYoung']);
    expect(actor.getSnapshot().hasTag('risk.emergency')).toBe(true);
    expect(actor.getSnapshot().hasTag('alert.child-in-danger')).toBe(true);
  });

  it('A-R2: a new limb (H5 yes) interrupts again after the first was acknowledged', () => {
    const actor = start({ ...ALONE_11 });
    actor.send({ type: 'escalation.acknowledged' });
    next(actor, 2);
    expect(flow(actor)).toBe('safetyNow');
    actor.send({ type: 'answer.changed', key: 'childWithoutSafeAdult', value: 'yes' });
    expect(flow(actor)).toBe('escalating');
    actor.send({ type: 'escalation.acknowledged' });
    expect(flow(actor)).toBe('safetyNow');
  });

  it('A-R10: danger to the adult in the domestic-abuse phase interrupts and returns there', () => {
    const actor = start({ presentingReasons: ['domestic-abuse'] });
    next(actor, 4);
    expect(flow(actor)).toBe('domesticAbuse');
    actor.send({ type: 'answer.changed', key: 'adultImmediateDanger', value: 'yes' });
    expect(actor.getSnapshot().value).toMatchObject({ flow: 'escalating', risk: 'EMERGENCY' });
    expect(actor.getSnapshot().hasTag('alert.adult-in-danger')).toBe(true);
    expect(actor.getSnapshot().hasTag('alert.abuse-safe-channels')).toBe(true);
    actor.send({ type: 'escalation.acknowledged' });
    expect(flow(actor)).toBe('domesticAbuse');
  });

  it('answers that become hidden are cleared from the context', () => {
    const actor = start({ ...ALONE_11, ...inCare('None'), dashWeapons: 'yes' });
    actor.send({ type: 'escalation.acknowledged' });
    expect(actor.getSnapshot().context.answers).toHaveProperty('children');
    expect(actor.getSnapshot().context.answers).not.toHaveProperty('dashWeapons');
    actor.send({ type: 'answer.changed', key: 'childrenUnder18', value: 'no' });
    const { answers: kept, evaluation } = actor.getSnapshot().context;
    expect(kept).toEqual({ childrenUnder18: 'no' });
    expect(evaluation.level).toBe('NO_CONCERN');
    expect(actor.getSnapshot().hasTag('risk.no_concern')).toBe(true);
  });

  it('sign-off is refused while required items are missing, and H1 unknown blocks it', () => {
    const actor = start(
      answers({
        presentingReasons: ['self-harm'],
        childrenUnder18: 'unknown',
        infoSharingExplained: undefined,
      }),
    );
    next(actor, 6);
    actor.send({ type: 'review.confirm' });
    expect(flow(actor)).toBe('reviewing');
    expect(actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['H1', 'H13']);
    actor.send({ type: 'outcome.sign', name: 'A Nurse', role: 'Nurse', at: '2025-03-10T11:00:00+00:00' });
    expect(flow(actor)).toBe('reviewing');
    actor.send({ type: 'answers.merged', answers: { childrenUnder18: 'no', infoSharingExplained: 'yes' } });
    actor.send({ type: 'review.confirm' });
    expect(flow(actor)).toBe('outcome');
    actor.send({ type: 'outcome.sign', name: 'A Nurse', role: 'Nurse', at: '2025-03-10T11:00:00+00:00' });
    expect(actor.getSnapshot().value).toMatchObject({ flow: 'signedOff' });
    expect(actor.getSnapshot().context.signedOff).toEqual({
      name: 'A Nurse',
      role: 'Nurse',
      at: '2025-03-10T11:00:00+00:00',
    });
    actor.send({ type: 'answer.changed', key: 'pregnant', value: 'yes' });
    expect(actor.getSnapshot().context.answers['pregnant']).toBe('no');
  });

  it('the MARAC items and H14 become required as the level rises', () => {
    const actor = start(
      answers({ presentingReasons: ['domestic-abuse'], ...disclosedVictim({ dashAgreed: 'no' }) }),
    );
    expect(actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['H14']);
    actor.send({ type: 'answer.changed', key: 'professionalJudgementHigh', value: 'yes' });
    expect(actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['H12c', 'H12e', 'H14']);
    expect(actor.getSnapshot().value).toMatchObject({ risk: 'REFER' });
    actor.send({
      type: 'answers.merged',
      answers: { safeContactDetails: 'Work phone', maracVictimAware: 'no', concernSummary: SUMMARY },
    });
    expect(actor.getSnapshot().context.issues).toEqual([]);
  });

  it.each(hiddenHarmFixtures.filter((f) => f.complete).map((f) => [f.name, f] as const))(
    'complete fixture reaches sign-off: %s',
    (_name, fixture) => {
      const actor = createActor(hiddenHarmMachine, { input: { context: fixture.context } }).start();
      actor.send({ type: 'answers.merged', answers: fixture.answers });
      if (flow(actor) === 'escalating') actor.send({ type: 'escalation.acknowledged' });
      expect(actor.getSnapshot().value).toMatchObject({ risk: fixture.expected.level });
      for (let i = 0; i < 6; i++) actor.send({ type: 'phase.next' });
      actor.send({ type: 'review.confirm' });
      expect(flow(actor)).toBe('outcome');
      actor.send({ type: 'outcome.sign', name: 'A Doctor', role: 'Doctor', at: '2025-03-10T12:00:00+00:00' });
      expect(actor.getSnapshot().hasTag('signedOff')).toBe(true);
    },
  );

  it('banners: not safe to talk, and the high-risk prompt beside DASH-PJ', () => {
    const actor = start({ presentingReasons: ['domestic-abuse'], safeToTalkNow: 'no' });
    expect(actor.getSnapshot().hasTag('alert.not-safe-to-talk')).toBe(true);
    expect(actor.getSnapshot().hasTag('alert.consider-high-risk')).toBe(false);
    actor.send({
      type: 'answers.merged',
      answers: { safeToTalkNow: 'yes', ...disclosedVictim({ dashAgreed: 'yes', dashThreatsToKill: 'yes' }) },
    });
    expect(actor.getSnapshot().hasTag('alert.not-safe-to-talk')).toBe(false);
    expect(actor.getSnapshot().hasTag('alert.consider-high-risk')).toBe(true);
    expect(actor.getSnapshot().context.answers['professionalJudgementHigh']).toBe('no');
  });
});
