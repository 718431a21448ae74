import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import * as z from 'zod/mini';
import { conditionBuilders } from './condition.ts';
import type { AssessmentContext, AttendanceRecord } from './context.ts';
import { createProformaMachine, flowStateOf } from './machine.ts';
import type { ProformaDefinition } from './proforma.ts';
import { firing } from './rule.ts';
import { registryLookup, type RegistryLookupOptions, type RegistryLookupRequest } from './registryLookup.ts';

// createProformaMachine's `lookup` option: an invoked registry lookup in the first phase that can
// succeed, fail, time out, be stopped, or be tried again (frequent-attender.md "Flow" 1–2).

const context: AssessmentContext = {
  patient: { dateOfBirth: '2015-01-01', sex: 'male' },
  attendance: {
    arrivedAt: '2025-03-12T10:30:00+00:00',
    providerId: 'RXA',
    departmentType: '03',
    category: 'unplanned',
  },
  config: { faLookupTimeoutSeconds: 2 },
};
const record: AttendanceRecord = {
  id: 'r1',
  nhsNumber: '9990000018',
  arrivedAt: '2025-01-06T09:00:00+00:00',
  providerId: 'RYB',
  providerName: 'Wyeford Urgent Treatment Centre',
  departmentType: '03',
  category: 'unplanned',
  reasons: [],
  safeguardingConcernRecorded: false,
  leftBeforeSeen: false,
  outcome: 'discharged',
  referralMade: false,
  source: 'local',
};

const schema = z.strictObject({
  note: z.optional(z.string()),
  other: z.optional(z.enum(['yes', 'no'])),
  seenBefore: z.optional(z.enum(['yes', 'no'])),
});
type A = z.infer<typeof schema>;
type D = { historyMissing: boolean; visits: number };
const c = conditionBuilders<keyof A, 'historyMissing'>();
type P = 'lookingUp' | 'unavailable' | 'found';
const definition: ProformaDefinition<A, D, P> = {
  id: 'frequent-attender',
  title: 'Lookup test',
  purpose: 'registry lookup tests',
  specVersion: 'test',
  reviewStatus: 'draft',
  schema,
  phases: [
    { id: 'lookingUp', title: 'Looking up' },
    { id: 'unavailable', title: 'Unavailable' },
    { id: 'found', title: 'Found' },
  ],
  phaseShownWhen: { unavailable: c.derived('historyMissing') },
  items: [
    {
      key: 'note',
      code: 'L1',
      phase: 'unavailable',
      question: 'What did you do?',
      type: 'text',
      required: true,
      shownWhen: c.derived('historyMissing'),
    },
    { key: 'other', code: 'L2', phase: 'found', question: 'Other?', type: 'yes-no', required: false },
    {
      key: 'seenBefore',
      code: 'L3',
      phase: 'found',
      question: 'Seen before?',
      type: 'yes-no',
      required: false,
      shownWhen: c.not(c.derived('historyMissing')),
    },
  ],
  derive: ({ context: ctx }) => ({
    historyMissing: ctx.priorAttendances === undefined,
    visits: ctx.priorAttendances?.length ?? 0,
  }),
  derivedReads: { historyMissing: [] },
  rules: [
    {
      id: 'L-U',
      evaluate: ({ derived }) =>
        derived.historyMissing ? [firing('L-U', 'NOTIFY', ['NOTIFY_GP'], 'Not checked.')] : [],
    },
  ],
  detail: ({ derived }) => ({ visits: derived.visits }),
  ruleIds: ['L-U'],
};
const lookup: RegistryLookupOptions = {
  phase: 'lookingUp',
  onSuccess: 'found',
  onFailure: 'unavailable',
  timeoutSeconds: (config) => config.faLookupTimeoutSeconds,
  windowDays: (config) => config.faLongWindowDays,
  read: (reply) =>
    Array.isArray(reply) && reply.every((r) => typeof r === 'object' && r && 'id' in r)
      ? (reply as AttendanceRecord[])
      : undefined,
  messages: {
    running: 'Still checking.',
    'no-nhs-number': 'No verified NHS number.',
    timeout: 'No answer in time.',
    error: 'Registry not available.',
    unreadable: 'Could not read the records.',
    stopped: 'You stopped waiting.',
  },
};
const machine = createProformaMachine(definition, { lookup: registryLookup(lookup) });

/** A registry whose replies the test controls. */
const registry = () => {
  const calls: RegistryLookupRequest[] = [];
  const pending: { resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  const logic = fromPromise<unknown, RegistryLookupRequest>(({ input }) => {
    calls.push(input);
    return new Promise((resolve, reject) => pending.push({ resolve, reject }));
  });
  return { calls, pending, logic };
};
const start = (logic: ReturnType<typeof registry>['logic'], verified = true, answers: Partial<A> = {}) =>
  createActor(machine.provide({ actors: { registryLookup: logic } }), {
    input: {
      context: { ...context, priorAttendances: [record] },
      answers,
      ...(verified ? { nhsNumber: '9990000018' } : {}),
    },
  }).start();
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.useRealTimers());

describe('createProformaMachine with a registry lookup', () => {
  it('starts looking up with the NHS number and window; history absent and sign-off blocked meanwhile', () => {
    const r = registry();
    const actor = start(r.logic);
    const snap = actor.getSnapshot();
    expect(flowStateOf(snap.value)).toBe('lookingUp');
    expect(snap.hasTag('lookup.running')).toBe(true);
    expect(r.calls).toEqual([
      { nhsNumber: '9990000018', from: '2024-03-12', to: context.attendance.arrivedAt },
    ]);
    expect(snap.context.assessmentContext.priorAttendances).toBeUndefined();
    expect(snap.context.lookup).toEqual({ status: 'running', attempt: 1 });
    expect(snap.context.issues[0]).toEqual({
      key: 'priorAttendances',
      code: 'lookup',
      message: 'Still checking.',
    });
  });

  it('success merges the records into the assessment context and goes to the success phase', async () => {
    const r = registry();
    const actor = start(r.logic);
    r.pending[0]?.resolve([record]);
    await flush();
    const snap = actor.getSnapshot();
    expect(flowStateOf(snap.value)).toBe('found');
    expect(snap.context.assessmentContext.priorAttendances).toEqual([record]);
    expect(snap.context.lookup).toEqual({ status: 'succeeded', attempt: 1, received: 1 });
    expect(snap.context.evaluation.detail).toEqual({ visits: 1 });
    expect(snap.context.evaluation.level).toBe('NO_CONCERN');
    expect(snap.context.issues).toEqual([]);
  });

  it('a rejection goes to the failure phase with the reason and the error recorded; never zero visits', async () => {
    const r = registry();
    const actor = start(r.logic);
    r.pending[0]?.reject(new Error('HTTP 503'));
    await flush();
    const snap = actor.getSnapshot();
    expect(flowStateOf(snap.value)).toBe('unavailable');
    expect(snap.context.lookup).toEqual({
      status: 'failed',
      attempt: 1,
      reason: 'error',
      message: 'Registry not available.',
      error: 'HTTP 503',
    });
    expect(snap.context.assessmentContext.priorAttendances).toBeUndefined();
    expect(snap.context.evaluation.firedRules).toEqual(['L-U']);
    expect(snap.hasTag('risk.notify')).toBe(true);
  });

  it('times out after the configured seconds (fake timers)', () => {
    vi.useFakeTimers();
    const r = registry();
    const actor = start(r.logic);
    vi.advanceTimersByTime(1999);
    expect(flowStateOf(actor.getSnapshot().value)).toBe('lookingUp');
    vi.advanceTimersByTime(1);
    expect(flowStateOf(actor.getSnapshot().value)).toBe('unavailable');
    expect(actor.getSnapshot().context.lookup).toMatchObject({
      status: 'failed',
      reason: 'timeout',
      message: 'No answer in time.',
    });
  });

  it('an unreadable reply is a failure, not an empty history', async () => {
    const r = registry();
    const actor = start(r.logic);
    r.pending[0]?.resolve({ not: 'a list' });
    await flush();
    expect(actor.getSnapshot().context.lookup).toMatchObject({ reason: 'unreadable' });
    expect(actor.getSnapshot().context.assessmentContext.priorAttendances).toBeUndefined();
  });

  it('without a verified NHS number the registry is never asked', () => {
    const r = registry();
    const actor = start(r.logic, false);
    expect(r.calls).toEqual([]);
    expect(flowStateOf(actor.getSnapshot().value)).toBe('unavailable');
    expect(actor.getSnapshot().context.lookup).toMatchObject({
      reason: 'no-nhs-number',
      message: 'No verified NHS number.',
    });
  });

  it('Stop waiting fails the lookup and discards a late reply; phase.goto cannot leave the lookup', async () => {
    const r = registry();
    const actor = start(r.logic);
    actor.send({ type: 'phase.goto', phase: 'found' });
    expect(flowStateOf(actor.getSnapshot().value)).toBe('lookingUp');
    actor.send({ type: 'lookup.stop' });
    expect(actor.getSnapshot().context.lookup).toMatchObject({ status: 'failed', reason: 'stopped' });
    r.pending[0]?.resolve([record]);
    await flush();
    expect(flowStateOf(actor.getSnapshot().value)).toBe('unavailable');
    expect(actor.getSnapshot().context.assessmentContext.priorAttendances).toBeUndefined();
  });

  it('Try again returns to the lookup keeping every answer, and a success then uses the reply', async () => {
    const r = registry();
    const actor = start(r.logic);
    actor.send({ type: 'lookup.retry' });
    expect(r.calls).toHaveLength(1);
    actor.send({ type: 'lookup.stop' });
    actor.send({ type: 'answers.merged', answers: { note: 'Asked the family.', other: 'yes' } });
    actor.send({ type: 'lookup.retry' });
    let snap = actor.getSnapshot();
    expect(flowStateOf(snap.value)).toBe('lookingUp');
    expect(snap.context.answers).toEqual({ note: 'Asked the family.', other: 'yes' });
    expect(snap.context.lookup).toEqual({ status: 'running', attempt: 2 });
    r.pending[1]?.resolve([record]);
    await flush();
    snap = actor.getSnapshot();
    expect(flowStateOf(snap.value)).toBe('found');
    // The note was asked only while the history was missing: it is hidden now, so cleared.
    expect(snap.context.answers).toEqual({ other: 'yes' });
  });

  it('next / back never re-enter the lookup phase; the lifecycle goes on from the other phases', async () => {
    const r = registry();
    const actor = start(r.logic);
    r.pending[0]?.resolve([]);
    await flush();
    actor.send({ type: 'phase.back' });
    expect(flowStateOf(actor.getSnapshot().value)).toBe('found');
    actor.send({ type: 'phase.next' });
    actor.send({ type: 'review.confirm' });
    expect(flowStateOf(actor.getSnapshot().value)).toBe('outcome');
    actor.send({ type: 'lookup.retry' });
    expect(flowStateOf(actor.getSnapshot().value)).toBe('outcome');
  });

  it('refuses a phase named like a lifecycle state, and a lookup outside the first phase', () => {
    const phases = [...definition.phases, { id: 'reviewing' as P, title: 'Reviewing' }];
    expect(() => createProformaMachine({ ...definition, phases })).toThrow(/reviewing/);
    expect(() =>
      createProformaMachine(definition, { lookup: registryLookup({ ...lookup, phase: 'found' }) }),
    ).toThrow(/first phase/);
  });

  it('a prefilled answer that needs the history is held while the registry is asked, and given back when it replies', async () => {
    const r = registry();
    const actor = start(r.logic, true, { seenBefore: 'yes', other: 'no' });
    expect(actor.getSnapshot().context.answers).toEqual({ other: 'no' });
    r.pending[0]?.reject(new Error('down'));
    await flush();
    // Failed: the history is still unknown, so the answer stays held, not lost.
    expect(actor.getSnapshot().context.answers).toEqual({ other: 'no' });
    expect(actor.getSnapshot().context.heldAnswers).toEqual({ seenBefore: 'yes' });
    actor.send({ type: 'lookup.retry' });
    r.pending[1]?.resolve([record]);
    await flush();
    expect(actor.getSnapshot().context.answers).toEqual({ seenBefore: 'yes', other: 'no' });
    expect(actor.getSnapshot().context.heldAnswers).toEqual({});
  });

  it('only cleared answers are held: an answer changed or cleared meanwhile stays as changed', async () => {
    const r = registry();
    const actor = start(r.logic, true, { other: 'no', seenBefore: 'no' });
    expect(actor.getSnapshot().context.heldAnswers).toEqual({ seenBefore: 'no' });
    actor.send({ type: 'answer.changed', key: 'other', value: undefined });
    r.pending[0]?.resolve([record]);
    await flush();
    expect(actor.getSnapshot().context.answers).toEqual({ seenBefore: 'no' });
  });
});
