import { zodResolver } from '@hookform/resolvers/zod';
import type { AnyProformaDefinition, Item, ValidationIssue } from '@proformas/core';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { formatIssue } from '../errors/answerFormat.ts';
import { answersSchema } from './answersSchema.ts';

interface PhaseState {
  /** The items of this phase shown now, in order. */
  items: readonly Item[];
  /** What core says still blocks sign-off. */
  issues: readonly ValidationIssue[];
}

/**
 * Validation of one phase, for react-hook-form: the form of each answer (a whole number, a real
 * date) and the definition's zod schema, then core's completion issues for the phase's shown
 * items. Messages come from core; nothing clinical is decided here.
 */
export const phaseResolver = (
  definition: AnyProformaDefinition,
  current: () => PhaseState,
): Resolver<FieldValues> => {
  const schema = zodResolver(answersSchema(definition));
  return async (values, context, options) => {
    const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
    const parsed = await schema(defined, context, options);
    const { items, issues } = current();
    const errors: FieldErrors = {};
    for (const item of items) {
      const schemaMessage = parsed.errors[item.key]?.message;
      const message =
        formatIssue(item, values[item.key]) ??
        (typeof schemaMessage === 'string' ? schemaMessage : undefined) ??
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
