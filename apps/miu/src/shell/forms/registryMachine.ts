import {
  getMachine,
  type ProformaId,
  type ProformaMachine,
  type RegistryLookupRequest,
} from '@proformas/core';
import { fromPromise } from 'xstate';
import { lookUpAttendances } from '../api/registry.ts';

/**
 * A proforma's statechart with the registry lookup provided: the frequent-attender form asks the
 * server for the patient's cross-site history (this attendance left out).
 */
export const machineWithRegistry = (id: ProformaId, attendanceId: string): ProformaMachine =>
  getMachine(id).provide({
    actors: {
      registryLookup: fromPromise<unknown, RegistryLookupRequest>(({ input }) =>
        lookUpAttendances(input, attendanceId),
      ),
    },
  }) as ProformaMachine;
