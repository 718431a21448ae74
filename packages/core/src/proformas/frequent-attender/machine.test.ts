import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import type { AssessmentContext } from '../../model/context.ts';
import { flowStateOf } from '../../model/machine.ts';
import type { RegistryLookupRequest } from '../../model/registryLookup.ts';
import {
  discussed,
  faContext,
  historyNotChecked,
  NHS_NUMBER,
  reportedVisit,
  reviewed,
  visit,
  X,
} from './fixtures-builder.ts';
import { HISTORY_UNAVAILABLE_MESSAGE, LEAD_MUST_DISCUSS_MESSAGE, PATTERN_REVIEWED_MESSAGE } from './items.ts';
import { frequentAttenderMachine } from './machine.ts';

// frequent-attender.md "Flow" and "Completion rules" on the statechart: the lookup, history
// unavailable (FA-U), listing, reviewing, discussing, banners, cleared answers and sign-off.

const sign = {
  type: 'outcome.sign',
  name: 'Sam Example',
  role: 'ENP',
  at: '2025-03-12T12:00:00+00:00',
} as const;
const child = faContext('2015-01-01', 'female', undefined);
const replying = (reply: () => Promise<unknown>) =>
  frequentAttenderMachine.provide({
    actors: { registryLookup: fromPromise<unknown, RegistryLookupRequest>(reply) },
  });
const start = (
  reply: () => Promise<unknown>,
  context: AssessmentContext = child,
  nhsNumber: string | null = NHS_NUMBER,
) => createActor(replying(reply), { input: { context, ...(nhsNumber ? { nhsNumber } : {}) } }).start();
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const never = () => new Promise<unknown>(() => {});
const state = (actor: ReturnType<typeof start>) => flowStateOf(actor.getSnapshot().value);

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
