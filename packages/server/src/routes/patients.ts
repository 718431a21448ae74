import { Hono } from 'hono';
import { sql } from 'kysely';
import * as z from 'zod';
import { pathId, sessionOf } from '../access.ts';
import { actorOf, recordAudit } from '../audit.ts';
import { allow } from '../auth/roles.ts';
import { createOnce } from '../db/createOnce.ts';
import { requestHash } from '../db/json.ts';
import { toPatient } from '../records/patients.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, notFound } from '../errors.ts';
import { dateSchema, idSchema, nhsNumberSchema, requiredText, sexSchema, text } from '../schemas.ts';
import { readJson, readQuery } from '../validation.ts';

const searchQuery = z
  .strictObject({
    nhsNumber: nhsNumberSchema.optional(),
    familyName: requiredText(100, 'The family name').optional(),
    givenName: requiredText(100, 'The given name').optional(),
    dateOfBirth: dateSchema.optional(),
  })
  .refine(
    (q) => (q.nhsNumber !== undefined) !== (q.familyName !== undefined && q.dateOfBirth !== undefined),
    {
      error: 'Search by NHS number, or by family name and date of birth (not both).',
    },
  );

const createBody = z.strictObject({
  id: idSchema,
  nhsNumber: nhsNumberSchema.nullable().optional(),
  givenName: requiredText(100, 'The given name'),
  familyName: requiredText(100, 'The family name'),
  dateOfBirth: dateSchema,
  sex: sexSchema,
  address: text(300, 'The address').nullable().optional(),
  gpPractice: text(200, 'The GP practice').nullable().optional(),
});

/** Find a patient by NHS number or by name and date of birth; add a new one. */
export const patientsRoutes = () => {
  const routes = new Hono<AppEnv>();

  routes.get('/', allow('patients.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const q = readQuery(c, searchQuery);
    let select = storage.db.selectFrom('patients').selectAll();
    if (q.nhsNumber) select = select.where('nhs_number', '=', q.nhsNumber);
    else {
      select = select
        .where(sql<string>`lower(family_name)`, '=', (q.familyName ?? '').toLowerCase())
        .where('date_of_birth', '=', q.dateOfBirth ?? '');
      const given = q.givenName?.toLowerCase();
      if (given)
        select = select.where(sql<string>`substr(lower(given_name), 1, ${given.length})`, '=', given);
    }
    const rows = await select.orderBy('family_name').orderBy('given_name').limit(50).execute();
    await recordAudit(
      storage.db,
      actorOf(c.var.session),
      clock.now(),
      rows.length > 0
        ? rows.map((row) => ({
            action: 'search' as const,
            resource: 'patient' as const,
            resourceId: row.id,
            patientId: row.id,
          }))
        : [{ action: 'search', resource: 'patient' }],
    );
    return c.json(rows.map(toPatient));
  });

  routes.post('/', allow('patients.write'), async (c) => {
    const { storage, clock } = c.var.deps;
    const body = await readJson(c, createBody);
    const now = clock.now();
    if (body.dateOfBirth > now.toISOString().slice(0, 10)) {
      throw badRequest('Some fields are missing or not valid. Correct them and try again.', [
        { field: 'dateOfBirth', message: 'The date of birth cannot be in the future.' },
      ]);
    }
    const hash = requestHash(body);
    const actor = actorOf(c.var.session);
    const result = await createOnce({
      db: storage.db,
      table: 'patients',
      id: body.id,
      hash,
      what: 'patient',
      insert: async (trx) => {
        if (body.nhsNumber) {
          const clash = await trx
            .selectFrom('patients')
            .select('id')
            .where('nhs_number', '=', body.nhsNumber)
            .executeTakeFirst();
          if (clash) {
            throw badRequest(
              'A patient with this NHS number is already registered. Search for them instead.',
              [{ field: 'nhsNumber', message: 'A patient with this NHS number is already registered.' }],
            );
          }
        }
        await trx
          .insertInto('patients')
          .values({
            id: body.id,
            nhs_number: body.nhsNumber ?? null,
            given_name: body.givenName,
            family_name: body.familyName,
            date_of_birth: body.dateOfBirth,
            sex: body.sex,
            address: body.address ?? null,
            gp_practice: body.gpPractice ?? null,
            created_at: now.toISOString(),
            created_by: sessionOf(c).user.id,
            request_hash: hash,
          })
          .execute();
        await recordAudit(trx, actor, now, [
          { action: 'create', resource: 'patient', resourceId: body.id, patientId: body.id },
        ]);
      },
      replayed: (trx) =>
        recordAudit(trx, actor, now, [
          { action: 'read', resource: 'patient', resourceId: body.id, patientId: body.id },
        ]),
    });
    const row = await storage.db
      .selectFrom('patients')
      .selectAll()
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    return c.json(toPatient(row), result === 'created' ? 201 : 200);
  });

  routes.get('/:id', allow('patients.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const id = pathId(c, 'id', 'The patient');
    const row = await storage.db.selectFrom('patients').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('The patient');
    await recordAudit(storage.db, actorOf(c.var.session), clock.now(), [
      { action: 'read', resource: 'patient', resourceId: id, patientId: id },
    ]);
    return c.json(toPatient(row));
  });

  return routes;
};
