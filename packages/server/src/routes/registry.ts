import { Hono } from 'hono';
import * as z from 'zod';
import { siteIdOf } from '../access.ts';
import { actorOf, recordAudit } from '../audit.ts';
import { allow } from '../auth/roles.ts';
import type { AppEnv } from '../env.ts';
import { badRequest } from '../errors.ts';
import { dateSchema, dateTimeSchema, idSchema, nhsNumberSchema } from '../schemas.ts';
import { addDays, londonDayRange, toStoredInstant } from '../time.ts';
import { readQuery } from '../validation.ts';

const bound = z.union([dateSchema, dateTimeSchema], {
  error: 'Give a date (YYYY-MM-DD) or an ISO 8601 date-time with a UTC offset.',
});

const lookupQuery = z.strictObject({
  nhsNumber: nhsNumberSchema,
  /** A date is the start of that Europe/London day; a date-time is itself. */
  from: bound.optional(),
  /** A date is the end of that Europe/London day; a date-time is itself. */
  to: bound.optional(),
  /** The current attendance, left out of the answer. */
  excludeAttendanceId: idSchema.optional(),
});

const isDate = (value: string) => value.length === 10;
const MAX_WINDOW_DAYS = 3 * 366;

/**
 * The registry lookup of the frequent-attender form: AttendanceRecord[] for one NHS number across
 * every site, newest first, in the window [from, to] (default: the 365 days up to now).
 */
export const registryRoutes = () =>
  new Hono<AppEnv>().get('/attendances', allow('registry.read'), async (c) => {
    const { storage, clock, ports } = c.var.deps;
    const q = readQuery(c, lookupQuery);
    const now = clock.now();
    const to =
      q.to === undefined
        ? now.toISOString()
        : isDate(q.to)
          ? new Date(Date.parse(londonDayRange(q.to).to) - 1).toISOString()
          : toStoredInstant(q.to);
    const from =
      q.from === undefined
        ? addDays(new Date(to), -365).toISOString()
        : isDate(q.from)
          ? londonDayRange(q.from).from
          : toStoredInstant(q.from);
    if (from > to)
      throw badRequest('The window is not valid.', [
        { field: 'from', message: '"from" must not be after "to".' },
      ]);
    if (Date.parse(to) - Date.parse(from) > MAX_WINDOW_DAYS * 86_400_000) {
      throw badRequest('The window is not valid.', [
        { field: 'from', message: 'Ask for at most three years at a time.' },
      ]);
    }
    const site = await storage.db
      .selectFrom('sites')
      .select('provider_id')
      .where('id', '=', siteIdOf(c))
      .executeTakeFirstOrThrow();
    const patient = await storage.db
      .selectFrom('patients')
      .select('id')
      .where('nhs_number', '=', q.nhsNumber)
      .executeTakeFirst();
    const records = await ports.registry.attendances({
      nhsNumber: q.nhsNumber,
      from,
      to,
      excludeAttendanceId: q.excludeAttendanceId,
      callerProviderId: site.provider_id,
    });
    await recordAudit(storage.db, actorOf(c.var.session), now, [
      {
        action: 'lookup',
        resource: 'registry',
        resourceId: q.excludeAttendanceId ?? null,
        patientId: patient?.id ?? null,
      },
    ]);
    return c.json(records);
  });
