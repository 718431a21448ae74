import { LEVELS } from '@proformas/core';
import { Hono } from 'hono';
import * as z from 'zod';
import { loadAttendance, pathId, sessionOf } from '../access.ts';
import { actorOf, recordAudit } from '../audit.ts';
import { allow } from '../auth/roles.ts';
import { byUrgency, reviewItems, type ReviewItem } from '../records/reviewQueue.ts';
import { toReview } from '../records/reviews.ts';
import { createOnce } from '../db/createOnce.ts';
import { requestHash } from '../db/json.ts';
import type { AppEnv } from '../env.ts';
import { dateSchema, idSchema, requiredText } from '../schemas.ts';
import { londonDate, londonDayRange } from '../time.ts';
import { readJson, readQuery } from '../validation.ts';

const NOT_ASSESSED = 'NOT_ASSESSED';

const queueQuery = z.strictObject({
  date: dateSchema.optional(),
  siteId: requiredText(20, 'The site').optional(),
  level: z
    .enum([...LEVELS, NOT_ASSESSED], { error: `Use a level: ${[...LEVELS, NOT_ASSESSED].join(', ')}.` })
    .optional(),
  status: z.enum(['unreviewed', 'reviewed', 'all']).default('all'),
});

const reviewBody = z.strictObject({ id: idSchema, note: requiredText(4000, 'The note') });

const countBy = (items: ReviewItem[], key: (item: ReviewItem) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

/** The safeguarding lead's queue: every under-18 attendance, and adult hidden-harm outcomes at DISCUSS or above. */
export const reviewRoutes = () => {
  const routes = new Hono<AppEnv>();

  routes.get('/', allow('review.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const q = readQuery(c, queueQuery);
    const now = clock.now();
    const date = q.date ?? londonDate(now);
    const all = await reviewItems(storage.db, { ...londonDayRange(date), siteId: q.siteId }, now);
    const items = all
      .filter((item) => !q.level || (item.level ?? NOT_ASSESSED) === q.level)
      .filter((item) => q.status === 'all' || item.reviewed === (q.status === 'reviewed'))
      .sort(byUrgency);
    await recordAudit(
      storage.db,
      actorOf(c.var.session),
      now,
      items.length > 0
        ? items.map((item) => ({
            action: 'list' as const,
            resource: 'attendance' as const,
            resourceId: item.attendance.id,
            patientId: item.patient.id,
          }))
        : [{ action: 'list', resource: 'attendance' }],
    );
    return c.json({
      date,
      summary: {
        total: all.length,
        unreviewed: all.filter((i) => !i.reviewed).length,
        overdue: all.filter((i) => i.overdueSince !== null).length,
        byLevel: countBy(all, (i) => i.level ?? NOT_ASSESSED),
        bySite: countBy(all, (i) => i.site.id),
      },
      items,
    });
  });

  routes.post('/:attendanceId', allow('review.write'), async (c) => {
    const { storage, clock } = c.var.deps;
    const { attendance, patient } = await loadAttendance(c, pathId(c, 'attendanceId', 'The attendance'));
    const body = await readJson(c, reviewBody);
    const now = clock.now();
    const hash = requestHash({ attendanceId: attendance.id, ...body });
    const actor = actorOf(c.var.session);
    const audit = { resource: 'review', resourceId: body.id, patientId: patient.id } as const;
    const outcome = await createOnce({
      db: storage.db,
      table: 'reviews',
      id: body.id,
      hash,
      what: 'review',
      insert: async (trx) => {
        await trx
          .insertInto('reviews')
          .values({
            id: body.id,
            attendance_id: attendance.id,
            reviewer_id: sessionOf(c).user.id,
            note: body.note,
            reviewed_at: now.toISOString(),
            request_hash: hash,
          })
          .execute();
        await recordAudit(trx, actor, now, [{ action: 'review', ...audit }]);
      },
      replayed: (trx) => recordAudit(trx, actor, now, [{ action: 'read', ...audit }]),
    });
    const row = await storage.db
      .selectFrom('reviews')
      .innerJoin('users', 'users.id', 'reviews.reviewer_id')
      .selectAll('reviews')
      .select('users.display_name as reviewer_name')
      .where('reviews.id', '=', body.id)
      .executeTakeFirstOrThrow();
    return c.json(toReview(row), outcome === 'created' ? 201 : 200);
  });

  return routes;
};
