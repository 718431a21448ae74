import { Hono } from 'hono';
import * as z from 'zod';
import { loadAttendance, pathId, sessionOf } from '../access.ts';
import { actorOf, recordAudit } from '../audit.ts';
import { allow } from '../auth/roles.ts';
import { PLACEHOLDER, toDocument } from '../records/documents.ts';
import type { AppEnv } from '../env.ts';
import { conflict, notFound } from '../errors.ts';
import { requiredText } from '../schemas.ts';
import { readJson } from '../validation.ts';

const statusBody = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ status: z.literal('sent'), reference: requiredText(100, 'The reference') }),
    z.strictObject({ status: z.literal('not-sent'), reason: requiredText(1000, 'The reason') }),
  ],
  { error: 'Give status "sent" with a reference, or "not-sent" with a reason.' },
);

/** A draft becomes sent (with the reference given) or not sent (with the reason); never anything else after. */
export const documentStatusRoutes = () =>
  new Hono<AppEnv>().post('/:id/status', allow('documents.write'), async (c) => {
    const { storage, clock } = c.var.deps;
    const id = pathId(c, 'id', 'The document');
    const body = await readJson(c, statusBody);
    const existing = await storage.db
      .selectFrom('documents')
      .select('attendance_id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!existing) throw notFound('The document');
    const { patient } = await loadAttendance(c, existing.attendance_id);
    const now = clock.now();
    const userId = sessionOf(c).user.id;
    const reference = body.status === 'sent' ? body.reference : null;
    const reason = body.status === 'not-sent' ? body.reason : null;
    await storage.db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom('documents')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      if (
        current.status === body.status &&
        current.reference === reference &&
        current.not_sent_reason === reason
      ) {
        // A retry of a change already made: nothing changes twice.
        await recordAudit(trx, actorOf(c.var.session), now, [
          { action: 'read', resource: 'document', resourceId: id, patientId: patient.id },
        ]);
        return;
      }
      if (current.status !== 'draft') {
        throw conflict(
          current.status === 'sent'
            ? `This document is already marked sent (reference ${current.reference ?? 'not given'}).`
            : 'This document is already marked not sent.',
        );
      }
      if (body.status === 'sent' && current.body.includes(PLACEHOLDER)) {
        throw conflict(
          `This document still has "${PLACEHOLDER}" in it. Fill in every gap before marking it sent.`,
        );
      }
      await trx
        .updateTable('documents')
        .set({
          status: body.status,
          reference,
          not_sent_reason: reason,
          status_at: now.toISOString(),
          version: current.version + 1,
          updated_at: now.toISOString(),
          updated_by: userId,
        })
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .execute();
      await recordAudit(trx, actorOf(c.var.session), now, [
        { action: 'status', resource: 'document', resourceId: id, patientId: patient.id },
      ]);
    });
    const row = await storage.db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return c.json(toDocument(row));
  });
