import { evaluate } from '@proformas/core';
import { Hono } from 'hono';
import * as z from 'zod';
import { loadAttendance, pathId, sessionOf } from '../access.ts';
import { actorOf, recordAudit } from '../audit.ts';
import { allow } from '../auth/roles.ts';
import { assessmentContext } from '../records/context.ts';
import { toDraft } from '../records/drafts.ts';
import { canonicalJson, isUniqueViolation, toJson } from '../db/json.ts';
import type { AppEnv } from '../env.ts';
import { conflict, notFound } from '../errors.ts';
import { pathProforma, withProformaValidation } from '../proformas.ts';
import { jsonObjectSchema } from '../schemas.ts';
import { readJson } from '../validation.ts';

const saveBody = z.strictObject({
  answers: jsonObjectSchema,
  snapshot: jsonObjectSchema.nullable().optional(),
  /** The version the client last saw; a newer one on the server is a 409 (another window saved). */
  baseVersion: z.number().int().min(0).optional(),
});

/** Drafts per attendance × proforma: saved as the clinician goes, resumed from any browser. */
export const draftsRoutes = () => {
  const routes = new Hono<AppEnv>();

  routes.get('/', allow('drafts.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const { attendance, patient } = await loadAttendance(c, pathId(c, 'id', 'The attendance'));
    const rows = await storage.db
      .selectFrom('drafts')
      .selectAll()
      .where('attendance_id', '=', attendance.id)
      .orderBy('proforma_id')
      .execute();
    await recordAudit(storage.db, actorOf(c.var.session), clock.now(), [
      { action: 'list', resource: 'draft', resourceId: attendance.id, patientId: patient.id },
    ]);
    return c.json(rows.map(toDraft));
  });

  routes.get('/:proformaId', allow('drafts.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const { attendance, patient } = await loadAttendance(c, pathId(c, 'id', 'The attendance'));
    const proformaId = pathProforma(c, 'proformaId');
    const row = await storage.db
      .selectFrom('drafts')
      .selectAll()
      .where('attendance_id', '=', attendance.id)
      .where('proforma_id', '=', proformaId)
      .executeTakeFirst();
    if (!row) throw notFound('A draft of this proforma');
    await recordAudit(storage.db, actorOf(c.var.session), clock.now(), [
      {
        action: 'read',
        resource: 'draft',
        resourceId: `${attendance.id}/${proformaId}`,
        patientId: patient.id,
      },
    ]);
    return c.json(toDraft(row));
  });

  routes.put('/:proformaId', allow('drafts.write'), async (c) => {
    const { storage, clock } = c.var.deps;
    const bundle = await loadAttendance(c, pathId(c, 'id', 'The attendance'));
    const proformaId = pathProforma(c, 'proformaId');
    const body = await readJson(c, saveBody);
    // The same schemas as the form: wrong types, unknown keys and unknown options are refused.
    withProformaValidation('answers', () =>
      evaluate(proformaId, body.answers, assessmentContext(bundle.patient, bundle.attendance, bundle.site)),
    );
    const now = clock.now();
    const actor = actorOf(c.var.session);
    const userId = sessionOf(c).user.id;
    const attendanceId = bundle.attendance.id;
    const audit = {
      resource: 'draft',
      resourceId: `${attendanceId}/${proformaId}`,
      patientId: bundle.patient.id,
    } as const;
    const answers = toJson(body.answers);
    const snapshot = body.snapshot ? toJson(body.snapshot) : null;
    const save = () =>
      storage.db.transaction().execute(async (trx) => {
        const current = await trx
          .selectFrom('drafts')
          .selectAll()
          .where('attendance_id', '=', attendanceId)
          .where('proforma_id', '=', proformaId)
          .executeTakeFirst();
        if (current) {
          const same =
            canonicalJson(body.answers) === canonicalJson(JSON.parse(current.answers)) &&
            canonicalJson(body.snapshot ?? null) ===
              canonicalJson(current.snapshot === null ? null : JSON.parse(current.snapshot));
          // A retry of the save already applied: nothing changes twice.
          if (same) {
            await recordAudit(trx, actor, now, [{ action: 'read', ...audit }]);
            return { created: false };
          }
          if (body.baseVersion !== undefined && body.baseVersion !== current.version) {
            throw conflict(
              `This form was saved from another window (version ${current.version}). Reload it to see the latest answers.`,
            );
          }
          await trx
            .updateTable('drafts')
            .set({
              answers,
              snapshot,
              version: current.version + 1,
              updated_at: now.toISOString(),
              updated_by: userId,
            })
            .where('attendance_id', '=', attendanceId)
            .where('proforma_id', '=', proformaId)
            .where('version', '=', current.version)
            .execute();
          await recordAudit(trx, actor, now, [{ action: 'update', ...audit }]);
          return { created: false };
        }
        await trx
          .insertInto('drafts')
          .values({
            attendance_id: attendanceId,
            proforma_id: proformaId,
            answers,
            snapshot,
            version: 1,
            created_at: now.toISOString(),
            updated_at: now.toISOString(),
            updated_by: userId,
          })
          .execute();
        await trx
          .updateTable('attendances')
          .set({ status: 'forms-in-progress', updated_at: now.toISOString() })
          .where('id', '=', attendanceId)
          .where('status', 'in', ['waiting', 'in-triage'])
          .execute();
        await recordAudit(trx, actor, now, [{ action: 'create', ...audit }]);
        return { created: true };
      });
    let result: { created: boolean };
    try {
      result = await save();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      result = await save();
    }
    const row = await storage.db
      .selectFrom('drafts')
      .selectAll()
      .where('attendance_id', '=', attendanceId)
      .where('proforma_id', '=', proformaId)
      .executeTakeFirstOrThrow();
    return c.json(toDraft(row), result.created ? 201 : 200);
  });

  return routes;
};
