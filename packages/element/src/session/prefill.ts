import { getProforma, type ProformaId } from '@proformas/core';
import { fromQuestionnaireResponse, type QuestionnaireResponse } from '@proformas/fhir';
import type { Prefill } from '../inputs/types.ts';

export interface PrefillResult {
  /** The answers the form opens with (only those that pass the proforma's schema). */
  answers: Record<string, unknown>;
  /** What could not be used, in plain words (the form opens without it). */
  problems: string[];
}

const isResponse = (prefill: Prefill): prefill is QuestionnaireResponse =>
  (prefill as { resourceType?: unknown }).resourceType === 'QuestionnaireResponse';

/**
 * The answers to open a form with: plain answers by item key, or a QuestionnaireResponse read with
 * @proformas/fhir. An answer the proforma's schema refuses is left out and named; the rest are kept.
 */
export function prefillAnswers(id: ProformaId, prefill: Prefill | undefined, base?: string): PrefillResult {
  if (!prefill) return { answers: {}, problems: [] };
  let answers: Record<string, unknown>;
  if (isResponse(prefill)) {
    try {
      const read = fromQuestionnaireResponse(prefill, base ? { base } : {});
      if (read.id !== id)
        return {
          answers: {},
          problems: [`The prefill is a response to the "${read.id}" form, not to "${id}": it was not used.`],
        };
      answers = read.answers;
    } catch (error) {
      return {
        answers: {},
        problems: [
          `The prefill response could not be read: ${error instanceof Error ? error.message : error}`,
        ],
      };
    }
  } else {
    answers = { ...prefill };
  }
  const schema = getProforma(id).schema;
  const result = schema.safeParse(answers);
  if (result.success) return { answers, problems: [] };
  const refused = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')));
  const kept = Object.fromEntries(Object.entries(answers).filter(([key]) => !refused.has(key)));
  const problems = result.error.issues.map(
    (issue) => `The prefill answer "${issue.path.map(String).join('.')}" was not used: ${issue.message}`,
  );
  // A whole-object issue (no path) refuses nothing in particular: open empty rather than guess.
  return refused.has('') ? { answers: {}, problems } : { answers: kept, problems };
}
