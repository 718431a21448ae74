import { fromPromise, type DoneActorEvent, type ErrorActorEvent, type PromiseActorLogic } from 'xstate';
import type { SafeguardingConfig } from './config.ts';
import type { AssessmentContext, AttendanceRecord } from './context.ts';
import { addDays, formatDate, londonDate } from './dates.ts';
import type { ProformaMachineContext } from './machineTypes.ts';
import type { ValidationIssue } from './validation.ts';

/**
 * The attendance-registry lookup a proforma's statechart can run in its first phase
 * (frequent-attender.md "Flow" 1–2): an invoked promise actor that can time out, fail or be
 * stopped. A failure is recorded and leaves `priorAttendances` absent (never zero visits).
 * An option module: `createProformaMachine(definition, { lookup: registryLookup(options) })`; a
 * form without a lookup never loads this code.
 */
export interface RegistryLookupRequest {
  /** The patient's verified NHS number. */
  nhsNumber: string;
  /** The first calendar date asked for (Europe/London), `windowDays` before the arrival date. */
  from: string;
  /** The arrival instant. */
  to: string;
}

export type LookupFailureReason = 'no-nhs-number' | 'timeout' | 'error' | 'unreadable' | 'stopped';

export interface RegistryLookupStatus {
  status: 'running' | 'succeeded' | 'failed';
  /** How many times the lookup has started (Try again adds one). */
  attempt: number;
  reason?: LookupFailureReason;
  /** Why it failed, in plain words, for the warning panel and the record. */
  message?: string;
  /** The error the registry gave, for the audit record. */
  error?: string;
  /** Records received on success. */
  received?: number;
}

export interface RegistryLookupOptions<P extends string = string> {
  /** The phase that runs the lookup: the first phase, never a next / back / goto target. */
  phase: P;
  /** Where a readable reply goes. */
  onSuccess: P;
  /** Where every failure goes (no verified NHS number, rejection, timeout, unreadable, Stop waiting). */
  onFailure: P;
  /** Seconds to wait for the registry. */
  timeoutSeconds: (config: SafeguardingConfig) => number;
  /** Days before the arrival date that the request covers. */
  windowDays: (config: SafeguardingConfig) => number;
  /** The records in a reply, or undefined when the reply cannot be read. */
  read: (reply: unknown, request: RegistryLookupRequest) => AttendanceRecord[] | undefined;
  /** Plain-English texts: the completion issue while running, and each failure's reason. */
  messages: { running: string } & Record<LookupFailureReason, string>;
}

/** The actor name to provide: `machine.provide({ actors: { registryLookup: fromPromise(...) } })`. */
export const REGISTRY_LOOKUP_ACTOR = 'registryLookup';

/** Used until a site provides its registry: every lookup fails, so the history is "not available". */
export const noRegistryConfigured = fromPromise<unknown, RegistryLookupRequest>(() =>
  Promise.reject(new Error('No attendance registry is configured for this site.')),
);

export const lookupRequest = (
  context: AssessmentContext,
  nhsNumber: string,
  windowDays: number,
): RegistryLookupRequest => ({
  nhsNumber,
  from: formatDate(addDays(londonDate(context.attendance.arrivedAt), -windowDays)),
  to: context.attendance.arrivedAt,
});

/** The completion issue while the lookup runs (sign-off waits for it). */
export const lookupIssues = (
  lookup: RegistryLookupStatus | undefined,
  options: RegistryLookupOptions,
): ValidationIssue[] =>
  lookup?.status === 'running'
    ? [{ key: 'priorAttendances', code: 'lookup', message: options.messages.running }]
    : [];

/** The assessment context without the registry's records: the history is not (yet) available. */
export const withoutHistory = (context: AssessmentContext): AssessmentContext => {
  const { priorAttendances: _dropped, ...rest } = context;
  return rest;
};

/** The text of whatever a rejected promise gave. */
export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';

const fail = (reason: LookupFailureReason) => ({ type: 'failLookup' as const, params: { reason } });

/**
 * The lookup phase's states: `starting` (no verified NHS number fails at once), then `waiting` on the
 * invoked `registryLookup` actor with the `lookupTimeout` delay. Every way out but a readable reply
 * goes to `onFailure`; leaving the phase stops the actor, so a late reply is discarded.
 */
export const registryLookupPhase = <C>(
  lookup: RegistryLookupOptions,
  target: (phase: string) => string,
  request: (context: C) => RegistryLookupRequest,
) => ({
  meta: { kind: 'phase', index: 0 },
  tags: ['lookup.running'],
  entry: 'startLookup',
  initial: 'starting',
  on: {
    'lookup.stop': { target: target(lookup.onFailure), actions: fail('stopped') },
    // Stop waiting first: phase.goto would leave the lookup and drop the reply.
    'phase.goto': {},
  },
  states: {
    starting: {
      always: [
        { guard: 'hasVerifiedNhsNumber', target: 'waiting' },
        { target: target(lookup.onFailure), actions: fail('no-nhs-number') },
      ],
    },
    waiting: {
      invoke: {
        id: REGISTRY_LOOKUP_ACTOR,
        src: REGISTRY_LOOKUP_ACTOR,
        input: ({ context }: { context: C }) => request(context),
        onDone: [
          { guard: 'isReadableReply', target: target(lookup.onSuccess), actions: 'receiveRecords' },
          { target: target(lookup.onFailure), actions: fail('unreadable') },
        ],
        onError: { target: target(lookup.onFailure), actions: fail('error') },
      },
      after: { lookupTimeout: { target: target(lookup.onFailure), actions: fail('timeout') } },
    },
  },
});

/** The lookup's new status and the assessment context that goes with it (history or none). */
export interface LookupChange {
  status: RegistryLookupStatus;
  assessmentContext: AssessmentContext;
}

/**
 * A registry lookup as createProformaMachine runs it: the lookup phase's states, the default
 * actor, and what each step does to the status and the history. The statechart re-assesses the
 * answers after every change.
 */
export interface LookupExtension {
  options: RegistryLookupOptions;
  /** The phase's states; `target` gives the id of a phase to leave to. */
  state: (target: (phase: string) => string) => object;
  /** Until a site provides its registry, every lookup fails. */
  actor: PromiseActorLogic<unknown, RegistryLookupRequest>;
  /** The assessment context the form starts with: no history until the registry replies. */
  startContext: (context: AssessmentContext) => AssessmentContext;
  /** What blocks sign-off while the lookup runs. */
  issues: (status: RegistryLookupStatus | undefined) => ValidationIssue[];
  timeoutMs: (context: ProformaMachineContext) => number;
  isReadableReply: (context: ProformaMachineContext, event: unknown) => boolean;
  start: (context: ProformaMachineContext) => LookupChange;
  fail: (context: ProformaMachineContext, reason: LookupFailureReason, event: unknown) => LookupChange;
  receive: (context: ProformaMachineContext, event: unknown) => LookupChange;
}

/** The `lookup` option of createProformaMachine for these options. */
export const registryLookup = (options: RegistryLookupOptions): LookupExtension => {
  const request = (context: ProformaMachineContext) =>
    lookupRequest(
      context.assessmentContext,
      context.nhsNumber ?? '',
      options.windowDays(context.evaluation.config),
    );
  const read = (context: ProformaMachineContext, event: unknown) =>
    options.read((event as DoneActorEvent).output, request(context));
  const attempt = (context: ProformaMachineContext) => context.lookup?.attempt ?? 1;
  return {
    options,
    state: (target) => registryLookupPhase(options, target, request),
    actor: noRegistryConfigured,
    startContext: withoutHistory,
    issues: (status) => lookupIssues(status, options),
    timeoutMs: (context) => options.timeoutSeconds(context.evaluation.config) * 1000,
    isReadableReply: (context, event) => read(context, event) !== undefined,
    // Entering the lookup phase: running, the history not yet returned; answers are kept.
    start: (context) => ({
      status: { status: 'running', attempt: (context.lookup?.attempt ?? 0) + 1 },
      assessmentContext: withoutHistory(context.assessmentContext),
    }),
    fail: (context, reason, event) => ({
      status: {
        status: 'failed',
        attempt: attempt(context),
        reason,
        message: options.messages[reason],
        ...(reason === 'error' ? { error: errorText((event as ErrorActorEvent).error) } : {}),
      },
      assessmentContext: withoutHistory(context.assessmentContext),
    }),
    receive: (context, event) => {
      const records = read(context, event) ?? [];
      return {
        status: { status: 'succeeded', attempt: attempt(context), received: records.length },
        assessmentContext: { ...context.assessmentContext, priorAttendances: records },
      };
    },
  };
};
