import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../env.ts';
import { forbidden } from '../errors.ts';
import { CSRF_COOKIE } from './sessions.ts';
import { safeEqual } from './tokens.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * CSRF protection on every state-changing request, three ways:
 * - the X-CSRF-Token header must equal the session's token (or, before sign-in, the pf_csrf
 *   cookie's token from GET /api/auth/csrf): a page on another site cannot read either;
 * - a browser's Origin header, when sent, must be this server's origin or an allowed one;
 * - Sec-Fetch-Site: cross-site is refused.
 * Cookies are SameSite=Strict as well.
 */
export const csrfProtection = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const refused = forbidden(
    'This request could not be checked as coming from this application. Reload the page and try again.',
  );
  if (c.req.header('sec-fetch-site') === 'cross-site') throw refused;
  const origin = c.req.header('origin');
  if (origin !== undefined) {
    const allowed = c.var.deps.options.allowedOrigins;
    const own = new URL(c.req.url).origin;
    if (origin !== own && !allowed.includes(origin)) throw refused;
  }
  const expected = c.var.session?.csrfToken ?? getCookie(c, CSRF_COOKIE) ?? '';
  const sent = c.req.header(CSRF_HEADER) ?? '';
  if (expected === '' || !safeEqual(sent, expected)) throw refused;
  await next();
};
