import type { Context } from 'hono';
import type * as z from 'zod';
import { badRequest, HttpError, type FieldIssue } from './errors.ts';

/** zod issues → field-level messages ("patient.dateOfBirth: Enter a date as YYYY-MM-DD."). */
export const fieldIssues = (issues: readonly z.core.$ZodIssue[], prefix = ''): FieldIssue[] =>
  issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter((part) => part !== '');
    const field = (parts: string[]) => (parts.length === 0 ? '(body)' : parts.join('.'));
    // One message per unexpected field, named, rather than one for the object.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: field([...base, key]),
        message: 'This field is not expected here; remove it.',
      }));
    }
    const message =
      issue.code === 'invalid_type' && issue.input === undefined ? 'This field is required.' : issue.message;
    return [{ field: field(base), message }];
  });

const parseWith = <S extends z.ZodType>(schema: S, raw: unknown, prefix: string): z.output<S> => {
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw badRequest(
      'Some fields are missing or not valid. Correct them and try again.',
      fieldIssues(result.error.issues, prefix),
    );
  }
  return result.data;
};

/** Read and validate a JSON body; anything but JSON is refused before it is parsed. */
export const readJson = async <S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json(\s*;|$)/i.test(type)) {
    throw new HttpError(
      415,
      'Send the request body as JSON, with the header Content-Type: application/json.',
    );
  }
  const text = await c.req.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  return parseWith(schema, raw, '');
};

/** Validate the query string (unknown parameters are refused, so a typo is not silently ignored). */
export const readQuery = <S extends z.ZodType>(c: Context, schema: S): z.output<S> =>
  parseWith(schema, c.req.query(), '');

/** Validate path parameters (ids), so a malformed id is a 400 and an unknown one a 404. */
export const readParams = <S extends z.ZodType>(c: Context, schema: S): z.output<S> =>
  parseWith(schema, c.req.param(), '');
