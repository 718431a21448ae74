import type { ActionItem } from '@proformas/core';
import { afterAll, describe, expect, it } from 'vitest';
import { toJson } from '../db/json.ts';
import { seedId } from '../db/seed/seed.ts';
import type { ReviewItem } from '../records/reviewQueue.ts';
import type { TestClient } from '../test/client.ts';
import { TEST_NOW } from '../test/clock.ts';
import { newId, seedTodayAttendanceId, startTestServer, type TestServer } from '../test/server.ts';
import { beforeAllOrFailEach, dialects } from '../test/storage.ts';

interface Queue {
  summary: { overdue: number };
  items: ReviewItem[];
}

const MAYA = seedTodayAttendanceId('maya-holt');
const ISLA = seedTodayAttendanceId('isla-moorcroft');
const RUBY = seedTodayAttendanceId('ruby-ashworth');
/** The tests' day is Tuesday 4 March 2025 (GMT), 15:00. */
const YESTERDAY_END = '2025-03-03T23:59:59+00:00';
const TOMORROW_END = '2025-03-05T23:59:59+00:00';
const AT_16 = '2025-03-04T16:00:00+00:00';

const fgmReport = (due: string): ActionItem => ({
  code: 'POLICE_101_FGM_REPORT',
  label: 'Report to the police on 101.',
  due,
});

/** Arrange a signed FGM assessment directly (the sign endpoint has its own tests). */
const signedFgm = async (server: TestServer, attendanceId: string, actions: ActionItem[]) => {
  const form = {
    proforma: 'fgm',
    level: 'REFER',
    actions: actions.map((a) => a.code),
    firedRules: [],
    detail: {},
    reasons: [],
  };
  const assessmentId = newId();
  await server.storage.db
    .insertInto('assessments')
    .values({
      id: assessmentId,
      attendance_id: attendanceId,
      version: 1,
      level: 'REFER',
      answers: toJson({ fgm: {} }),
      context: '{}',
      result: toJson({ level: 'REFER', actions: form.actions, forms: { fgm: form } }),
      actions: toJson(actions),
      history: 'registry',
      signed_by: seedId('user:sam.carter'),
      signer_name: 'Sam Carter',
      signer_role: 'Emergency nurse practitioner',
      signed_at: server.clock.now().toISOString(),
      request_hash: 'test',
    })
    .execute();
  return assessmentId;
};

const policeReport = async (
  server: TestServer,
  attendanceId: string,
  assessmentId: string,
  status: string,
) => {
  const at = server.clock.now().toISOString();
  await server.storage.db
    .insertInto('documents')
    .values({
      id: newId(),
      attendance_id: attendanceId,
      assessment_id: assessmentId,
      kind: 'fgm-police-report',
      recipient: 'Police (101)',
      title: 'FGM report to the police',
      body: 'Synthetic report.',
      metadata: '{}',
      sensitivity: null,
      status,
      reference: status === 'sent' ? 'SYN-0001' : null,
      not_sent_reason: null,
      version: 1,
      created_at: at,
      created_by: seedId('user:sam.carter'),
      updated_at: at,
      updated_by: seedId('user:sam.carter'),
      status_at: status === 'sent' ? at : null,
    })
    .execute();
};

const overdueOf = (queue: Queue, attendanceId: string) =>
  queue.items.find((i) => i.attendance.id === attendanceId)?.actions.map((a) => a.overdue);

describe.each(dialects)('overdue actions in the review queue (%s)', (dialect) => {
  let server: TestServer;
  let lead: TestClient;
  let mayaAssessment: string;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
    lead = await server.as('lee.morgan');
    mayaAssessment = await signedFgm(server, MAYA, [fgmReport(YESTERDAY_END)]);
    await signedFgm(server, ISLA, [fgmReport(TOMORROW_END)]);
    await signedFgm(server, RUBY, [fgmReport(AT_16)]);
  });
  afterAll(() => server?.close());

  it('marks an FGM police report due yesterday overdue, one due tomorrow not, and puts the overdue first', async () => {
    server.clock.set(TEST_NOW);
    const queue = (await lead.get<Queue>('/api/review')).body;
    expect(overdueOf(queue, MAYA)).toEqual([true]);
    expect(overdueOf(queue, ISLA)).toEqual([false]);
    expect(queue.items[0]?.attendance.id).toBe(MAYA);
    expect(queue.items[0]?.overdueSince).toBe('2025-03-03T23:59:59.000Z');
    expect(queue.summary.overdue).toBe(1);
  });

  it('is not overdue when due exactly now, and is one minute later', async () => {
    server.clock.set(new Date('2025-03-04T16:00:00.000Z'));
    expect(overdueOf((await lead.get<Queue>('/api/review')).body, RUBY)).toEqual([false]);
    server.clock.advance(1);
    const later = (await lead.get<Queue>('/api/review')).body;
    expect(overdueOf(later, RUBY)).toEqual([true]);
    expect(later.summary.overdue).toBe(2);
  });

  it('is no longer overdue once the police report is sent; a draft report does not count', async () => {
    server.clock.set(TEST_NOW);
    await policeReport(server, MAYA, mayaAssessment, 'draft');
    const withDraft = (await lead.get<Queue>('/api/review')).body;
    expect(overdueOf(withDraft, MAYA)).toEqual([true]);
    await server.storage.db
      .updateTable('documents')
      .set({ status: 'sent', reference: 'SYN-0001' })
      .where('attendance_id', '=', MAYA)
      .execute();
    const sent = (await lead.get<Queue>('/api/review')).body;
    expect(overdueOf(sent, MAYA)).toEqual([false]);
    expect(sent.items.find((i) => i.attendance.id === MAYA)?.overdueSince).toBeNull();
  });
});
