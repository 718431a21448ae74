import { PROFORMA_IDS, PROFORMAS, ProformaValidationError, type ProformaId } from '@proformas/core';
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import { badRequest, notFound, type FieldIssue } from './errors.ts';
import { proformaIdSchema } from './schemas.ts';

/** Proformas registered in this build of @proformas/core (others are still being written). */
export const isAvailable = (id: ProformaId): boolean => PROFORMAS[id] !== undefined;
export const availableProformas = (): ProformaId[] => PROFORMA_IDS.filter(isAvailable);

export const notAvailableMessage = (id: ProformaId) =>
  `The "${id}" proforma is not available in this version.`;

/** A proforma id from the path: unknown or not yet available is a 404. */
export const pathProforma = (c: Context<AppEnv>, name: string): ProformaId => {
  const parsed = proformaIdSchema.safeParse(c.req.param(name));
  if (!parsed.success) throw notFound('The proforma');
  if (!isAvailable(parsed.data)) throw notFound(`The "${parsed.data}" proforma`);
  return parsed.data;
};

/** core's ProformaValidationError (item key, code, message) → a 400 with field-level messages. */
export const proformaValidationFailed = (error: ProformaValidationError, prefix: string) => {
  const issues: FieldIssue[] = error.issues.map((issue) => ({
    field: [prefix, issue.key].filter((part) => part !== '').join('.') || prefix || '(body)',
    message:
      issue.code && !issue.message.includes(`(${issue.code})`)
        ? `${issue.message} (${issue.code})`
        : issue.message,
  }));
  return badRequest('Some answers are not valid. Correct them and try again.', issues);
};

/** Run core, turning its validation error into a 400. */
export const withProformaValidation = <T>(prefix: string, run: () => T): T => {
  try {
    return run();
  } catch (error) {
    if (error instanceof ProformaValidationError) throw proformaValidationFailed(error, prefix);
    throw error;
  }
};
