// Every resource a test makes goes through these: built, then checked against the R4 schema.
import type { ProformaId } from '@proformas/core';
import { expect } from 'vitest';
import type { EncounterBundleInput } from '../bundle/input.ts';
import { toBundle } from '../bundle/toBundle.ts';
import type { Questionnaire, QuestionnaireResponse } from '../fhir/questionnaire.ts';
import type { FhirOptions } from '../options.ts';
import { toQuestionnaire } from '../questionnaire/toQuestionnaire.ts';
import { toQuestionnaireResponse, type ResponseContext } from '../response/toResponse.ts';
import { fhirSchemaErrors } from './schema.ts';

const checked = <T extends { resourceType: string }>(resource: T): T => {
  expect(fhirSchemaErrors(resource), resource.resourceType).toEqual([]);
  return resource;
};

export const validQuestionnaire = (id: ProformaId, options?: FhirOptions): Questionnaire =>
  checked(toQuestionnaire(id, options));

export const validResponse = (
  id: ProformaId,
  answers: Record<string, unknown>,
  context?: ResponseContext,
  options?: FhirOptions,
): QuestionnaireResponse => checked(toQuestionnaireResponse(id, answers, context, options));

export const validBundle = (input: EncounterBundleInput, options?: FhirOptions) =>
  checked(toBundle(input, options));
