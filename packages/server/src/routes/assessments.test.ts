import { afterAll, describe, expect, it } from 'vitest';
import type { SignedAssessment } from '../records/assessments.ts';
import type { ErrorBody } from '../errors.ts';
import type { TestClient } from '../test/client.ts';
import { OLIVER, RUBY } from '../test/fixtures.ts';
import { countRows, newId, startTestServer, type TestServer } from '../test/server.ts';
import { beforeAllOrFailEach, dialects } from '../test/storage.ts';

describe.each(dialects)('signed assessments (%s)', (dialect) => {
  let server: TestServer;
  let sam: TestClient;
  const oliver = `/api/attendances/${OLIVER.attendanceId}/assessments`;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
    sam = await server.as('sam.carter');
  });
  afterAll(() => server?.close());

  it('signs with core assessEncounter, adding the registry’s cross-site history (FA3 for a child seen at three sites)', async () => {
    const response = await sam.post<SignedAssessment>(oliver, {
      id: newId(),
      answers: { 'paediatric-triage': {}, 'frequent-attender': {} },
      signedBy: { name: 'Sam Carter', role: 'Emergency nurse practitioner' },
    });
    expect(response.status).toBe(201);
    const fa = response.body.result.forms['frequent-attender'];
    expect(fa?.detail).toMatchObject({ faLevel: 'FA3', n12: 4, n6: 4, providers12: 3 });
    expect(response.body).toMatchObject({
      version: 1,
      history: 'registry',
      signedBy: { name: 'Sam Carter' },
    });
    expect(response.body.context.priorAttendances).toHaveLength(3);
    expect(response.body.actions.map((a) => a.code)).toEqual(response.body.result.actions);
    expect(response.body.actions.every((a) => typeof a.label === 'string' && a.label.length > 0)).toBe(true);
    const attendance = await sam.get<{ attendance: { level: string; status: string } }>(
      `/api/attendances/${OLIVER.attendanceId}`,
    );
    expect(attendance.body.attendance).toMatchObject({ level: response.body.level, status: 'outcome' });
  });

  it('records FA-U when the history could not be checked', async () => {
    const response = await sam.post<SignedAssessment>(oliver, {
      id: newId(),
      answers: { 'frequent-attender': {} },
      history: 'unavailable',
    });
    expect(response.status).toBe(201);
    expect(response.body.context.priorAttendances).toBeUndefined();
    expect(response.body.result.forms['frequent-attender']?.firedRules).toContain('FA-U');
    expect(response.body.version).toBe(2);
    expect(response.body.signedBy.name).toBe('Sam Carter');
  });

  it('applies a retried sign-off once; a different record under the same id is a 409', async () => {
    const body = { id: newId(), answers: { 'paediatric-triage': {} } };
    const path = `/api/attendances/${RUBY.attendanceId}/assessments`;
    const before = await countRows(server.storage, 'assessments');
    const first = await sam.post<SignedAssessment>(path, body);
    server.clock.advance(2);
    const retry = await sam.post<SignedAssessment>(path, body);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.body).toEqual(first.body);
    expect(await countRows(server.storage, 'assessments')).toBe(before + 1);
    expect((await sam.post(path, { ...body, history: 'unavailable' })).status).toBe(409);
    expect((await sam.post(oliver, body)).status).toBe(409);
    expect(await countRows(server.storage, 'assessments')).toBe(before + 1);
  });

  it('keeps every version, readable by id; the database refuses to change or delete one', async () => {
    const list = await sam.get<SignedAssessment[]>(oliver);
    expect(list.body.map((a) => a.version)).toEqual([1, 2]);
    const [first] = list.body;
    const one = await sam.get<SignedAssessment>(`/api/assessments/${first?.id}`);
    expect(one.body).toEqual(first);
    await expect(
      server.storage.db
        .updateTable('assessments')
        .set({ level: 'NO_CONCERN' })
        .where('id', '=', first?.id ?? '')
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(server.storage.db.deleteFrom('assessments').execute()).rejects.toThrow(/append-only/);
  });

  it('refuses invalid answers with field-level messages, naming the form; nothing is written', async () => {
    const before = await countRows(server.storage, 'assessments');
    const response = await sam.post<ErrorBody>(oliver, {
      id: newId(),
      answers: {
        'paediatric-triage': { accompaniedBy: 'giraffe' },
        'frequent-attender': { notAQuestion: 'x' },
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.issues?.map((i) => i.field).sort()).toEqual([
      'answers.frequent-attender.notAQuestion',
      'answers.paediatric-triage.accompaniedBy',
    ]);
    const none = await sam.post<ErrorBody>(oliver, { id: newId(), answers: {} });
    expect(none.body.issues).toEqual([
      { field: 'answers', message: 'Give the answers of at least one proforma.' },
    ]);
    const unknownForm = await sam.post<ErrorBody>(oliver, { id: newId(), answers: { 'no-such-form': {} } });
    expect(unknownForm.status).toBe(400);
    expect(await countRows(server.storage, 'assessments')).toBe(before);
  });

  it('answers 404 for an unknown assessment', async () => {
    expect((await sam.get('/api/assessments/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
