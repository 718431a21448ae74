import type { Context } from 'hono';
import type { AttendanceRow, PatientRow, SiteRow } from './db/types.ts';
import type { AppEnv, SessionInfo } from './env.ts';
import { forbidden, notFound, unauthorised } from './errors.ts';
import { idSchema } from './schemas.ts';

/** The caller's session; routes run behind `allow(...)`, so it is there. */
export const sessionOf = (c: Context<AppEnv>): SessionInfo => {
  const session = c.var.session;
  if (!session) throw unauthorised();
  return session;
};

/** The chosen site (routes needing one run behind `allow`, which checks it). */
export const siteIdOf = (c: Context<AppEnv>): string => {
  const siteId = sessionOf(c).siteId;
  if (!siteId) throw forbidden('Choose the site you are working at first.');
  return siteId;
};

/** A safeguarding lead covers every site of the region; a clinician the sites they work at. */
export const canUseSite = (session: SessionInfo, siteId: string): boolean =>
  session.user.role === 'safeguarding-lead' || session.siteIds.includes(siteId);

/** A path id; one that cannot exist is simply not found. */
export const pathId = (c: Context<AppEnv>, name: string, what: string): string => {
  const parsed = idSchema.safeParse(c.req.param(name));
  if (!parsed.success) throw notFound(what);
  return parsed.data;
};

export interface AttendanceBundle {
  attendance: AttendanceRow;
  patient: PatientRow;
  site: SiteRow;
}

/** An attendance with its patient and site, if it exists and the caller may see it. */
export const loadAttendance = async (c: Context<AppEnv>, attendanceId: string): Promise<AttendanceBundle> => {
  const db = c.var.deps.storage.db;
  const attendance = await db
    .selectFrom('attendances')
    .selectAll()
    .where('id', '=', attendanceId)
    .executeTakeFirst();
  if (!attendance) throw notFound('The attendance');
  if (!canUseSite(sessionOf(c), attendance.site_id)) {
    throw forbidden('This attendance is at a site you do not work at.');
  }
  const patient = await db
    .selectFrom('patients')
    .selectAll()
    .where('id', '=', attendance.patient_id)
    .executeTakeFirstOrThrow();
  const site = await db
    .selectFrom('sites')
    .selectAll()
    .where('id', '=', attendance.site_id)
    .executeTakeFirstOrThrow();
  return { attendance, patient, site };
};
