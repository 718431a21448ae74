import {
  assessEncounter,
  describeActions,
  levelAtLeast,
  PROFORMA_IDS,
  type AttendanceRecord,
  type EncounterAnswers,
} from '@proformas/core';
import { Hono } from 'hono';
import * as z from 'zod';
import { loadAttendance, pathId, sessionOf } from '../access.ts';
import { actorOf, recordAudit } from '../audit.ts';
import { allow } from '../auth/roles.ts';
import { toSignedAssessment } from '../records/assessments.ts';
import { assessmentContext } from '../records/context.ts';
import { createOnce } from '../db/createOnce.ts';
import { requestHash, toJson } from '../db/json.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, notFound } from '../errors.ts';
import { isAvailable, notAvailableMessage, withProformaValidation } from '../proformas.ts';
import { idSchema, jsonObjectSchema, proformaIdSchema, requiredText } from '../schemas.ts';
import { addDays } from '../time.ts';
import { readJson } from '../validation.ts';

const signBody = z.strictObject({
  id: idSchema,
  /** Answers per proforma, as the forms hold them at sign-off. */
  answers: z.partialRecord(proformaIdSchema, jsonObjectSchema),
  /** `registry`: the server adds the registry's history; `unavailable`: the lookup failed (FA-U). */
  history: z.enum(['registry', 'unavailable']).default('registry'),
  signedBy: z
    .strictObject({ name: requiredText(100, 'The name'), role: requiredText(100, 'The role') })
    .optional(),
});

/** Sign an encounter (validated by core assessEncounter) as an immutable, versioned record. */
export const attendanceAssessmentsRoutes = () => {
  const routes = new Hono<AppEnv>();

  routes.post('/', allow('assessments.sign'), async (c) => {
    const { storage, clock, ports } = c.var.deps;
    const bundle = await loadAttendance(c, pathId(c, 'id', 'The attendance'));
    const body = await readJson(c, signBody);
    const forms = PROFORMA_IDS.filter((id) => body.answers[id] !== undefined);
    const unavailable = forms.filter((id) => !isAvailable(id));
    if (forms.length === 0) {
      throw badRequest('Some fields are missing or not valid. Correct them and try again.', [
        { field: 'answers', message: 'Give the answers of at least one proforma.' },
      ]);
    }
    if (unavailable.length > 0) {
      throw badRequest(
        'Some fields are missing or not valid. Correct them and try again.',
        unavailable.map((id) => ({ field: `answers.${id}`, message: notAvailableMessage(id) })),
      );
    }
    const session = sessionOf(c);
    const now = clock.now();
    const hash = requestHash({ attendanceId: bundle.attendance.id, ...body });
    const actor = actorOf(c.var.session);
    const audit = { resource: 'assessment', resourceId: body.id, patientId: bundle.patient.id } as const;
    const existing = await storage.db
      .selectFrom('assessments')
      .select('attendance_id')
      .where('id', '=', body.id)
      .executeTakeFirst();
    let prior: AttendanceRecord[] | undefined;
    // A retry is answered from the stored record; the engine and the registry run only the first time.
    if (!existing && body.history === 'registry' && bundle.patient.nhs_number) {
      const arrived = new Date(bundle.attendance.arrived_at);
      prior = await ports.registry.attendances({
        nhsNumber: bundle.patient.nhs_number,
        from: addDays(arrived, -366).toISOString(),
        to: arrived.toISOString(),
        excludeAttendanceId: bundle.attendance.id,
        callerProviderId: bundle.site.provider_id,
      });
    }
    const context = assessmentContext(bundle.patient, bundle.attendance, bundle.site, prior);
    const answers: EncounterAnswers = body.answers;
    const result = () => withProformaValidation('answers', () => assessEncounter(answers, context));
    const outcome = await createOnce({
      db: storage.db,
      table: 'assessments',
      id: body.id,
      hash,
      what: 'assessment',
      insert: async (trx) => {
        const encounter = result();
        const actions = describeActions(encounter, context);
        const last = await trx
          .selectFrom('assessments')
          .select('version')
          .where('attendance_id', '=', bundle.attendance.id)
          .orderBy('version', 'desc')
          .executeTakeFirst();
        await trx
          .insertInto('assessments')
          .values({
            id: body.id,
            attendance_id: bundle.attendance.id,
            version: (last?.version ?? 0) + 1,
            level: encounter.level,
            answers: toJson(answers),
            context: toJson(context),
            result: toJson(encounter),
            actions: toJson(actions),
            history: body.history,
            signed_by: session.user.id,
            signer_name: body.signedBy?.name ?? session.user.displayName,
            signer_role: body.signedBy?.role ?? session.user.professionalRole,
            signed_at: now.toISOString(),
            request_hash: hash,
          })
          .execute();
        await trx
          .updateTable('attendances')
          .set({
            level: encounter.level,
            status: 'outcome',
            updated_at: now.toISOString(),
            ...(levelAtLeast(encounter.level, 'DISCUSS') ? { safeguarding_concern_recorded: 1 } : {}),
          })
          .where('id', '=', bundle.attendance.id)
          .execute();
        await recordAudit(trx, actor, now, [{ action: 'sign', ...audit }]);
      },
      replayed: (trx) => recordAudit(trx, actor, now, [{ action: 'read', ...audit }]),
    });
    const row = await storage.db
      .selectFrom('assessments')
      .selectAll()
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    if (row.attendance_id !== bundle.attendance.id) throw notFound('The assessment');
    return c.json(toSignedAssessment(row), outcome === 'created' ? 201 : 200);
  });

  routes.get('/', allow('assessments.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const { attendance, patient } = await loadAttendance(c, pathId(c, 'id', 'The attendance'));
    const rows = await storage.db
      .selectFrom('assessments')
      .selectAll()
      .where('attendance_id', '=', attendance.id)
      .orderBy('version')
      .execute();
    await recordAudit(storage.db, actorOf(c.var.session), clock.now(), [
      { action: 'list', resource: 'assessment', resourceId: attendance.id, patientId: patient.id },
    ]);
    return c.json(rows.map(toSignedAssessment));
  });

  return routes;
};

/** One signed assessment by id. */
export const assessmentsRoutes = () =>
  new Hono<AppEnv>().get('/:id', allow('assessments.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const id = pathId(c, 'id', 'The assessment');
    const row = await storage.db
      .selectFrom('assessments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('The assessment');
    const { patient } = await loadAttendance(c, row.attendance_id);
    await recordAudit(storage.db, actorOf(c.var.session), clock.now(), [
      { action: 'read', resource: 'assessment', resourceId: id, patientId: patient.id },
    ]);
    return c.json(toSignedAssessment(row));
  });
