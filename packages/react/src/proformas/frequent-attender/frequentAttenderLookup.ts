import {
  frequentAttenderMachine,
  REGISTRY_LOOKUP_ACTOR,
  type AttendanceRecord,
  type RegistryLookupRequest,
} from '@proformas/core';
import { fromPromise } from 'xstate';

/**
 * The host's attendance-registry lookup: the patient's earlier attendances for a verified NHS
 * number, within the request's window. A rejection is shown and recorded ("not available"), never
 * read as no visits; so is a reply the registry schema cannot read.
 */
export type AttendanceLookup = (
  nhsNumber: string,
  request: RegistryLookupRequest,
) => Promise<readonly AttendanceRecord[]>;

/** Where the form keeps the host's current lookup (the machine is made once). */
export class LookupHolder {
  constructor(private current: AttendanceLookup | undefined) {}
  /** Use this lookup from now on. */
  use(lookup: AttendanceLookup | undefined): void {
    this.current = lookup;
  }
  get lookup(): AttendanceLookup | undefined {
    return this.current;
  }
}

/** The frequent-attender statechart with the host's lookup as its invoked `registryLookup` actor. */
export const frequentAttenderMachineWith = (holder: LookupHolder) =>
  frequentAttenderMachine.provide({
    actors: {
      [REGISTRY_LOOKUP_ACTOR]: fromPromise<unknown, RegistryLookupRequest>(({ input }) => {
        const current = holder.lookup;
        return current
          ? current(input.nhsNumber, input)
          : Promise.reject(new Error('No attendance registry is configured for this site.'));
      }),
    },
  });
