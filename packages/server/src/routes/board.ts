import { ageAt, describeAge } from '@proformas/core';
import { Hono } from 'hono';
import * as z from 'zod';
import { canUseSite, sessionOf, siteIdOf } from '../access.ts';
import { actorOf, recordAudit } from '../audit.ts';
import { allow } from '../auth/roles.ts';
import { toAttendance } from '../records/attendances.ts';
import { toPatient } from '../records/patients.ts';
import type { AppEnv } from '../env.ts';
import { forbidden } from '../errors.ts';
import { attendanceStatusSchema, dateSchema, requiredText } from '../schemas.ts';
import { londonDate, londonDayRange } from '../time.ts';
import { readQuery } from '../validation.ts';

const boardQuery = z.strictObject({
  siteId: requiredText(20, 'The site').optional(),
  date: dateSchema.optional(),
  status: attendanceStatusSchema.optional(),
});

/** The attendance board: one site's day (default: the chosen site, today), in arrival order. */
export const boardRoutes = () =>
  new Hono<AppEnv>().get('/', allow('attendances.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const q = readQuery(c, boardQuery);
    const session = sessionOf(c);
    const siteId = q.siteId ?? siteIdOf(c);
    if (!canUseSite(session, siteId)) throw forbidden('You are not set up to work at this site.');
    const now = clock.now();
    const date = q.date ?? londonDate(now);
    const { from, to } = londonDayRange(date);
    let select = storage.db
      .selectFrom('attendances')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('arrived_at', '>=', from)
      .where('arrived_at', '<', to);
    if (q.status) select = select.where('status', '=', q.status);
    const rows = await select.orderBy('arrived_at').orderBy('id').execute();
    const patientIds = [...new Set(rows.map((r) => r.patient_id))];
    const patients = new Map(
      patientIds.length === 0
        ? []
        : (await storage.db.selectFrom('patients').selectAll().where('id', 'in', patientIds).execute()).map(
            (p) => [p.id, p],
          ),
    );
    await recordAudit(
      storage.db,
      actorOf(session),
      now,
      rows.length > 0
        ? rows.map((r) => ({
            action: 'list' as const,
            resource: 'attendance' as const,
            resourceId: r.id,
            patientId: r.patient_id,
          }))
        : [{ action: 'list', resource: 'attendance' }],
    );
    return c.json(
      rows.flatMap((r) => {
        const patient = patients.get(r.patient_id);
        if (!patient) return [];
        const age = ageAt(patient.date_of_birth, r.arrived_at);
        return [
          {
            attendance: toAttendance(r),
            patient: toPatient(patient),
            age: age ? { ...age, label: describeAge(age) } : null,
          },
        ];
      }),
    );
  });
