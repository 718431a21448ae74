import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One problem with one field of a request, in plain English. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** The only error body a client ever sees: a plain-English message, never a stack trace. */
export interface ErrorBody {
  error: string;
  issues?: FieldIssue[];
}

/** An error the client can act on; everything else becomes a generic 500. */
export class HttpError extends Error {
  readonly status: ContentfulStatusCode;
  readonly issues: FieldIssue[] | undefined;
  constructor(status: ContentfulStatusCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.issues = issues;
  }
  toBody(): ErrorBody {
    return this.issues ? { error: this.message, issues: this.issues } : { error: this.message };
  }
}

export const badRequest = (message: string, issues?: FieldIssue[]) => new HttpError(400, message, issues);
export const unauthorised = () => new HttpError(401, 'Sign in to continue.');
export const forbidden = (message = 'Your role does not allow this.') => new HttpError(403, message);
export const notFound = (what: string) => new HttpError(404, `${what} was not found.`);
export const conflict = (message: string) => new HttpError(409, message);

export const SERVER_ERROR_MESSAGE =
  'Something went wrong on the server. Nothing was lost that was already saved; try again, and if it keeps happening tell the IT service desk.';
