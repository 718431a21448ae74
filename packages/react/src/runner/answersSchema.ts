import type { AnyProformaDefinition } from '@proformas/core';
import * as z from 'zod/mini';

/**
 * The definition's zod schema as a schema of form values. It accepts any input in its type, but
 * a form always gives it a record of answers; its issues keep their paths (the item keys) and
 * read in plain English.
 */
export const answersSchema = (definition: AnyProformaDefinition) => {
  const byKey = new Map(definition.items.map((item) => [item.key, item]));
  return z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((answers: Record<string, unknown>, ctx) => {
      const result = definition.schema.safeParse(answers);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const item = byKey.get(String(issue.path[0] ?? ''));
          const message = item ? `Check your answer to "${item.question}" (${item.code})` : issue.message;
          ctx.issues.push({ code: 'custom', message, input: answers, path: issue.path });
        }
      }
      return answers;
    }),
  );
};
