import { createProformaMachine } from '../../model/machine.ts';
import { registryLookup, type RegistryLookupOptions } from '../../model/registryLookup.ts';
import { frequentAttender } from './definition.ts';
import { readAttendanceRecords } from './records.ts';

// frequent-attender.md "Flow": the registry lookup runs in `lookingUp` as an invoked promise actor
// (provide it as `registryLookup`); every failure goes to `historyUnavailable` and is recorded, and
// `priorAttendances` stays absent (FA-U), never zero visits.

/** The live status region while the lookup runs. */
export const LOOKUP_RUNNING_STATUS = 'Checking visits to other urgent-care services…';
/** The warning panel's heading when the history could not be checked. */
export const HISTORY_UNAVAILABLE_HEADING = 'Attendance history could not be checked';

export const frequentAttenderLookup: RegistryLookupOptions = {
  phase: 'lookingUp',
  onSuccess: 'listing',
  onFailure: 'historyUnavailable',
  timeoutSeconds: (config) => config.faLookupTimeoutSeconds,
  windowDays: (config) => config.faLongWindowDays,
  read: (reply, request) => readAttendanceRecords(reply, request.nhsNumber),
  messages: {
    running:
      'Still checking attendance history. Wait, or press Stop waiting and record what you did instead.',
    'no-nhs-number': 'There is no verified NHS number, so the attendance registry could not be asked.',
    timeout: 'The attendance registry did not answer in time.',
    error: 'The attendance registry is not available.',
    unreadable: 'The records the attendance registry returned could not be read.',
    stopped: 'You stopped waiting for the attendance registry.',
  },
};

export const frequentAttenderMachine = createProformaMachine(frequentAttender, {
  lookup: registryLookup(frequentAttenderLookup),
});
