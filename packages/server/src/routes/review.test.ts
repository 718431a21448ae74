import type { ActionItem, Level } from '@proformas/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReviewItem } from '../records/reviewQueue.ts';
import type { Review } from '../records/reviews.ts';
import { toJson } from '../db/json.ts';
import { SEED_PATIENTS } from '../db/seed/patients.ts';
import { seedId } from '../db/seed/seed.ts';
import type { ErrorBody } from '../errors.ts';
import type { TestClient } from '../test/client.ts';
import { DANIEL, OLIVER, WIC } from '../test/fixtures.ts';
import { newId, seedTodayAttendanceId, startTestServer, type TestServer } from '../test/server.ts';
import { beforeAllOrFailEach, dialects } from '../test/storage.ts';

interface Queue {
  date: string;
  summary: {
    total: number;
    unreviewed: number;
    overdue: number;
    byLevel: Record<string, number>;
    bySite: Record<string, number>;
  };
  items: ReviewItem[];
}

const CHILDREN_TODAY = SEED_PATIENTS.filter((p) => p.today && p.age.years < 18);

/** Arrange a signed assessment directly (the sign endpoint has its own tests). */
const signedAssessment = async (
  server: TestServer,
  attendanceId: string,
  level: Level,
  form: 'hidden-harm' | 'paediatric-triage',
  actions: ActionItem[],
) => {
  const assessment = {
    proforma: form,
    level,
    actions: actions.map((a) => a.code),
    firedRules: [],
    detail: {},
    reasons: [],
  };
  await server.storage.db
    .insertInto('assessments')
    .values({
      id: newId(),
      attendance_id: attendanceId,
      version: 1,
      level,
      answers: toJson({ [form]: {} }),
      context: '{}',
      result: toJson({ level, actions: assessment.actions, forms: { [form]: assessment } }),
      actions: toJson(actions),
      history: 'registry',
      signed_by: seedId('user:sam.carter'),
      signer_name: 'Sam Carter',
      signer_role: 'Emergency nurse practitioner',
      signed_at: server.clock.now().toISOString(),
      request_hash: 'test',
    })
    .execute();
};

describe.each(dialects)('the safeguarding lead’s review queue (%s)', (dialect) => {
  let server: TestServer;
  let lead: TestClient;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
    lead = await server.as('lee.morgan');
    await signedAssessment(server, DANIEL.attendanceId, 'REFER', 'hidden-harm', [
      { code: 'MASH_REFERRAL', label: 'Phone the MASH now.', due: '2025-03-04T16:00:00.000Z' },
    ]);
    await signedAssessment(server, seedTodayAttendanceId('kerry-maddox'), 'NOTIFY', 'hidden-harm', [
      { code: 'NOTIFY_GP', label: 'Tell the GP.' },
    ]);
    await signedAssessment(server, OLIVER.attendanceId, 'DISCUSS', 'paediatric-triage', [
      {
        code: 'INFORM_SAFEGUARDING_LEAD',
        label: 'Tell the safeguarding lead.',
        due: '2025-03-04T12:00:00.000Z',
      },
    ]);
  });
  afterAll(() => server?.close());

  it('lists every under-18 attendance of the day at every site, and adult hidden-harm outcomes of DISCUSS or above', async () => {
    const queue = await lead.get<Queue>('/api/review');
    expect(queue.status).toBe(200);
    expect(queue.body.date).toBe('2025-03-04');
    const children = queue.body.items.filter((i) => i.kind === 'child');
    expect(children.map((i) => i.patient.id).sort()).toEqual(CHILDREN_TODAY.map((p) => seedId(p.key)).sort());
    const adults = queue.body.items.filter((i) => i.kind === 'adult-hidden-harm');
    expect(adults.map((i) => i.patient.id)).toEqual([DANIEL.patientId]);
    expect(queue.body.summary.total).toBe(CHILDREN_TODAY.length + 1);
    expect(queue.body.summary.byLevel).toMatchObject({
      REFER: 1,
      DISCUSS: 1,
      NOT_ASSESSED: CHILDREN_TODAY.length - 1,
    });
    expect(Object.keys(queue.body.summary.bySite).sort()).toEqual(['ZZC01', 'ZZG01', 'ZZU01']);
  });

  it('puts overdue actions first', async () => {
    const queue = await lead.get<Queue>('/api/review');
    const [first] = queue.body.items;
    expect(first?.attendance.id).toBe(OLIVER.attendanceId);
    expect(first?.overdueSince).toBe('2025-03-04T12:00:00.000Z');
    expect(first?.actions).toEqual([
      expect.objectContaining({ code: 'INFORM_SAFEGUARDING_LEAD', overdue: true }),
    ]);
    const daniel = queue.body.items.find((i) => i.patient.id === DANIEL.patientId);
    expect(daniel?.actions[0]?.overdue).toBe(false);
    expect(queue.body.summary.overdue).toBe(1);
  });

  it('filters by site, level and review status, and by day', async () => {
    const wic = await lead.get<Queue>(`/api/review?siteId=${WIC}`);
    expect(wic.body.items.length).toBeGreaterThan(0);
    expect(wic.body.items.every((i) => i.site.id === WIC)).toBe(true);
    const refer = await lead.get<Queue>('/api/review?level=REFER');
    expect(refer.body.items.map((i) => i.patient.id)).toEqual([DANIEL.patientId]);
    const yesterday = await lead.get<Queue>('/api/review?date=2025-03-03');
    expect(yesterday.body.items.map((i) => i.patient.id)).toEqual([seedId('finley-shaw')]);
    const bad = await lead.get<ErrorBody>('/api/review?level=HIGH');
    expect(bad.status).toBe(400);
    expect(bad.body.issues?.[0]?.field).toBe('level');
  });

  it('marks an attendance reviewed with a note, once; it is then no longer overdue', async () => {
    const body = {
      id: newId(),
      note: 'Pattern discussed with the nurse in charge; GP and school nurse informed.',
    };
    const first = await lead.post<Review>(`/api/review/${OLIVER.attendanceId}`, body);
    const retry = await lead.post<Review>(`/api/review/${OLIVER.attendanceId}`, body);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.body).toEqual(first.body);
    expect(first.body).toMatchObject({ note: body.note, reviewer: { displayName: 'Lee Morgan' } });
    const reviewed = await lead.get<Queue>('/api/review?status=reviewed');
    expect(reviewed.body.items.map((i) => i.attendance.id)).toEqual([OLIVER.attendanceId]);
    expect(reviewed.body.items[0]?.overdueSince).toBeNull();
    expect(reviewed.body.items[0]?.reviews).toEqual([first.body]);
    const unreviewed = await lead.get<Queue>('/api/review?status=unreviewed');
    expect(unreviewed.body.items.some((i) => i.attendance.id === OLIVER.attendanceId)).toBe(false);
  });

  it('refuses an empty note and answers 404 for an unknown attendance', async () => {
    const empty = await lead.post<ErrorBody>(`/api/review/${OLIVER.attendanceId}`, {
      id: newId(),
      note: '  ',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.issues).toEqual([{ field: 'note', message: 'The note cannot be empty.' }]);
    expect((await lead.post(`/api/review/${newId()}`, { id: newId(), note: 'x' })).status).toBe(404);
  });
});
