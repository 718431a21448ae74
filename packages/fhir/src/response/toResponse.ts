import {
  evaluate,
  getProforma,
  ProformaValidationError,
  type AssessmentContext,
  type EncounterInputs,
  type ProformaId,
} from '@proformas/core';
import type { Reference } from '../fhir/datatypes.ts';
import type {
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseStatus,
} from '../fhir/questionnaire.ts';
import { baseOf, extensionUrl, type FhirOptions } from '../options.ts';
import { EMPTY_GROUP_EXTENSION } from '../questionnaire/expression.ts';
import { proformaIndex, type LinkedItem } from '../questionnaire/linkIds.ts';
import { NHS_NUMBER, ukCoreProfile } from '../terminology/systems.ts';
import { questionnaireCanonical } from './canonical.ts';
import { schemaIssues } from './validate.ts';
import { toAnswers, type ValueEnv } from './values.ts';

export interface ResponseContext {
  /** With it, answers to items not shown are left out (coding.md §2.3 "Hidden items are omitted"). */
  assessment?: AssessmentContext;
  /** What the encounter's other forms tell this one (items shown from the encounter level). */
  encounterInputs?: EncounterInputs;
  /** Set at sign-off: `authored` and `author` (the clinician, a PractitionerRole). */
  signed?: { by: string; at: string };
  /** Default: `completed` when signed, else `in-progress`. */
  status?: QuestionnaireResponseStatus;
  /** The child or adult the form is about. */
  nhsNumber?: string;
  encounter?: Reference;
  /** Who gave the answers (a RelatedPerson or the Patient). */
  source?: Reference;
  id?: string;
}

const isAnswer = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

const groupRows = (env: ValueEnv, linked: LinkedItem, rows: readonly Record<string, unknown>[]) => {
  if (rows.length === 0) {
    const extension = [{ url: extensionUrl(env.base, EMPTY_GROUP_EXTENSION), valueBoolean: true }];
    return [{ extension, linkId: linked.linkId }];
  }
  return rows.map((row): QuestionnaireResponseItem => {
    const item = linked.fields.flatMap(({ field, linkId }) => {
      const value = row[field.key];
      if (!isAnswer(value)) return [];
      const answer = toAnswers(env, linkId, field, value);
      return answer.length > 0 ? [{ linkId, text: field.question, answer }] : [];
    });
    return item.length > 0 ? { linkId: linked.linkId, item } : { linkId: linked.linkId };
  });
};

/** The items of a response, in the Questionnaire's order. */
export const responseItems = (id: ProformaId, answers: Record<string, unknown>, base: string) => {
  const env = { base, proformaId: id };
  return proformaIndex(id).items.flatMap((linked): QuestionnaireResponseItem[] => {
    const value = answers[linked.item.key];
    if (!isAnswer(value)) return [];
    if (linked.item.type === 'group') return groupRows(env, linked, value as Record<string, unknown>[]);
    const answer = toAnswers(env, linked.linkId, linked.item, value);
    return answer.length > 0 ? [{ linkId: linked.linkId, text: linked.item.question, answer }] : [];
  });
};

/**
 * A proforma's answers as a QuestionnaireResponse (coding.md §2.3). Answers are checked with the
 * proforma's schema first (a ProformaValidationError lists every invalid item); with an assessment
 * context, answers to items not shown are left out, as the engine leaves them out.
 */
export const toQuestionnaireResponse = (
  id: ProformaId,
  answers: Record<string, unknown>,
  context: ResponseContext = {},
  options: FhirOptions = {},
): QuestionnaireResponse => {
  const base = baseOf(options);
  const issues = schemaIssues(getProforma(id), answers);
  if (issues.length > 0) throw new ProformaValidationError(issues);
  const shown = context.assessment
    ? evaluate(id, answers, context.assessment, context.encounterInputs ?? {}).answers
    : answers;
  const item = responseItems(id, shown, base);
  const { signed } = context;
  return {
    resourceType: 'QuestionnaireResponse',
    ...(context.id ? { id: context.id } : {}),
    meta: { profile: [ukCoreProfile('QuestionnaireResponse')] },
    questionnaire: questionnaireCanonical(base, id),
    status: context.status ?? (signed ? 'completed' : 'in-progress'),
    ...(context.nhsNumber
      ? { subject: { type: 'Patient', identifier: { system: NHS_NUMBER, value: context.nhsNumber } } }
      : {}),
    ...(context.encounter ? { encounter: context.encounter } : {}),
    ...(signed ? { authored: signed.at, author: { type: 'PractitionerRole', display: signed.by } } : {}),
    ...(context.source ? { source: context.source } : {}),
    ...(item.length > 0 ? { item } : {}),
  };
};
