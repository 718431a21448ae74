import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../env.ts';
import { findSession, SESSION_COOKIE } from './sessions.ts';

/** Load the caller's session (or null) before any route runs. */
export const loadSession = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  const { storage, clock, options } = c.var.deps;
  c.set(
    'session',
    token
      ? await findSession(storage.db, token, clock.now(), {
          idleMinutes: options.sessionIdleMinutes,
          maxHours: options.sessionMaxHours,
        })
      : null,
  );
  await next();
};
