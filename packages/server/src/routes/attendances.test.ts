import { afterAll, describe, expect, it } from 'vitest';
import type { Attendance } from '../records/attendances.ts';
import type { Patient } from '../records/patients.ts';
import type { ErrorBody } from '../errors.ts';
import type { TestClient } from '../test/client.ts';
import { AMELIA, MIU, newAttendanceBody, newPatientBody, OLIVER, RUBY, WIC } from '../test/fixtures.ts';
import { countRows, startTestServer, type TestServer } from '../test/server.ts';
import { beforeAllOrFailEach, dialects } from '../test/storage.ts';

interface BoardRow {
  attendance: Attendance;
  patient: Patient;
  age: { years: number; months: number; label: string } | null;
}

describe.each(dialects)('attendances (%s)', (dialect) => {
  let server: TestServer;
  let sam: TestClient;
  let jordan: TestClient;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
    sam = await server.as('sam.carter');
    jordan = await server.as('jordan.ellis');
  });
  afterAll(() => server?.close());

  it('registers an attendance at the chosen site with who came, the complaint and reasons', async () => {
    const body = newAttendanceBody(RUBY.patientId, { arrivedAt: '2025-03-04T14:55:00+00:00' });
    const response = await sam.post<Attendance>('/api/attendances', body);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: body.id,
      siteId: MIU,
      departmentType: '03',
      arrivedAt: '2025-03-04T14:55:00.000Z',
      category: 'unplanned',
      status: 'waiting',
      outcome: 'unknown',
      reasons: ['injury'],
      accompaniedBy: [{ name: 'A parent', relationship: 'mother' }],
      level: null,
    });
  });

  it('applies a retried registration once', async () => {
    const body = newAttendanceBody(RUBY.patientId);
    const before = await countRows(server.storage, 'attendances');
    const first = await sam.post<Attendance>('/api/attendances', body);
    server.clock.advance(1);
    const retry = await sam.post<Attendance>('/api/attendances', body);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.body).toEqual(first.body);
    expect(await countRows(server.storage, 'attendances')).toBe(before + 1);
    const clash = await sam.post('/api/attendances', { ...body, presentingComplaint: 'Something else' });
    expect(clash.status).toBe(409);
    expect(await countRows(server.storage, 'attendances')).toBe(before + 1);
  });

  it('refuses malformed JSON, a body that is not JSON, and an oversized body; nothing is written', async () => {
    const before = await countRows(server.storage, 'attendances');
    const auditBefore = await countRows(server.storage, 'audit_log');
    const headers = { 'content-type': 'application/json' };
    const malformed = await sam.request<ErrorBody>('POST', '/api/attendances', { raw: '{"id": ', headers });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ error: 'The request body is not valid JSON.' });
    const notJson = await sam.request('POST', '/api/attendances', {
      raw: 'id=1',
      headers: { 'content-type': 'text/plain' },
    });
    expect(notJson.status).toBe(415);
    const huge = newAttendanceBody(RUBY.patientId, { presentingComplaint: 'x'.repeat(600 * 1024) });
    const oversized = await sam.request<ErrorBody>('POST', '/api/attendances', {
      raw: JSON.stringify(huge),
      headers,
    });
    expect(oversized.status).toBe(413);
    expect(oversized.body.error).toContain('too large');
    const tooLong = await sam.post<ErrorBody>(
      '/api/attendances',
      newAttendanceBody(RUBY.patientId, { presentingComplaint: 'x'.repeat(501) }),
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.issues).toEqual([
      { field: 'presentingComplaint', message: expect.stringContaining('500 characters') },
    ]);
    expect(await countRows(server.storage, 'attendances')).toBe(before);
    expect(await countRows(server.storage, 'audit_log')).toBe(auditBefore);
  });

  it('refuses bad reasons, an arrival in the future or before birth, and an unknown patient', async () => {
    const reasons = await sam.post<ErrorBody>(
      '/api/attendances',
      newAttendanceBody(RUBY.patientId, { reasons: ['fell'] }),
    );
    expect(reasons.status).toBe(400);
    expect(reasons.body.issues?.[0]?.field).toBe('reasons.0');
    const future = await sam.post<ErrorBody>(
      '/api/attendances',
      newAttendanceBody(RUBY.patientId, { arrivedAt: '2025-03-05T10:00:00Z' }),
    );
    expect(future.body.issues).toEqual([
      { field: 'arrivedAt', message: 'The arrival time cannot be in the future.' },
    ]);
    const baby = (await sam.post<Patient>('/api/patients', newPatientBody({ dateOfBirth: '2025-03-01' })))
      .body;
    const beforeBirth = await sam.post<ErrorBody>(
      '/api/attendances',
      newAttendanceBody(baby.id, { arrivedAt: '2025-02-01T10:00:00Z' }),
    );
    expect(beforeBirth.status).toBe(400);
    const unknown = await sam.post(
      '/api/attendances',
      newAttendanceBody('00000000-0000-4000-8000-000000000000'),
    );
    expect(unknown.status).toBe(404);
  });

  it("lists the board of the chosen site's day, in arrival order, with ages", async () => {
    const board = await sam.get<BoardRow[]>('/api/attendances');
    expect(board.status).toBe(200);
    expect(board.body.length).toBeGreaterThan(5);
    expect(board.body.every((row) => row.attendance.siteId === MIU)).toBe(true);
    const arrivals = board.body.map((row) => row.attendance.arrivedAt);
    expect(arrivals).toEqual([...arrivals].sort());
    const ruby = board.body.find((row) => row.attendance.id === RUBY.attendanceId);
    expect(ruby?.age).toEqual({ years: 0, months: 4, label: '4 months' });
    expect(ruby?.patient.nhsNumber).toBe(RUBY.nhsNumber);
  });

  it('filters the board by day and status, and refuses another site to a clinician', async () => {
    const yesterday = await sam.get<BoardRow[]>('/api/attendances?date=2025-03-03');
    expect(yesterday.body).toEqual([]);
    const waiting = await sam.get<BoardRow[]>('/api/attendances?status=waiting');
    expect(waiting.body.length).toBeGreaterThan(0);
    expect(waiting.body.every((row) => row.attendance.status === 'waiting')).toBe(true);
    const other = await sam.get<ErrorBody>(`/api/attendances?siteId=${WIC}`);
    expect(other.status).toBe(403);
    const lead = await server.as('lee.morgan');
    const wic = await lead.get<BoardRow[]>(`/api/attendances?siteId=${WIC}`);
    expect(wic.body.some((row) => row.attendance.id === AMELIA.attendanceId)).toBe(true);
  });

  it('reads one attendance with its patient and site; another site’s is refused', async () => {
    const response = await sam.get<{ attendance: Attendance; patient: Patient; site: { id: string } }>(
      `/api/attendances/${OLIVER.attendanceId}`,
    );
    expect(response.status).toBe(200);
    expect(response.body.patient.id).toBe(OLIVER.patientId);
    expect(response.body.site.id).toBe(MIU);
    expect((await jordan.get(`/api/attendances/${OLIVER.attendanceId}`)).status).toBe(403);
    expect((await sam.get('/api/attendances/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('updates status and outcome; left-before-seen and its outcome go together; a repeat changes nothing', async () => {
    const body = newAttendanceBody(RUBY.patientId);
    await sam.post('/api/attendances', body);
    const left = await sam.patch<Attendance>(`/api/attendances/${body.id}`, { leftBeforeSeen: true });
    expect(left.body).toMatchObject({ leftBeforeSeen: true, outcome: 'left-before-complete' });
    const updatedAt = left.body.updatedAt;
    server.clock.advance(5);
    const again = await sam.patch<Attendance>(`/api/attendances/${body.id}`, { leftBeforeSeen: true });
    expect(again.body.updatedAt).toBe(updatedAt);
    const discharged = await sam.patch<Attendance>(`/api/attendances/${body.id}`, {
      outcome: 'discharged',
      status: 'completed',
    });
    expect(discharged.body).toMatchObject({
      leftBeforeSeen: false,
      outcome: 'discharged',
      status: 'completed',
    });
    const empty = await sam.patch<ErrorBody>(`/api/attendances/${body.id}`, {});
    expect(empty.status).toBe(400);
  });
});
