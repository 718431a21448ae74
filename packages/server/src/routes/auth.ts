import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as z from 'zod';
import { actorOf, recordAudit } from '../audit.ts';
import { hashPassword, MAX_PASSWORD_LENGTH, verifyPassword, type PasswordParams } from '../auth/password.ts';
import { isRole } from '../auth/roles.ts';
import { createSession, CSRF_COOKIE, destroySession, SESSION_COOKIE } from '../auth/sessions.ts';
import { signInThrottle, LOCKOUT_MINUTES } from '../auth/throttle.ts';
import { randomToken } from '../auth/tokens.ts';
import { toSite, type Site } from '../records/sites.ts';
import type { AppEnv, SessionInfo, SessionUser } from '../env.ts';
import { forbidden, HttpError, unauthorised } from '../errors.ts';
import { requiredText } from '../schemas.ts';
import { readJson } from '../validation.ts';

const signInBody = z.strictObject({
  username: requiredText(100, 'The username'),
  password: z
    .string({ error: 'Enter your password.' })
    .min(1, { error: 'Enter your password.' })
    .max(MAX_PASSWORD_LENGTH, { error: 'The password is too long.' }),
});
const chooseSiteBody = z.strictObject({ siteId: requiredText(20, 'The site') });

const REFUSED = 'The username or password is not right.';

/** Hashes to check against when the username is unknown, so timing does not reveal which names exist. */
const dummyHashes = new Map<string, Promise<string>>();
const dummyHash = (params: PasswordParams) => {
  const key = `${params.N}:${params.r}:${params.p}`;
  let hash = dummyHashes.get(key);
  if (!hash) {
    hash = hashPassword(randomToken(), params);
    dummyHashes.set(key, hash);
  }
  return hash;
};

const sitesOf = async (c: Context<AppEnv>, siteIds: readonly string[]): Promise<Site[]> =>
  siteIds.length === 0
    ? []
    : (
        await c.var.deps.storage.db
          .selectFrom('sites')
          .selectAll()
          .where('id', 'in', siteIds)
          .orderBy('name')
          .execute()
      ).map(toSite);

const whoAmI = async (
  c: Context<AppEnv>,
  user: SessionUser,
  siteId: string | null,
  siteIds: readonly string[],
) => {
  const sites = await sitesOf(c, siteIds);
  return { user, site: sites.find((s) => s.id === siteId) ?? null, sites };
};

/** Sign-in, sign-out, who am I, choose a site, and the CSRF token. */
export const authRoutes = (maxFailedSignIns: number) => {
  const throttle = signInThrottle(maxFailedSignIns);
  const routes = new Hono<AppEnv>();

  routes.get('/csrf', (c) => {
    const session = c.var.session;
    if (session) return c.json({ csrfToken: session.csrfToken });
    const token = getCookie(c, CSRF_COOKIE) ?? randomToken();
    setCookie(c, CSRF_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: c.var.deps.options.secureCookies,
      path: '/api',
    });
    return c.json({ csrfToken: token });
  });

  routes.post('/sign-in', async (c) => {
    const { storage, clock, options } = c.var.deps;
    const body = await readJson(c, signInBody);
    const username = body.username.toLowerCase();
    const now = clock.now();
    const user = await storage.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    if (throttle.isLocked(username, now)) {
      await recordAudit(storage.db, { userId: user?.id ?? null, siteId: null }, now, [
        { action: 'sign-in-refused', resource: 'session' },
      ]);
      throw new HttpError(429, `Too many failed sign-ins. Wait ${LOCKOUT_MINUTES} minutes and try again.`);
    }
    const matches = await verifyPassword(
      body.password,
      user?.password_hash ?? (await dummyHash(options.passwordParams)),
    );
    if (!user || !matches || user.disabled === 1 || !isRole(user.role)) {
      throttle.failed(username, now);
      await recordAudit(storage.db, { userId: user?.id ?? null, siteId: null }, now, [
        { action: 'sign-in-refused', resource: 'session' },
      ]);
      throw new HttpError(401, REFUSED);
    }
    throttle.succeeded(username);
    const siteIds = (
      await storage.db.selectFrom('user_sites').select('site_id').where('user_id', '=', user.id).execute()
    )
      .map((s) => s.site_id)
      .sort();
    const siteId = siteIds.length === 1 ? (siteIds[0] ?? null) : null;
    const previous = c.var.session;
    // A fresh session every time (no fixation); the old one ends in the same transaction.
    const { token, csrfToken } = await storage.db.transaction().execute(async (trx) => {
      if (previous) await destroySession(trx, previous.id);
      const created = await createSession(trx, user.id, siteId, now, {
        idleMinutes: options.sessionIdleMinutes,
        maxHours: options.sessionMaxHours,
      });
      await recordAudit(trx, { userId: user.id, siteId }, now, [{ action: 'sign-in', resource: 'session' }]);
      return created;
    });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: options.secureCookies,
      path: '/',
      maxAge: options.sessionMaxHours * 3600,
    });
    deleteCookie(c, CSRF_COOKIE, { path: '/api', secure: options.secureCookies });
    const sessionUser: SessionUser = {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      professionalRole: user.professional_role,
      role: user.role,
    };
    return c.json({ ...(await whoAmI(c, sessionUser, siteId, siteIds)), csrfToken });
  });

  routes.post('/sign-out', async (c) => {
    const { storage, clock, options } = c.var.deps;
    const session = c.var.session;
    if (session) {
      await storage.db.transaction().execute(async (trx) => {
        await destroySession(trx, session.id);
        await recordAudit(trx, actorOf(session), clock.now(), [{ action: 'sign-out', resource: 'session' }]);
      });
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: options.secureCookies });
    return c.body(null, 204);
  });

  routes.get('/me', async (c) => {
    const session = requireSignedIn(c.var.session);
    return c.json(await whoAmI(c, session.user, session.siteId, session.siteIds));
  });

  routes.put('/site', async (c) => {
    const session = requireSignedIn(c.var.session);
    const { storage, clock } = c.var.deps;
    const { siteId } = await readJson(c, chooseSiteBody);
    if (!session.siteIds.includes(siteId)) throw forbidden('You are not set up to work at this site.');
    await storage.db.transaction().execute(async (trx) => {
      await trx.updateTable('sessions').set({ site_id: siteId }).where('id', '=', session.id).execute();
      await recordAudit(trx, { userId: session.user.id, siteId }, clock.now(), [
        { action: 'choose-site', resource: 'session', resourceId: siteId },
      ]);
    });
    return c.json(await whoAmI(c, session.user, siteId, session.siteIds));
  });

  return routes;
};

const requireSignedIn = (session: SessionInfo | null): SessionInfo => {
  if (!session) throw unauthorised();
  return session;
};
