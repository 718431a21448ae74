import { Hono } from 'hono';
import * as z from 'zod';
import { loadAttendance, pathId, sessionOf } from '../access.ts';
import { actorOf, recordAudit } from '../audit.ts';
import { allow } from '../auth/roles.ts';
import { DOCUMENT_KINDS, SENSITIVITY, sensitivityRequired, toDocument } from '../records/documents.ts';
import { canonicalJson, fromJson, isUniqueViolation, toJson } from '../db/json.ts';
import type { DocumentsTable } from '../db/types.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { idSchema, jsonObjectSchema, requiredText } from '../schemas.ts';
import { readJson } from '../validation.ts';

const saveBody = z.strictObject({
  attendanceId: idSchema,
  assessmentId: idSchema.nullable().optional(),
  kind: z.enum(DOCUMENT_KINDS, { error: `Use a kind: ${DOCUMENT_KINDS.join(', ')}.` }),
  recipient: requiredText(200, 'The recipient'),
  title: requiredText(200, 'The title'),
  text: requiredText(100_000, 'The text'),
  sensitivity: z
    .literal(SENSITIVITY, { error: `The only sensitivity is ${SENSITIVITY}.` })
    .nullable()
    .optional(),
  metadata: jsonObjectSchema.optional(),
});

/** Referral and notification drafts: stored, edited while a draft, read. (Status changes: documentStatus.ts.) */
export const documentsRoutes = () => {
  const routes = new Hono<AppEnv>();

  routes.get('/:id', allow('documents.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const id = pathId(c, 'id', 'The document');
    const row = await storage.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('The document');
    const { patient } = await loadAttendance(c, row.attendance_id);
    await recordAudit(storage.db, actorOf(c.var.session), clock.now(), [
      { action: 'read', resource: 'document', resourceId: id, patientId: patient.id },
    ]);
    return c.json(toDocument(row));
  });

  routes.put('/:id', allow('documents.write'), async (c) => {
    const { storage, clock } = c.var.deps;
    const id = pathId(c, 'id', 'The document');
    const body = await readJson(c, saveBody);
    const { attendance, patient } = await loadAttendance(c, body.attendanceId);
    const invalid = (field: string, message: string) =>
      badRequest('Some fields are missing or not valid. Correct them and try again.', [{ field, message }]);
    const assessment = body.assessmentId
      ? await storage.db
          .selectFrom('assessments')
          .selectAll()
          .where('id', '=', body.assessmentId)
          .executeTakeFirst()
      : undefined;
    if (body.assessmentId && assessment?.attendance_id !== attendance.id) {
      throw invalid('assessmentId', 'This assessment is not one of this attendance.');
    }
    const now = clock.now();
    const userId = sessionOf(c).user.id;
    const actor = actorOf(c.var.session);
    const audit = { resource: 'document', resourceId: id, patientId: patient.id } as const;
    const save = () =>
      storage.db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
        if (current && current.attendance_id !== attendance.id) {
          throw conflict(
            'A document of another attendance already has this id. Make a new id for a new document.',
          );
        }
        if (current && current.status !== 'draft') {
          throw conflict(`This document is already marked ${current.status}; it can no longer be edited.`);
        }
        if (current?.sensitivity && body.sensitivity === null) {
          throw invalid('sensitivity', 'The safeguarding sensitivity mark cannot be removed once set.');
        }
        const sensitive =
          body.sensitivity === SENSITIVITY ||
          current?.sensitivity === SENSITIVITY ||
          sensitivityRequired(body.kind, assessment);
        const values = {
          assessment_id: body.assessmentId ?? null,
          kind: body.kind,
          recipient: body.recipient,
          title: body.title,
          body: body.text,
          metadata: toJson(body.metadata ?? {}),
          sensitivity: sensitive ? SENSITIVITY : null,
        } satisfies Partial<DocumentsTable>;
        if (current) {
          const unchanged = (Object.keys(values) as (keyof typeof values)[]).every((key) =>
            key === 'metadata'
              ? canonicalJson(fromJson(current.metadata)) === canonicalJson(body.metadata ?? {})
              : current[key] === values[key],
          );
          if (unchanged) {
            await recordAudit(trx, actor, now, [{ action: 'read', ...audit }]);
            return false;
          }
          await trx
            .updateTable('documents')
            .set({
              ...values,
              version: current.version + 1,
              updated_at: now.toISOString(),
              updated_by: userId,
            })
            .where('id', '=', id)
            .where('version', '=', current.version)
            .execute();
          await recordAudit(trx, actor, now, [{ action: 'update', ...audit }]);
          return false;
        }
        await trx
          .insertInto('documents')
          .values({
            id,
            attendance_id: attendance.id,
            ...values,
            status: 'draft',
            reference: null,
            not_sent_reason: null,
            version: 1,
            created_at: now.toISOString(),
            created_by: userId,
            updated_at: now.toISOString(),
            updated_by: userId,
            status_at: null,
          })
          .execute();
        await recordAudit(trx, actor, now, [{ action: 'create', ...audit }]);
        return true;
      });
    let created: boolean;
    try {
      created = await save();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      created = await save();
    }
    const row = await storage.db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return c.json(toDocument(row), created ? 201 : 200);
  });

  return routes;
};

/** The documents of one attendance. */
export const attendanceDocumentsRoutes = () =>
  new Hono<AppEnv>().get('/', allow('documents.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const { attendance, patient } = await loadAttendance(c, pathId(c, 'id', 'The attendance'));
    const rows = await storage.db
      .selectFrom('documents')
      .selectAll()
      .where('attendance_id', '=', attendance.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    await recordAudit(storage.db, actorOf(c.var.session), clock.now(), [
      { action: 'list', resource: 'document', resourceId: attendance.id, patientId: patient.id },
    ]);
    return c.json(rows.map(toDocument));
  });
