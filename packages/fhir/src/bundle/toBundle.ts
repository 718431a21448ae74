import { PROFORMA_IDS } from '@proformas/core';
import type { Bundle, BundleEntry, Resource } from '../fhir/resources.ts';
import { baseOf, type FhirOptions } from '../options.ts';
import { toQuestionnaireResponse } from '../response/toResponse.ts';
import { communicationsFor } from './communications.ts';
import { bundleContext } from './context.ts';
import { toEncounter } from './encounter.ts';
import { flagsFor } from './flags.ts';
import type { EncounterBundleInput } from './input.ts';
import { encounterInputsFor } from './encounterInputs.ts';
import { serviceRequestsFor } from './requests.ts';
import { encounterRiskAssessment, formRiskAssessment } from './riskAssessment.ts';
import { tasksFor } from './tasks.ts';

/**
 * One attendance as a FHIR transaction Bundle (coding.md §2): the Encounter, each form's
 * QuestionnaireResponse and RiskAssessment, the encounter's RiskAssessment, the Flags, a
 * ServiceRequest per referral, a Communication per letter or notification and a Task per
 * follow-up. Every entry has a urn:uuid fullUrl derived from the attendance id (the same input
 * gives the same Bundle), and the entries refer to each other by those urns.
 */
export const toBundle = (encounter: EncounterBundleInput, options: FhirOptions = {}): Bundle => {
  const base = baseOf(options);
  const ctx = bundleContext(encounter, base);
  const { answers, assessment, signed, attendance, context } = encounter;
  const entries: BundleEntry[] = [];
  const add = (resource: Resource, ...key: (string | number)[]): string => {
    const fullUrl = ctx.urn(...key);
    entries.push({ fullUrl, resource, request: { method: 'POST', url: resource.resourceType } });
    return fullUrl;
  };
  const leftBeforeCompletion = answers['paediatric-triage']?.['leftBeforeCompletion'] === 'yes';
  add(toEncounter(attendance, { base, leftBeforeCompletion }), 'Encounter');
  const forms = PROFORMA_IDS.filter((id) => answers[id] !== undefined);
  for (const id of forms) {
    const formAnswers = answers[id] ?? {};
    const qr = toQuestionnaireResponse(
      id,
      formAnswers,
      {
        assessment: context,
        encounterInputs: encounterInputsFor(id, assessment, answers),
        ...(signed ? { signed } : {}),
        nhsNumber: attendance.nhsNumber,
        encounter: ctx.encounter,
      },
      { base },
    );
    add(qr, 'QuestionnaireResponse', id);
  }
  for (const id of forms) {
    const form = assessment.forms[id];
    if (form) add(formRiskAssessment(ctx, id, form), 'RiskAssessment', id);
  }
  add(encounterRiskAssessment(ctx), 'RiskAssessment', 'encounter');
  const flags = flagsFor(ctx);
  for (const { key, flag } of flags.flags) add(flag, 'Flag', key);
  const requests = new Map<string, string>();
  for (const { action, request } of serviceRequestsFor(ctx))
    requests.set(action, add(request, 'ServiceRequest', action));
  const communications = new Map<string, string>();
  for (const { key, communication } of communicationsFor(ctx, requests))
    communications.set(key, add(communication, 'Communication', key));
  for (const { key, task } of [...flags.tasks, ...tasksFor(ctx, requests, communications)])
    add(task, 'Task', key);
  return {
    resourceType: 'Bundle',
    id: ctx.urn('Bundle').slice('urn:uuid:'.length),
    type: 'transaction',
    timestamp: ctx.when,
    entry: entries,
  };
};
