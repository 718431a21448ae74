import { describe, expect, it } from 'vitest';
import { discussed, faContext, reportedVisit, reviewed, visit } from './fixtures-builder.ts';
import { LEAD_MUST_DISCUSS_MESSAGE, PATTERN_REVIEWED_MESSAGE } from './items.ts';
import { flush, sign, start, state } from './machine.testing.ts';

// frequent-attender.md "Flow" 3–8 and "Completion rules" on the statechart: reviewing,
// discussing, the escalation banners, cleared answers and sign-off.

describe('reviewing, discussing, banners and cleared answers', () => {
  const fourVisits = async () => [visit('a', -300), visit('b', -200), visit('c', -100)];

  it('FA2: the next-working-day banner; `arranged` is accepted; FA3 (V4 assault) turns it into discuss-before-leaving', async () => {
    const actor = start(fourVisits);
    await flush();
    actor.send({ type: 'phase.next' });
    expect(state(actor)).toBe('reviewingVisits');
    actor.send({
      type: 'answers.merged',
      answers: {
        todayReasons: ['illness'],
        knownToSocialCare: 'no',
        ...reviewed(),
        leadDiscussion: 'arranged',
      },
    });
    let snap = actor.getSnapshot();
    expect(snap.hasTag('alert.lead-next-working-day')).toBe(true);
    expect(snap.hasTag('alert.discuss-before-leaving')).toBe(false);
    expect(snap.hasTag('needsSafeguardingLead')).toBe(true);
    expect(snap.context.issues).toEqual([]);
    actor.send({ type: 'answer.changed', key: 'todayReasons', value: ['assault'] });
    snap = actor.getSnapshot();
    expect(snap.context.evaluation.detail['faLevel']).toBe('FA3');
    expect(snap.hasTag('alert.discuss-before-leaving')).toBe(true);
    expect(snap.hasTag('alert.lead-next-working-day')).toBe(false);
    expect(snap.context.issues.map((i) => i.message)).toEqual([LEAD_MUST_DISCUSS_MESSAGE]);
    actor.send({ type: 'phase.next' });
    expect(state(actor)).toBe('discussing');
    actor.send({ type: 'answers.merged', answers: discussed });
    actor.send({ type: 'phase.next' });
    actor.send({ type: 'review.confirm' });
    actor.send(sign);
    expect(actor.getSnapshot().value).toMatchObject({ flow: 'signedOff', risk: 'DISCUSS' });
  });

  it('V6 no blocks sign-off with its own message', async () => {
    const actor = start(async () => [visit('a', -200), visit('b', -100)]);
    await flush();
    actor.send({ type: 'answers.merged', answers: reviewed({ patternReviewed: 'no' }) });
    expect(actor.getSnapshot().context.issues.map((i) => i.message)).toEqual([PATTERN_REVIEWED_MESSAGE]);
  });

  it('FA-P from V14 raises the banner at once; hidden answers are cleared when a V3 row is removed', async () => {
    const young = faContext('2021-09-01', 'male', undefined);
    const actor = start(async () => [], young);
    await flush();
    expect(actor.getSnapshot().context.evaluation.shown.has('headInjuryToday')).toBe(false);
    const injury = reportedVisit(-40, 'Wyeford Urgent Treatment Centre', { reasons: ['injury'] });
    actor.send({ type: 'answers.merged', answers: { otherAttendances: [injury], headInjuryToday: 'yes' } });
    let snap = actor.getSnapshot();
    expect(snap.context.evaluation.firedRules).toEqual(['FA0', 'FA-P']);
    expect(snap.hasTag('alert.discuss-before-leaving')).toBe(true);
    expect(snap.hasTag('risk.discuss')).toBe(true);
    actor.send({
      type: 'answers.merged',
      answers: { reviewDecision: 'no-concern', decisionReason: 'x', ...discussed },
    });
    actor.send({ type: 'answer.changed', key: 'otherAttendances', value: [] });
    snap = actor.getSnapshot();
    expect(snap.context.answers).toEqual({ otherAttendances: [] });
    expect(snap.hasTag('alert.discuss-before-leaving')).toBe(false);
    expect(snap.hasTag('risk.no_concern')).toBe(true);
  });

  it('never enters the emergency interrupt: this form cannot produce EMERGENCY', async () => {
    const actor = start(fourVisits);
    await flush();
    actor.send({ type: 'answers.merged', answers: reviewed({ reviewDecision: 'concern-refer' }) });
    expect(actor.getSnapshot().value).toMatchObject({ risk: 'REFER' });
    expect(state(actor)).toBe('listing');
  });
});
