import { afterEach, describe, expect, it, vi } from 'vitest';
import { historyNotChecked, reportedVisit, visit, X } from './fixtures-builder.ts';
import { HISTORY_UNAVAILABLE_MESSAGE } from './items.ts';
import { child, flush, never, sign, start, state } from './machine.testing.ts';

// frequent-attender.md "Flow" and "Completion rules" on the statechart: the lookup, history
// unavailable (FA-U), listing, reviewing, discussing, banners, cleared answers and sign-off.

afterEach(() => vi.useRealTimers());

describe('looking up (Flow 1)', () => {
  it('waits with the lookup running: FA-U applies meanwhile and sign-off waits for the lookup', () => {
    const actor = start(never);
    const snap = actor.getSnapshot();
    expect(state(actor)).toBe('lookingUp');
    expect(snap.hasTag('lookup.running')).toBe(true);
    expect(snap.context.issues[0]?.message).toBe(
      'Still checking attendance history. Wait, or press Stop waiting and record what you did instead.',
    );
    expect(snap.context.evaluation.firedRules).toEqual(['FA0', 'FA-U']);
  });

  it('a clean history completes the form with nothing asked when the lookup returns', async () => {
    const actor = start(async () => []);
    await flush();
    const snap = actor.getSnapshot();
    expect(state(actor)).toBe('listing');
    expect(snap.context.issues).toEqual([]);
    expect(snap.context.evaluation.detail).toEqual({ faLevel: 'FA0', n12: 1, n6: 1, providers12: 1 });
    expect(snap.hasTag('risk.no_concern')).toBe(true);
    actor.send({ type: 'phase.next' });
    actor.send({ type: 'review.confirm' });
    actor.send(sign);
    expect(actor.getSnapshot().value).toMatchObject({ flow: 'signedOff', risk: 'NO_CONCERN' });
  });
});

describe('history unavailable (Flow 2): FA-U with the reason recorded', () => {
  it('timeout (faLookupTimeoutSeconds) → FA-U, reason recorded', () => {
    vi.useFakeTimers();
    const actor = start(never, { ...child, config: { faLookupTimeoutSeconds: 3 } });
    vi.advanceTimersByTime(2999);
    expect(state(actor)).toBe('lookingUp');
    vi.advanceTimersByTime(1);
    const snap = actor.getSnapshot();
    expect(state(actor)).toBe('historyUnavailable');
    expect(snap.context.lookup).toEqual({
      status: 'failed',
      attempt: 1,
      reason: 'timeout',
      message: 'The attendance registry did not answer in time.',
    });
    expect(snap.context.evaluation.firedRules).toEqual(['FA0', 'FA-U']);
    expect(snap.hasTag('risk.notify')).toBe(true);
  });

  it('registry error → FA-U, reason and error recorded; never zero visits', async () => {
    const actor = start(() => Promise.reject(new Error('503 Service Unavailable')));
    await flush();
    const snap = actor.getSnapshot();
    expect(state(actor)).toBe('historyUnavailable');
    expect(snap.context.lookup).toMatchObject({ reason: 'error', error: '503 Service Unavailable' });
    expect(snap.context.assessmentContext.priorAttendances).toBeUndefined();
    expect(snap.context.evaluation.firedRules).toContain('FA-U');
  });

  it('records for another NHS number, or failing the schema, cannot be read → FA-U', async () => {
    const other = start(async () => [visit('a', -10, X, { nhsNumber: '9990000026' })]);
    const broken = start(async () => [{ id: 'a' }]);
    await flush();
    for (const actor of [other, broken]) {
      expect(state(actor)).toBe('historyUnavailable');
      expect(actor.getSnapshot().context.lookup?.reason).toBe('unreadable');
    }
  });

  it('no verified NHS number → straight to history unavailable; Stop waiting → the same', () => {
    const unverified = start(never, child, null);
    expect(state(unverified)).toBe('historyUnavailable');
    expect(unverified.getSnapshot().context.lookup?.reason).toBe('no-nhs-number');
    const stopped = start(never);
    stopped.send({ type: 'lookup.stop' });
    expect(stopped.getSnapshot().context.lookup?.reason).toBe('stopped');
  });

  it('refuses sign-off until V1–V3 are recorded, then signs off at NOTIFY (example 5)', () => {
    const actor = start(never, child, null);
    actor.send({ type: 'phase.next' });
    expect(state(actor)).toBe('listing');
    actor.send({ type: 'phase.next' });
    actor.send({ type: 'review.confirm' });
    expect(state(actor)).toBe('reviewing');
    expect(actor.getSnapshot().context.issues.map((i) => [i.code, i.message])).toEqual([
      ['V1', HISTORY_UNAVAILABLE_MESSAGE],
      ['V2', HISTORY_UNAVAILABLE_MESSAGE],
      ['V3', HISTORY_UNAVAILABLE_MESSAGE],
    ]);
    actor.send({ type: 'answers.merged', answers: historyNotChecked([], ['none-possible']) });
    actor.send({ type: 'review.confirm' });
    actor.send(sign);
    expect(actor.getSnapshot().value).toMatchObject({ flow: 'signedOff', risk: 'NOTIFY' });
  });

  it('Try again keeps every answer; a success then clears V1 and V2 (hidden) and keeps V3', async () => {
    let reply: () => Promise<unknown> = () => Promise.reject(new Error('down'));
    const actor = start(() => reply());
    await flush();
    const answers = historyNotChecked([reportedVisit(-30, 'County General A&E')], ['asked-family']);
    actor.send({ type: 'answers.merged', answers });
    reply = never;
    actor.send({ type: 'lookup.retry' });
    expect(state(actor)).toBe('lookingUp');
    expect(actor.getSnapshot().context.answers).toEqual(answers);
    expect(actor.getSnapshot().context.lookup).toEqual({ status: 'running', attempt: 2 });
    actor.send({ type: 'lookup.stop' });
    reply = async () => [visit('a', -100)];
    actor.send({ type: 'lookup.retry' });
    await flush();
    const snap = actor.getSnapshot();
    expect(state(actor)).toBe('listing');
    expect(snap.context.answers).toEqual({ otherAttendances: answers.otherAttendances });
    expect(snap.context.evaluation.detail).toMatchObject({ faLevel: 'FA1', n12: 3 });
  });
});
