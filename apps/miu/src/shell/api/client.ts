/** A refusal or failure from the API, with the server's plain-English message and field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | undefined;

/** Remember the CSRF token the server gave (sign-in, `GET /api/auth/csrf`). */
export const setCsrfToken = (token: string | undefined): void => {
  csrfToken = token;
};

const fetchCsrf = async (): Promise<string> => {
  const response = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  const body = (await response.json()) as { csrfToken: string };
  csrfToken = body.csrfToken;
  return csrfToken;
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** Query parameters, leaving out empty ones (the server refuses unknown or empty values). */
export const query = (params: Record<string, string | number | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** Call the JSON API on this origin; every state-changing request carries the CSRF token. */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-CSRF-Token'] = csrfToken ?? (await fetchCsrf());
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(method !== 'GET' ? { body: JSON.stringify(body ?? {}) } : {}),
    });
  } catch {
    throw new ApiError(0, 'The server could not be reached. Check the connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => undefined)) as
    { error?: string; issues?: { field: string; message: string }[] } | undefined;
  if (!response.ok)
    throw new ApiError(
      response.status,
      data?.error ?? `The server answered ${response.status}.`,
      data?.issues,
    );
  return data as T;
}
