import { Hono } from 'hono';
import * as z from 'zod';
import { actorOf, recordAudit } from '../audit.ts';
import { allow } from '../auth/roles.ts';
import type { AppEnv } from '../env.ts';
import { dateTimeSchema, idSchema, nhsNumberSchema, requiredText } from '../schemas.ts';
import { readQuery } from '../validation.ts';

const count = (max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: 'Give a whole number.' })
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, { error: `Give a number from 1 to ${max}.` });

const searchQuery = z.strictObject({
  patientId: idSchema.optional(),
  nhsNumber: nhsNumberSchema.optional(),
  userId: idSchema.optional(),
  username: requiredText(100, 'The username').optional(),
  from: dateTimeSchema.optional(),
  to: dateTimeSchema.optional(),
  limit: count(500).default(100),
  /** Page backwards: entries with an id below this one. */
  before: count(Number.MAX_SAFE_INTEGER).optional(),
});

/** The audit log (admin): who read or changed which patient's record, when, from which site. */
export const auditRoutes = () =>
  new Hono<AppEnv>().get('/', allow('audit.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const q = readQuery(c, searchQuery);
    const db = storage.db;
    let patientId = q.patientId;
    if (q.nhsNumber) {
      const patient = await db
        .selectFrom('patients')
        .select('id')
        .where('nhs_number', '=', q.nhsNumber)
        .executeTakeFirst();
      patientId = patient?.id;
      if (!patientId || (q.patientId && q.patientId !== patientId)) {
        await recordAudit(db, actorOf(c.var.session), clock.now(), [
          { action: 'audit-search', resource: 'audit-log' },
        ]);
        return c.json({ entries: [], nextBefore: null });
      }
    }
    let select = db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.user_id')
      .leftJoin('patients', 'patients.id', 'audit_log.patient_id')
      .select([
        'audit_log.id',
        'audit_log.at',
        'audit_log.action',
        'audit_log.resource',
        'audit_log.resource_id',
        'audit_log.patient_id',
        'audit_log.site_id',
        'audit_log.user_id',
        'users.username',
        'users.display_name',
        'users.role',
        'patients.nhs_number',
      ]);
    if (patientId) select = select.where('audit_log.patient_id', '=', patientId);
    if (q.userId) select = select.where('audit_log.user_id', '=', q.userId);
    if (q.username) select = select.where('users.username', '=', q.username.toLowerCase());
    if (q.from) select = select.where('audit_log.at', '>=', new Date(q.from).toISOString());
    if (q.to) select = select.where('audit_log.at', '<=', new Date(q.to).toISOString());
    if (q.before) select = select.where('audit_log.id', '<', q.before);
    const rows = await select
      .orderBy('audit_log.id', 'desc')
      .limit(q.limit + 1)
      .execute();
    await recordAudit(db, actorOf(c.var.session), clock.now(), [
      { action: 'audit-search', resource: 'audit-log', patientId: patientId ?? null },
    ]);
    const page = rows.slice(0, q.limit);
    return c.json({
      entries: page.map((row) => ({
        id: row.id,
        at: row.at,
        action: row.action,
        resource: row.resource,
        resourceId: row.resource_id,
        patientId: row.patient_id,
        nhsNumber: row.nhs_number,
        siteId: row.site_id,
        user: row.user_id
          ? { id: row.user_id, username: row.username, displayName: row.display_name, role: row.role }
          : null,
      })),
      nextBefore: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null,
    });
  });
