import { afterAll, describe, expect, it } from 'vitest';
import type { Draft } from '../records/drafts.ts';
import type { ErrorBody } from '../errors.ts';
import type { TestClient } from '../test/client.ts';
import { DANIEL, OLIVER, RUBY } from '../test/fixtures.ts';
import { countRows, startTestServer, type TestServer } from '../test/server.ts';
import { beforeAllOrFailEach, dialects } from '../test/storage.ts';

interface Suggestions {
  suggestions: { id: string; requirement: string; reason: string; available: boolean }[];
  available: string[];
  context: {
    patient: { dateOfBirth: string; sex: string };
    attendance: { arrivedAt: string; providerId: string; departmentType: string; reasons?: string[] };
    priorAttendances?: unknown[];
  };
}

describe.each(dialects)('drafts and suggestions (%s)', (dialect) => {
  let server: TestServer;
  let sam: TestClient;
  const path = `/api/attendances/${RUBY.attendanceId}/drafts/paediatric-triage`;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
    sam = await server.as('sam.carter');
  });
  afterAll(() => server?.close());

  it('saves answers and the statechart snapshot, and resumes them from another browser', async () => {
    const saved = await sam.put<Draft>(path, {
      answers: { accompaniedBy: 'parent' },
      snapshot: { value: 'whoAndChecks' },
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      version: 1,
      answers: { accompaniedBy: 'parent' },
      snapshot: { value: 'whoAndChecks' },
    });
    const otherBrowser = await server.as('sam.carter');
    const resumed = await otherBrowser.get<Draft>(path);
    expect(resumed.body).toEqual(saved.body);
    const list = await otherBrowser.get<Draft[]>(`/api/attendances/${RUBY.attendanceId}/drafts`);
    expect(list.body.map((d) => d.proformaId)).toEqual(['paediatric-triage']);
    const attendance = await sam.get<{ attendance: { status: string } }>(
      `/api/attendances/${RUBY.attendanceId}`,
    );
    expect(attendance.body.attendance.status).toBe('forms-in-progress');
  });

  it('applies a retried save once (no new version) and refuses a save from a stale window', async () => {
    const body = { answers: { accompaniedBy: 'other-relative' }, snapshot: null, baseVersion: 1 };
    const first = await sam.put<Draft>(path, body);
    server.clock.advance(1);
    const retry = await sam.put<Draft>(path, body);
    expect(first.body.version).toBe(2);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const stale = await sam.put<ErrorBody>(path, { answers: { accompaniedBy: 'parent' }, baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toContain('version 2');
    expect((await sam.get<Draft>(path)).body.answers).toEqual({ accompaniedBy: 'other-relative' });
  });

  it('validates answers with the proforma’s own schema: field-level messages, nothing written', async () => {
    const before = await sam.get<Draft>(path);
    const response = await sam.put<ErrorBody>(path, {
      answers: { accompaniedBy: 'giraffe', notAQuestion: 1 },
    });
    expect(response.status).toBe(400);
    const fields = response.body.issues?.map((i) => i.field).sort();
    expect(fields).toEqual(['answers.accompaniedBy', 'answers.notAQuestion']);
    expect(response.body.issues?.find((i) => i.field === 'answers.notAQuestion')?.message).toContain(
      'not a question',
    );
    expect((await sam.get<Draft>(path)).body).toEqual(before.body);
  });

  it('answers 404 for an unknown proforma or attendance, and for a draft not yet started', async () => {
    expect(
      (await sam.put(`/api/attendances/${RUBY.attendanceId}/drafts/no-such-form`, { answers: {} })).status,
    ).toBe(404);
    expect((await sam.get(`/api/attendances/00000000-0000-4000-8000-000000000000/drafts`)).status).toBe(404);
    expect((await sam.get(`/api/attendances/${OLIVER.attendanceId}/drafts/cse`)).status).toBe(404);
    const before = await countRows(server.storage, 'drafts');
    expect((await sam.put(`/api/attendances/${RUBY.attendanceId}/drafts/cse`, { answers: [] })).status).toBe(
      400,
    );
    expect(await countRows(server.storage, 'drafts')).toBe(before);
  });

  it('suggests the proformas an attendance needs, with reasons (core suggestProformas)', async () => {
    const child = await sam.get<Suggestions>(`/api/attendances/${OLIVER.attendanceId}/suggestions`);
    expect(child.status).toBe(200);
    const required = child.body.suggestions.filter((s) => s.requirement === 'required').map((s) => s.id);
    expect(required).toEqual(['paediatric-triage', 'frequent-attender']);
    expect(child.body.available).toContain('paediatric-triage');
    const adult = await sam.get<Suggestions>(`/api/attendances/${DANIEL.attendanceId}/suggestions`);
    expect(adult.body.suggestions.find((s) => s.id === 'hidden-harm')?.requirement).toBe('required');
    expect(adult.body.suggestions.some((s) => s.id === 'paediatric-triage')).toBe(false);
  });

  it('gives the assessment context core was given (no registry history), so the browser runs the forms on it', async () => {
    const child = await sam.get<Suggestions>(`/api/attendances/${OLIVER.attendanceId}/suggestions`);
    const record = await sam.get<{
      attendance: { arrivedAt: string };
      patient: { dateOfBirth: string; sex: string };
    }>(`/api/attendances/${OLIVER.attendanceId}`);
    expect(child.body.context.patient).toEqual({
      dateOfBirth: record.body.patient.dateOfBirth,
      sex: record.body.patient.sex,
    });
    expect(child.body.context.attendance.arrivedAt).toBe(record.body.attendance.arrivedAt);
    expect(child.body.context.attendance.providerId).toBe('ZZC');
    expect(child.body.context.attendance.departmentType).toBe('03');
    expect(child.body.context.priorAttendances).toBeUndefined();
  });
});
