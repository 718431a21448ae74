import type { App } from '../app.ts';

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A browser stand-in: keeps cookies, sends the CSRF token, speaks JSON. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  csrfToken = '';
  constructor(private readonly app: App) {}

  async request<T = unknown>(
    method: string,
    path: string,
    options: { json?: unknown; raw?: string; headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<ApiResponse<T>> {
    const headers = new Headers(options.headers);
    if (this.cookies.size > 0)
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    if (options.csrf !== false && this.csrfToken && method !== 'GET')
      headers.set('x-csrf-token', this.csrfToken);
    let body: string | undefined;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    } else if (options.raw !== undefined) body = options.raw;
    const response = await this.app.request(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value === '' || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : null) as T,
    };
  }

  get = <T = unknown>(path: string) => this.request<T>('GET', path);
  post = <T = unknown>(path: string, json: unknown) => this.request<T>('POST', path, { json });
  put = <T = unknown>(path: string, json: unknown) => this.request<T>('PUT', path, { json });
  patch = <T = unknown>(path: string, json: unknown) => this.request<T>('PATCH', path, { json });

  /** Fetch a CSRF token (before sign-in: bound to a cookie; after: the session's). */
  async fetchCsrf(): Promise<string> {
    const response = await this.get<{ csrfToken: string }>('/api/auth/csrf');
    this.csrfToken = response.body.csrfToken;
    return this.csrfToken;
  }

  async signIn(username: string, password: string): Promise<ApiResponse> {
    await this.fetchCsrf();
    const response = await this.post<{ csrfToken?: string }>('/api/auth/sign-in', { username, password });
    if (response.body.csrfToken) this.csrfToken = response.body.csrfToken;
    return response;
  }
}
