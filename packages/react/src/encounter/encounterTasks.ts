import {
  ageAt,
  getProforma,
  suggestProformas,
  type AssessmentContext,
  type ProformaId,
} from '@proformas/core';
import { encounterAnswers, type FormRecords } from './encounterRecords.ts';

/** One form on the encounter's task list. */
export interface EncounterTask {
  id: ProformaId;
  /** Required or offered by core's suggestProformas; `started` when no longer suggested. */
  requirement: 'required' | 'offered' | 'started';
  /** Why it is suggested, as core says it. */
  reason: string;
  /** Why it cannot run here for this patient (core refuses this patient's context), if so. */
  cannotRun?: string;
}

/**
 * Whether a form takes this patient, as the form's own context checks say.
 * SAFER READING: hidden harm offers the paediatric triage for a child of an adult patient who is in
 * the department (H4a); that triage is about the child, not this patient, so it is listed with its
 * reason and core's refusal ("for under-18s") rather than run against the adult's record.
 */
const refusal = (id: ProformaId, context: AssessmentContext): string | undefined => {
  const age = ageAt(context.patient.dateOfBirth, context.attendance.arrivedAt);
  const definition = getProforma(id);
  if (!age || !definition.checkContext) return undefined;
  // The form's own rules about who it is for (e.g. the triage is for under-18s, P-R7).
  const issue = definition
    .checkContext(context, age, {})
    .find((i) => i.key.startsWith('patient.') || i.key.startsWith('attendance.'));
  return issue?.message;
};

/**
 * The forms for this attendance, as core's suggestProformas gives them from the context and the
 * answers so far (required first, then offered; each form once), then any form started that is no
 * longer suggested.
 */
export const encounterTasks = (context: AssessmentContext, records: FormRecords): EncounterTask[] => {
  const seen = new Set<ProformaId>();
  const tasks: EncounterTask[] = [];
  for (const s of suggestProformas(context, encounterAnswers(records))) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const cannotRun = refusal(s.id, context);
    tasks.push({
      id: s.id,
      requirement: s.requirement,
      reason: s.reason,
      ...(cannotRun ? { cannotRun } : {}),
    });
  }
  for (const id of Object.keys(records) as ProformaId[]) {
    if (!seen.has(id) && records[id]?.status !== 'declined')
      tasks.push({ id, requirement: 'started', reason: 'Started during this attendance.' });
  }
  return tasks;
};

/** The next form to run: the first required one not yet signed off, then none. */
export const nextRequired = (
  tasks: readonly EncounterTask[],
  records: FormRecords,
): EncounterTask | undefined =>
  tasks.find((t) => t.requirement === 'required' && !t.cannotRun && records[t.id]?.status !== 'signed-off');

/** Required forms not yet signed off: the combined outcome is provisional until there are none. */
export const outstandingRequired = (tasks: readonly EncounterTask[], records: FormRecords): EncounterTask[] =>
  tasks.filter((t) => t.requirement === 'required' && !t.cannotRun && records[t.id]?.status !== 'signed-off');
