import type { Db } from '../db/types.ts';
import type { SessionInfo } from '../env.ts';
import { isRole } from './roles.ts';
import { randomToken, sha256 } from './tokens.ts';

export const SESSION_COOKIE = 'pf_session';
export const CSRF_COOKIE = 'pf_csrf';

export interface SessionTimes {
  idleMinutes: number;
  maxHours: number;
}

/** Start a session: the cookie carries the token; the database keeps only its hash. */
export const createSession = async (
  db: Db,
  userId: string,
  siteId: string | null,
  now: Date,
  times: SessionTimes,
): Promise<{ token: string; csrfToken: string }> => {
  const token = randomToken();
  const csrfToken = randomToken();
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: userId,
      site_id: siteId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + times.maxHours * 3_600_000).toISOString(),
    })
    .execute();
  return { token, csrfToken };
};

/** The live session for a cookie token, or null (unknown, expired, idle too long, user disabled). */
export const findSession = async (
  db: Db,
  token: string,
  now: Date,
  times: SessionTimes,
): Promise<SessionInfo | null> => {
  const id = sha256(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.site_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.username',
      'users.display_name',
      'users.professional_role',
      'users.role',
      'users.disabled',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const idleLimit = new Date(now.getTime() - times.idleMinutes * 60_000).toISOString();
  if (
    row.expires_at <= now.toISOString() ||
    row.last_seen_at < idleLimit ||
    row.disabled === 1 ||
    !isRole(row.role)
  ) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  // Keep the session alive; write at most once a minute.
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', id).execute();
  }
  const sites = await db
    .selectFrom('user_sites')
    .select('site_id')
    .where('user_id', '=', row.user_id)
    .execute();
  return {
    id,
    user: {
      id: row.user_id,
      username: row.username,
      displayName: row.display_name,
      professionalRole: row.professional_role,
      role: row.role,
    },
    siteId: row.site_id,
    siteIds: sites.map((s) => s.site_id).sort(),
    csrfToken: row.csrf_token,
  };
};

export const destroySession = async (db: Db, id: string): Promise<void> => {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
};
