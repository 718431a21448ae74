import type { AttendanceRecord } from '@proformas/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../errors.ts';
import type { CpisResult } from '../ports/cpis.ts';
import { attendanceRecordSchema } from '../schemas.ts';
import type { TestClient } from '../test/client.ts';
import { OLIVER } from '../test/fixtures.ts';
import { startTestServer, type TestServer } from '../test/server.ts';
import { beforeAllOrFailEach, dialects } from '../test/storage.ts';

const HARRY = '9990011486';

describe.each(dialects)('registry and CP-IS lookups (%s)', (dialect) => {
  let server: TestServer;
  let sam: TestClient;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
    sam = await server.as('sam.carter');
  });
  afterAll(() => server?.close());

  it('returns AttendanceRecord[] across every site, newest first, without the current attendance', async () => {
    const response = await sam.get<AttendanceRecord[]>(
      `/api/registry/attendances?nhsNumber=${OLIVER.nhsNumber}&excludeAttendanceId=${OLIVER.attendanceId}`,
    );
    expect(response.status).toBe(200);
    for (const record of response.body) expect(attendanceRecordSchema.parse(record)).toEqual(record);
    expect(response.body.map((r) => [r.providerId, r.departmentType, r.source])).toEqual([
      ['ZZC', '03', 'local'],
      ['ZZU', '04', 'shared-record'],
      ['ZZG', '01', 'shared-record'],
    ]);
    expect(response.body.map((r) => r.arrivedAt)).toEqual([
      '2025-02-12T10:00:00.000Z',
      '2024-12-04T10:00:00.000Z',
      '2024-10-05T09:00:00.000Z',
    ]);
    const withToday = await sam.get<AttendanceRecord[]>(
      `/api/registry/attendances?nhsNumber=${OLIVER.nhsNumber}`,
    );
    expect(withToday.body.map((r) => r.id)).toContain(OLIVER.attendanceId);
  });

  it('takes the window as London dates or instants (the frequent-attender lookup sends a date and the arrival)', async () => {
    const days = (records: AttendanceRecord[]) => records.map((r) => r.arrivedAt.slice(0, 10));
    // Harry: visits on days −365, −364 and −30, and one today at 13:25.
    const year = await sam.get<AttendanceRecord[]>(
      `/api/registry/attendances?nhsNumber=${HARRY}&from=2024-03-04&to=2025-03-04T14:00:00Z`,
    );
    expect(days(year.body)).toEqual(['2025-03-04', '2025-02-02', '2024-03-05', '2024-03-04']);
    const fromDate = await sam.get<AttendanceRecord[]>(
      `/api/registry/attendances?nhsNumber=${HARRY}&from=2024-03-05&to=2025-03-04`,
    );
    expect(days(fromDate.body)).toEqual(['2025-03-04', '2025-02-02', '2024-03-05']);
    const beforeToday = await sam.get<AttendanceRecord[]>(
      `/api/registry/attendances?nhsNumber=${HARRY}&from=2024-03-05T00:00:00Z&to=2025-03-04T13:00:00Z`,
    );
    expect(days(beforeToday.body)).toEqual(['2025-02-02', '2024-03-05']);
    const byDefault = await sam.get<AttendanceRecord[]>(`/api/registry/attendances?nhsNumber=${HARRY}`);
    expect(days(byDefault.body)).toEqual(['2025-03-04', '2025-02-02', '2024-03-05']);
    const none = await sam.get<AttendanceRecord[]>('/api/registry/attendances?nhsNumber=9990033315');
    expect(none.body).toEqual([]);
  });

  it('refuses an invalid NHS number or window, with field-level messages', async () => {
    const bad = await sam.get<ErrorBody>('/api/registry/attendances?nhsNumber=1234567890');
    expect(bad.status).toBe(400);
    expect(bad.body.issues?.[0]?.field).toBe('nhsNumber');
    const backwards = await sam.get<ErrorBody>(
      `/api/registry/attendances?nhsNumber=${HARRY}&from=2025-03-04&to=2025-01-01`,
    );
    expect(backwards.body.issues).toEqual([{ field: 'from', message: '"from" must not be after "to".' }]);
    const garbled = await sam.get<ErrorBody>(`/api/registry/attendances?nhsNumber=${HARRY}&from=yesterday`);
    expect(garbled.body.issues?.[0]?.field).toBe('from');
  });

  it('serves synthetic CP-IS flags, every answer labelled simulated', async () => {
    const plan = await sam.get<CpisResult>('/api/cpis?nhsNumber=9990013330');
    expect(plan.body).toMatchObject({
      source: 'simulated',
      label: expect.stringContaining('Simulated'),
      status: 'cpp',
      localAuthority: expect.stringContaining('Exampleton'),
      since: '2024-11-02',
    });
    expect((await sam.get<CpisResult>('/api/cpis?nhsNumber=9990013705')).body.status).toBe('lac');
    expect((await sam.get<CpisResult>('/api/cpis?nhsNumber=9990014078')).body.status).toBe('unborn-cpp');
    const none = await sam.get<CpisResult>(`/api/cpis?nhsNumber=${OLIVER.nhsNumber}`);
    expect(none.body).toMatchObject({ source: 'simulated', status: 'none' });
    const outage = await sam.get<CpisResult>('/api/cpis?nhsNumber=9990014442');
    expect(outage.body).toMatchObject({
      source: 'simulated',
      status: 'not-available',
      message: expect.stringContaining('could not be checked'),
    });
    expect((await sam.get('/api/cpis?nhsNumber=999')).status).toBe(400);
  });
});
