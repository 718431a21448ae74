import { zodResolver } from '@hookform/resolvers/zod';
import type { AnyProformaDefinition, Item, ValidationIssue } from '@proformas/core';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { ZodMiniType } from 'zod/mini';
import { formatIssue } from '../errors/answerFormat.ts';

interface PhaseState {
  /** The items of this phase shown now, in order. */
  items: readonly Item[];
  /** What core says still blocks sign-off. */
  issues: readonly ValidationIssue[];
}

/** What a clinician reads when the definition's schema refuses an answer. */
const schemaMessage = (item: Item) => `Check your answer to "${item.question}" (${item.code})`;

/**
 * Validation of one phase, for react-hook-form: the form of each answer (a whole number, a real
 * date), then the definition's zod schema (through the zod resolver), then core's completion
 * issues for the phase's shown items. Messages come from core or name the question; nothing
 * clinical is decided here.
 */
export const phaseResolver = (
  definition: AnyProformaDefinition,
  current: () => PhaseState,
): Resolver<FieldValues> => {
  // The schema reads a record of answers, which is what a form's values are.
  const schema = zodResolver(definition.schema as ZodMiniType<FieldValues, FieldValues>);
  return async (values, context, options) => {
    const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
    const parsed = await schema(defined, context, options);
    const { items, issues } = current();
    const errors: FieldErrors = {};
    for (const item of items) {
      const message =
        formatIssue(item, values[item.key]) ??
        (typeof parsed.errors[item.key]?.message === 'string' ? schemaMessage(item) : undefined) ??
        (issues
          .filter((issue) => issue.key === item.key)
          .map((issue) => issue.message)
          .join('. ') ||
          undefined);
      if (message) errors[item.key] = { type: 'validate', message };
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };
};
