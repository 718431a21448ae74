import { ageAt } from '@proformas/core';
import { Hono } from 'hono';
import * as z from 'zod';
import { loadAttendance, pathId, sessionOf, siteIdOf } from '../access.ts';
import { actorOf, recordAudit } from '../audit.ts';
import { allow } from '../auth/roles.ts';
import { toAttendance } from '../records/attendances.ts';
import { toPatient } from '../records/patients.ts';
import { toSite } from '../records/sites.ts';
import { createOnce } from '../db/createOnce.ts';
import { requestHash, toFlag, toJson } from '../db/json.ts';
import type { AttendancesTable } from '../db/types.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, notFound } from '../errors.ts';
import {
  attendanceStatusSchema,
  categorySchema,
  dateTimeSchema,
  idSchema,
  outcomeSchema,
  reasonsSchema,
  requiredText,
  text,
} from '../schemas.ts';
import { toStoredInstant } from '../time.ts';
import { readJson } from '../validation.ts';

const companion = z.strictObject({
  name: text(100, 'The name'),
  relationship: requiredText(60, 'The relationship'),
});

const registerBody = z.strictObject({
  id: idSchema,
  patientId: idSchema,
  arrivedAt: dateTimeSchema.optional(),
  category: categorySchema.default('unplanned'),
  presentingComplaint: requiredText(500, 'The presenting complaint'),
  reasons: reasonsSchema,
  accompaniedBy: z.array(companion).max(10, { error: 'List at most 10 people.' }),
});

const updateBody = z
  .strictObject({
    status: attendanceStatusSchema.optional(),
    outcome: outcomeSchema.optional(),
    leftBeforeSeen: z.boolean().optional(),
    safeguardingConcernRecorded: z.boolean().optional(),
    referralMade: z.boolean().optional(),
    referralTo: text(200, 'Who the referral went to').nullable().optional(),
    referralReference: text(100, 'The referral reference').nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { error: 'Give at least one field to change.' });

/** Register an attendance; read and update one attendance. (The board is in board.ts.) */
export const attendancesRoutes = () => {
  const routes = new Hono<AppEnv>();

  routes.post('/', allow('attendances.write'), async (c) => {
    const { storage, clock } = c.var.deps;
    const body = await readJson(c, registerBody);
    const now = clock.now();
    const siteId = siteIdOf(c);
    const arrivedAt = toStoredInstant(body.arrivedAt ?? now);
    const patient = await storage.db
      .selectFrom('patients')
      .selectAll()
      .where('id', '=', body.patientId)
      .executeTakeFirst();
    if (!patient) throw notFound('The patient');
    const invalid = (field: string, message: string) =>
      badRequest('Some fields are missing or not valid. Correct them and try again.', [{ field, message }]);
    if (Date.parse(arrivedAt) > now.getTime() + 5 * 60_000)
      throw invalid('arrivedAt', 'The arrival time cannot be in the future.');
    if (!ageAt(patient.date_of_birth, arrivedAt))
      throw invalid('arrivedAt', "The arrival time is before the patient's date of birth.");
    const site = await storage.db
      .selectFrom('sites')
      .selectAll()
      .where('id', '=', siteId)
      .executeTakeFirstOrThrow();
    const hash = requestHash({ siteId, ...body });
    const actor = actorOf(c.var.session);
    const audit = { resource: 'attendance', resourceId: body.id, patientId: patient.id } as const;
    const result = await createOnce({
      db: storage.db,
      table: 'attendances',
      id: body.id,
      hash,
      what: 'attendance',
      insert: async (trx) => {
        await trx
          .insertInto('attendances')
          .values({
            id: body.id,
            patient_id: patient.id,
            site_id: siteId,
            arrived_at: arrivedAt,
            category: body.category,
            department_type: site.department_type,
            presenting_complaint: body.presentingComplaint,
            reasons: toJson([...new Set(body.reasons)]),
            accompanied_by: toJson(body.accompaniedBy),
            status: 'waiting',
            outcome: 'unknown',
            left_before_seen: 0,
            safeguarding_concern_recorded: 0,
            referral_made: 0,
            referral_to: null,
            referral_reference: null,
            level: null,
            created_at: now.toISOString(),
            created_by: sessionOf(c).user.id,
            updated_at: now.toISOString(),
            request_hash: hash,
          })
          .execute();
        await recordAudit(trx, actor, now, [{ action: 'create', ...audit }]);
      },
      replayed: (trx) => recordAudit(trx, actor, now, [{ action: 'read', ...audit }]),
    });
    const { attendance } = await loadAttendance(c, body.id);
    return c.json(toAttendance(attendance), result === 'created' ? 201 : 200);
  });

  routes.get('/:id', allow('attendances.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const bundle = await loadAttendance(c, pathId(c, 'id', 'The attendance'));
    await recordAudit(storage.db, actorOf(c.var.session), clock.now(), [
      {
        action: 'read',
        resource: 'attendance',
        resourceId: bundle.attendance.id,
        patientId: bundle.patient.id,
      },
    ]);
    return c.json({
      attendance: toAttendance(bundle.attendance),
      patient: toPatient(bundle.patient),
      site: toSite(bundle.site),
    });
  });

  routes.patch('/:id', allow('attendances.write'), async (c) => {
    const { storage, clock } = c.var.deps;
    const id = pathId(c, 'id', 'The attendance');
    const body = await readJson(c, updateBody);
    const { attendance, patient } = await loadAttendance(c, id);
    const now = clock.now();
    const changes: Partial<AttendancesTable> = {};
    if (body.status !== undefined) changes.status = body.status;
    // leftBeforeSeen and the outcome left-before-complete go together (AttendanceRecord).
    const left =
      body.leftBeforeSeen ??
      (body.outcome === undefined ? undefined : body.outcome === 'left-before-complete');
    if (body.outcome !== undefined) changes.outcome = body.outcome;
    if (left !== undefined) {
      changes.left_before_seen = toFlag(left);
      if (left) changes.outcome = 'left-before-complete';
      else if (body.outcome === undefined && attendance.outcome === 'left-before-complete')
        changes.outcome = 'unknown';
    }
    if (body.safeguardingConcernRecorded !== undefined)
      changes.safeguarding_concern_recorded = toFlag(body.safeguardingConcernRecorded);
    if (body.referralMade !== undefined) changes.referral_made = toFlag(body.referralMade);
    if (body.referralTo !== undefined) changes.referral_to = body.referralTo;
    if (body.referralReference !== undefined) changes.referral_reference = body.referralReference;
    const changed = Object.entries(changes).filter(
      ([key, value]) => attendance[key as keyof typeof attendance] !== value,
    );
    const actor = actorOf(c.var.session);
    const auditEntry = { resource: 'attendance', resourceId: id, patientId: patient.id } as const;
    if (changed.length === 0) {
      await recordAudit(storage.db, actor, now, [{ action: 'read', ...auditEntry }]);
      return c.json(toAttendance(attendance));
    }
    await storage.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('attendances')
        .set({ ...Object.fromEntries(changed), updated_at: now.toISOString() })
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, actor, now, [{ action: 'update', ...auditEntry }]);
    });
    const updated = await storage.db
      .selectFrom('attendances')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return c.json(toAttendance(updated));
  });

  return routes;
};
