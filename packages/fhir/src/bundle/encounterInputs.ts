import {
  PROFORMA_IDS,
  encounterInputsFor as triageInputsFor,
  type EncounterAnswers,
  type EncounterAssessment,
  type EncounterInputs,
  type ProformaId,
} from '@proformas/core';

/**
 * What each form saw of the others when `assessEncounter` assessed it, so that the response
 * leaves out exactly the items the engine did: the triage sees the other forms' results (P-R5, P-R6,
 * items shown from the encounter level); every other form sees their answers only.
 */
export const encounterInputsFor = (
  id: ProformaId,
  assessment: EncounterAssessment,
  answers: EncounterAnswers,
): EncounterInputs => {
  if (id === 'paediatric-triage') return triageInputsFor(id, assessment.forms, answers);
  const formsPresent = PROFORMA_IDS.filter((other) => other !== id && answers[other] !== undefined);
  const otherAnswers: EncounterAnswers = {};
  for (const other of formsPresent) otherAnswers[other] = answers[other];
  return { formsPresent, otherAnswers };
};
