import { createActor, fromPromise } from 'xstate';
import type { AssessmentContext } from '../../model/context.ts';
import { flowStateOf } from '../../model/machine.ts';
import type { RegistryLookupRequest } from '../../model/registryLookup.ts';
import { faContext, NHS_NUMBER } from './fixtures-builder.ts';
import { frequentAttenderMachine } from './machine.ts';

// Test support for machine*.test.ts: an actor whose registry replies as the test says.

export const sign = {
  type: 'outcome.sign',
  name: 'Sam Example',
  role: 'ENP',
  at: '2025-03-12T12:00:00+00:00',
} as const;
export const child = faContext('2015-01-01', 'female', undefined);
const replying = (reply: () => Promise<unknown>) =>
  frequentAttenderMachine.provide({
    actors: { registryLookup: fromPromise<unknown, RegistryLookupRequest>(reply) },
  });
export const start = (
  reply: () => Promise<unknown>,
  context: AssessmentContext = child,
  nhsNumber: string | null = NHS_NUMBER,
) => createActor(replying(reply), { input: { context, ...(nhsNumber ? { nhsNumber } : {}) } }).start();
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
export const never = () => new Promise<unknown>(() => {});
export const state = (actor: ReturnType<typeof start>) => flowStateOf(actor.getSnapshot().value);
