import { assign, createMachine, type PromiseActorLogic, type setup } from 'xstate';
import type { AssessmentContext } from './context.ts';
import { completionIssues } from './completion.ts';
import { evaluateCondition, type ConditionEnv } from './evaluate.ts';
import { evaluateProforma, type ProformaEvaluation } from './evaluateProforma.ts';
import { LEVELS, type Level } from './levels.ts';
import type { Condition } from './condition.ts';
import type {
  ProformaMachineContext,
  ProformaMachineEvent,
  ProformaMachineInput,
  ProformaMachineOptions,
} from './machineTypes.ts';
import type { AnyProformaDefinition, EncounterInputs } from './proforma.ts';
import type { LookupChange, LookupFailureReason, RegistryLookupRequest } from './registryLookup.ts';
import { ProformaValidationError, type ValidationIssue } from './validation.ts';

export type {
  ProformaMachineContext,
  ProformaMachineEvent,
  ProformaMachineInput,
  ProformaMachineOptions,
} from './machineTypes.ts';

/**
 * The lifecycle every proforma shares (ARCHITECTURE.md "Content as data, flow as a statechart"):
 * the spec's phases, then reviewing, outcome and signedOff, plus the `escalating` interrupt that
 * takes over the moment a rule demands immediate action and returns to where the clinician was.
 * A parallel `risk` region carries the level as tags for the UI.
 */

/**
 * xstate's `setup`, typed as such, minus what this file does not use: `setup` also returns every
 * built-in action creator (sendTo, raise, log, emit, spawnChild…), which a bundler must then keep
 * (about 0.8 kB gzip in every form's page). Its `createMachine` is exactly this one.
 */
const setupMachine = ((implementations: object) => ({
  createMachine: (config: object) => createMachine(config, implementations as never),
})) as unknown as typeof setup;

/** State names of the shared lifecycle inside `flow.active`: a phase may not take one. */
const LIFECYCLE_STATES = ['reviewing', 'outcome', 'hist'];

const emergencyKeys = (evaluation: ProformaEvaluation): string[] =>
  evaluation.firings.filter((f) => f.level === 'EMERGENCY').map((f) => `${f.rule}:${f.clause ?? ''}`);

/** The answers assessed again (hidden answers cleared), with what still blocks sign-off. */
const refresh = (
  definition: AnyProformaDefinition,
  answers: Record<string, unknown>,
  assessmentContext: AssessmentContext,
  encounter: EncounterInputs,
  pending: ValidationIssue[] = [],
) => {
  const evaluation = evaluateProforma(definition, answers, assessmentContext, encounter);
  return {
    answers: evaluation.answers,
    evaluation,
    issues: [...pending, ...completionIssues(definition, evaluation, assessmentContext)],
  };
};

/**
 * Bad input never stops the actor: a change that fails validation is refused with its issues,
 * and every answer already given stays as it was.
 */
const refreshOrRefuse = (
  run: () => ReturnType<typeof refresh>,
): Partial<Pick<ProformaMachineContext, 'answers' | 'evaluation' | 'issues' | 'inputIssues'>> => {
  try {
    return { ...run(), inputIssues: [] };
  } catch (error) {
    if (error instanceof ProformaValidationError) return { inputIssues: error.issues };
    throw error;
  }
};

/** The answers given that the evaluation cleared (held while the registry history is unknown). */
const heldBack = (given: Record<string, unknown>, kept: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(given).filter(([key]) => !(key in kept)));

const withHeldAnswers = <R extends { answers: Record<string, unknown> }>(
  refreshed: R,
  given: Record<string, unknown> | undefined,
) => (given ? { ...refreshed, heldAnswers: heldBack(given, refreshed.answers) } : refreshed);

/** What a phase or alert condition reads: the evaluated (shown-only) answers and derived values. */
const envOf = (context: ProformaMachineContext): ConditionEnv => ({
  answers: context.evaluation.answers,
  derived: context.evaluation.derived,
  config: context.evaluation.config,
  age: context.evaluation.age,
  sex: context.assessmentContext.patient.sex,
  level: context.evaluation.encounterLevel,
});

/**
 * Build the statechart of a proforma from its definition. Guards read as clinical criteria:
 * `isSomeoneInImmediateDanger` (an EMERGENCY clause not yet acknowledged), `isComplete`.
 */
export const createProformaMachine = (
  definition: AnyProformaDefinition,
  options: ProformaMachineOptions = {},
) => {
  const allPhaseIds = definition.phases.map((p) => p.id);
  const first = allPhaseIds[0];
  if (!first) throw new Error(`${definition.id} has no phases`);
  const clash = allPhaseIds.find((id) => LIFECYCLE_STATES.includes(id));
  if (clash) throw new Error(`${definition.id}: the phase "${clash}" has the name of a lifecycle state`);
  const { lookup } = options;
  const lookupPhaseId = lookup?.options.phase;
  if (
    lookup &&
    (lookupPhaseId !== first ||
      ![lookup.options.onSuccess, lookup.options.onFailure].every((p) => allPhaseIds.includes(p)))
  )
    throw new Error(`${definition.id}: the lookup runs in the first phase and ends in two other phases`);
  // The lookup phase is entered only at the start and by Try again, never by next / back / goto.
  const phaseIds = allPhaseIds.filter((id) => id !== lookupPhaseId);
  /** What the lookup still blocks (nothing without a lookup). */
  const pendingOf = (context: ProformaMachineContext) => lookup?.issues(context.lookup) ?? [];
  const phaseTarget = (id: string) => `#${definition.id}.flow.active.${id}`;
  /** The lookup's new status and history, with the answers re-evaluated against them. */
  const settleLookup = (context: ProformaMachineContext, change: LookupChange) => {
    // Until the history arrives, answers it would show are held rather than cleared.
    const given = { ...context.heldAnswers, ...context.answers };
    const refreshed = refresh(
      definition,
      given,
      change.assessmentContext,
      context.encounter,
      lookup?.issues(change.status),
    );
    return {
      lookup: change.status,
      assessmentContext: change.assessmentContext,
      heldAnswers: change.status.status === 'succeeded' ? {} : heldBack(given, refreshed.answers),
      ...refreshed,
    };
  };
  const lookupPhase = lookup && lookupPhaseId && { [lookupPhaseId]: lookup.state(phaseTarget) };
  // Only a machine with a lookup calls these (its phase's states are the only ones naming them).
  const withLookup = <T>(use: (extension: NonNullable<typeof lookup>) => T): T => use(lookup!);

  const phaseShown = (context: ProformaMachineContext, phase: string): boolean => {
    const condition = (definition.phaseShownWhen as Record<string, Condition> | undefined)?.[phase];
    return condition === undefined || evaluateCondition(condition, envOf(context));
  };
  // Next / back go to the nearest phase that is shown (phaseShownWhen), skipping the others.
  const toPhase = (id: string) => ({
    guard: { type: 'phaseShown' as const, params: { phase: id } },
    target: id,
  });
  const phaseStates = Object.fromEntries(
    phaseIds.map((id, index) => [
      id,
      {
        meta: { kind: 'phase', index: allPhaseIds.indexOf(id) },
        on: {
          'phase.next': [...phaseIds.slice(index + 1).map(toPhase), { target: 'reviewing' }],
          ...(index > 0 ? { 'phase.back': phaseIds.slice(0, index).reverse().map(toPhase) } : {}),
        },
      },
    ]),
  );

  // One sub-region per banner: `on` (tag `alert.<id>`) while its condition holds.
  const alerts = definition.alerts ?? [];
  const alertStates = Object.fromEntries(
    alerts.map((alert) => [
      alert.id,
      {
        initial: 'off',
        states: {
          off: { always: { guard: { type: 'alertHolds' as const, params: { id: alert.id } }, target: 'on' } },
          on: {
            tags: [`alert.${alert.id}`],
            always: { guard: { type: 'alertClear' as const, params: { id: alert.id } }, target: 'off' },
          },
        },
      },
    ]),
  );
  const alertHolds = (context: ProformaMachineContext, id: string): boolean => {
    const alert = alerts.find((a) => a.id === id);
    return alert !== undefined && evaluateCondition(alert.when as Condition, envOf(context));
  };

  const riskStates = Object.fromEntries(
    LEVELS.map((level) => [
      level,
      {
        tags: riskTags(level),
        always: LEVELS.filter((other) => other !== level).map((other) => ({
          guard: { type: 'levelIs' as const, params: { level: other } },
          target: other,
        })),
      },
    ]),
  );

  return setupMachine({
    types: {
      context: {} as ProformaMachineContext,
      events: {} as ProformaMachineEvent,
      input: {} as ProformaMachineInput,
    },
    guards: {
      isSomeoneInImmediateDanger: ({ context }: { context: ProformaMachineContext }) =>
        emergencyKeys(context.evaluation).some((key) => !context.acknowledged.includes(key)),
      isComplete: ({ context }: { context: ProformaMachineContext }) => context.issues.length === 0,
      /** A signed-off form is a record: answers no longer change. */
      isOpen: ({ context }: { context: ProformaMachineContext }) => context.signedOff === undefined,
      levelIs: ({ context }: { context: ProformaMachineContext }, params: { level: Level }) =>
        context.evaluation.level === params.level,
      phaseShown: ({ context }: { context: ProformaMachineContext }, params: { phase: string }) =>
        phaseShown(context, params.phase),
      alertHolds: ({ context }: { context: ProformaMachineContext }, params: { id: string }) =>
        alertHolds(context, params.id),
      alertClear: ({ context }: { context: ProformaMachineContext }, params: { id: string }) =>
        !alertHolds(context, params.id),
      hasVerifiedNhsNumber: ({ context }: { context: ProformaMachineContext }) => Boolean(context.nhsNumber),
      /** The registry's reply can be read (a list of valid records for this NHS number). */
      isReadableReply: ({
        context,
        event,
      }: {
        context: ProformaMachineContext;
        event: ProformaMachineEvent;
      }) => withLookup((l) => l.isReadableReply(context, event)),
      /** "Try again" is offered once the lookup has failed. */
      hasLookupFailed: ({ context }: { context: ProformaMachineContext }) =>
        context.lookup?.status === 'failed',
    },
    actions: {
      applyAnswer: assign(({ context, event }) => {
        if (event.type !== 'answer.changed') return {};
        const answers = { ...context.answers };
        if (event.value === undefined) delete answers[event.key];
        else answers[event.key] = event.value;
        return refreshOrRefuse(() =>
          refresh(definition, answers, context.assessmentContext, context.encounter, pendingOf(context)),
        );
      }),
      mergeAnswers: assign(({ context, event }) => {
        if (event.type !== 'answers.merged') return {};
        const answers = { ...context.answers, ...event.answers };
        return refreshOrRefuse(() =>
          refresh(definition, answers, context.assessmentContext, context.encounter, pendingOf(context)),
        );
      }),
      updateEncounter: assign(({ context, event }) => {
        if (event.type !== 'encounter.updated') return {};
        return {
          encounter: event.encounter,
          ...refresh(
            definition,
            context.answers,
            context.assessmentContext,
            event.encounter,
            pendingOf(context),
          ),
        };
      }),
      acknowledge: assign(({ context }) => ({
        acknowledged: [...new Set([...context.acknowledged, ...emergencyKeys(context.evaluation)])],
      })),
      sign: assign(({ event }) =>
        event.type === 'outcome.sign'
          ? { signedOff: { name: event.name, role: event.role, at: event.at } }
          : {},
      ),
      /** Entering the lookup phase: running, the history not yet returned; answers are kept. */
      startLookup: assign(({ context }) =>
        settleLookup(
          context,
          withLookup((l) => l.start(context)),
        ),
      ),
      failLookup: assign(({ context, event }, params: { reason: LookupFailureReason }) =>
        settleLookup(
          context,
          withLookup((l) => l.fail(context, params.reason, event)),
        ),
      ),
      receiveRecords: assign(({ context, event }) =>
        settleLookup(
          context,
          withLookup((l) => l.receive(context, event)),
        ),
      ),
    },
    // The lookup's default actor (every lookup fails until a site provides its registry).
    actors: (lookup ? { registryLookup: lookup.actor } : {}) as {
      registryLookup: PromiseActorLogic<unknown, RegistryLookupRequest>;
    },
    delays: {
      lookupTimeout: ({ context }: { context: ProformaMachineContext }) =>
        withLookup((l) => l.timeoutMs(context)),
    },
  }).createMachine({
    id: definition.id,
    type: 'parallel',
    context: ({ input }) => {
      // With a lookup, the history is not available until the registry replies.
      const assessmentContext = lookup ? lookup.startContext(input.context) : input.context;
      return {
        proforma: definition.id,
        assessmentContext,
        encounter: input.encounter ?? {},
        acknowledged: [],
        inputIssues: [],
        ...(input.nhsNumber ? { nhsNumber: input.nhsNumber } : {}),
        ...withHeldAnswers(
          refresh(definition, input.answers ?? {}, assessmentContext, input.encounter ?? {}),
          // With a lookup, a prefill's answers that need the history are held until it arrives.
          lookup ? (input.answers ?? {}) : undefined,
        ),
      };
    },
    on: {
      'answer.changed': { guard: 'isOpen', actions: 'applyAnswer' },
      'answers.merged': { guard: 'isOpen', actions: 'mergeAnswers' },
      'encounter.updated': { actions: 'updateEncounter' },
    },
    states: {
      flow: {
        initial: 'active',
        states: {
          active: {
            initial: first,
            always: { guard: 'isSomeoneInImmediateDanger', target: 'escalating' },
            on: {
              ...(lookupPhaseId
                ? { 'lookup.retry': { guard: 'hasLookupFailed', target: `.${lookupPhaseId}` } }
                : {}),
              'phase.goto': phaseIds.map((id) => ({
                guard: ({
                  context,
                  event,
                }: {
                  context: ProformaMachineContext;
                  event: ProformaMachineEvent;
                }) => event.type === 'phase.goto' && event.phase === id && phaseShown(context, id),
                target: `.${id}`,
              })),
            },
            states: {
              ...lookupPhase,
              ...phaseStates,
              reviewing: {
                tags: ['reviewing'],
                on: {
                  'phase.back': [...phaseIds].reverse().map(toPhase),
                  'review.confirm': { guard: 'isComplete', target: 'outcome' },
                },
              },
              outcome: {
                tags: ['outcome'],
                on: {
                  'phase.back': { target: 'reviewing' },
                  'outcome.sign': {
                    guard: 'isComplete',
                    target: '#' + definition.id + '.flow.signedOff',
                    actions: 'sign',
                  },
                },
              },
              hist: { type: 'history' },
            },
          },
          escalating: {
            tags: ['emergency'],
            on: { 'escalation.acknowledged': { target: 'active.hist', actions: 'acknowledge' } },
          },
          signedOff: { tags: ['signedOff'], type: 'final' },
        },
      },
      risk: { initial: 'NO_CONCERN', states: riskStates },
      ...(alerts.length > 0 ? { alerts: { type: 'parallel' as const, states: alertStates } } : {}),
    },
  });
};

/** Tags the UI reads: the level, and whether the safeguarding lead must be involved. */
export function riskTags(level: Level): string[] {
  const tags = [`risk.${level.toLowerCase()}`];
  if (level === 'DISCUSS' || level === 'REFER' || level === 'EMERGENCY') tags.push('needsSafeguardingLead');
  return tags;
}

export type ProformaMachine = ReturnType<typeof createProformaMachine>;

/** The phase the clinician is on, or the flow state (reviewing, outcome, escalating, signedOff). */
export const flowStateOf = (value: unknown): string => {
  const flow = (value as { flow?: unknown }).flow;
  if (typeof flow === 'string') return flow;
  if (flow && typeof flow === 'object' && 'active' in flow) {
    const active = (flow as { active: unknown }).active;
    // A phase with sub-states (the lookup's `starting` / `waiting`) reads as the phase.
    return typeof active === 'object' && active !== null
      ? (Object.keys(active)[0] ?? 'unknown')
      : String(active);
  }
  return 'unknown';
};
