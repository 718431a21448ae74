import {
  combineEncounter,
  encounterInputsFor,
  evaluate,
  PROFORMA_IDS,
  ProformaValidationError,
  toAssessment,
  type AssessmentContext,
  type EncounterAnswers,
  type EncounterAssessment,
  type EncounterInputs,
  type ProformaEvaluation,
  type ProformaId,
} from '@proformas/core';
import type { SignedOff } from '../outcome/OutcomePanel.tsx';
import type { DraftStorage } from '../state/persistence.ts';

/** What the encounter keeps about one form. */
export interface FormRecord {
  status: 'in-progress' | 'signed-off' | 'declined';
  /** Why an offered form was declined (status `declined`). */
  declinedReason?: string;
  /** The answers so far (from the running form). */
  answers?: Record<string, unknown>;
  /** The form's own context (the frequent-attender's holds the registry's visits). */
  formContext?: AssessmentContext;
  signedOff?: SignedOff;
}

export type FormRecords = Partial<Record<ProformaId, FormRecord>>;

/** The combined outcome: core's encounter assessment and each form's evaluation within it. */
export interface EncounterOutcome {
  encounter: EncounterAssessment;
  evaluations: Partial<Record<ProformaId, ProformaEvaluation>>;
}

/** The answers of every form started and not declined. */
export const encounterAnswers = (records: FormRecords): EncounterAnswers => {
  const answers: EncounterAnswers = {};
  for (const id of PROFORMA_IDS) {
    const record = records[id];
    if (record?.answers && record.status !== 'declined') answers[id] = record.answers;
  }
  return answers;
};

/**
 * Core's combined assessment of the forms started (combineEncounter), each form assessed in its
 * own context; undefined when no form has answers or an answer no longer validates.
 */
export const encounterOutcome = (
  records: FormRecords,
  context: AssessmentContext,
): EncounterOutcome | undefined => {
  const answers = encounterAnswers(records);
  if (Object.keys(answers).length === 0) return undefined;
  const evaluations: EncounterOutcome['evaluations'] = {};
  try {
    const encounter = combineEncounter(answers, context, (id, formAnswers, inputs) => {
      const evaluation = evaluate(id, formAnswers, records[id]?.formContext ?? context, inputs);
      evaluations[id] = evaluation;
      return toAssessment(evaluation);
    });
    return { encounter, evaluations };
  } catch (error) {
    if (error instanceof ProformaValidationError) return undefined;
    throw error;
  }
};

/**
 * What the other forms tell one form, as assessEncounter gives it: the triage reads the others'
 * results (P-R5, P-R6); every other form reads only the others' answers.
 */
export const inputsFor = (
  id: ProformaId,
  records: FormRecords,
  outcome: EncounterOutcome | undefined,
): EncounterInputs => {
  const answers = encounterAnswers(records);
  if (id === 'paediatric-triage') return encounterInputsFor(id, outcome?.encounter.forms ?? {}, answers);
  const formsPresent = PROFORMA_IDS.filter((other) => other !== id && answers[other] !== undefined);
  const otherAnswers: EncounterAnswers = {};
  for (const other of formsPresent) otherAnswers[other] = answers[other];
  return { formsPresent, otherAnswers };
};

const STORAGE_SUFFIX = ':encounter';

/** The encounter's records as saved (forms' own drafts are saved by each form). */
export const loadRecords = (storage: DraftStorage | null, key: string): FormRecords => {
  if (!storage) return {};
  try {
    const value: unknown = JSON.parse(storage.getItem(key + STORAGE_SUFFIX) ?? 'null');
    return value && typeof value === 'object' ? (value as FormRecords) : {};
  } catch {
    return {};
  }
};

export const saveRecords = (storage: DraftStorage | null, key: string, records: FormRecords): void => {
  storage?.setItem(key + STORAGE_SUFFIX, JSON.stringify(records));
};
