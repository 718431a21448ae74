import { afterAll, describe, expect, it } from 'vitest';
import type { SignedAssessment } from './records/assessments.ts';
import { SEED_PATIENTS } from './db/seed/patients.ts';
import { seedId } from './db/seed/seed.ts';
import { SERVER_ERROR_MESSAGE, type ErrorBody } from './errors.ts';
import type { TestClient } from './test/client.ts';
import { MIU, newDocumentBody, newPatientBody, RUBY } from './test/fixtures.ts';
import { newId, startTestServer, type TestServer } from './test/server.ts';
import { beforeAllOrFailEach, dialects } from './test/storage.ts';

interface AuditPage {
  entries: {
    id: number;
    at: string;
    action: string;
    resource: string;
    resourceId: string | null;
    patientId: string | null;
    nhsNumber: string | null;
    siteId: string | null;
    user: { username: string } | null;
  }[];
  nextBefore: number | null;
}

const auditRowsFor = (server: TestServer, patientId: string) =>
  server.storage.db
    .selectFrom('audit_log')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('id')
    .execute();

describe.each(dialects)('audit and logging (%s)', (dialect) => {
  let server: TestServer;
  let sam: TestClient;
  let lead: TestClient;
  let admin: TestClient;
  const ids = { assessment: '', document: newId() };
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
    sam = await server.as('sam.carter');
    lead = await server.as('lee.morgan');
    admin = await server.as('casey.admin');
    await sam.put(`/api/attendances/${RUBY.attendanceId}/drafts/paediatric-triage`, { answers: {} });
    const signed = await sam.post<SignedAssessment>(`/api/attendances/${RUBY.attendanceId}/assessments`, {
      id: newId(),
      answers: { 'paediatric-triage': {} },
    });
    ids.assessment = signed.body.id;
    await sam.put(`/api/documents/${ids.document}`, newDocumentBody(RUBY.attendanceId));
  });
  afterAll(() => server?.close());

  const a = RUBY.attendanceId;
  const reads: [string, () => TestClient, string][] = [
    ['search by NHS number', () => sam, `/api/patients?nhsNumber=${RUBY.nhsNumber}`],
    ['read the patient', () => sam, `/api/patients/${RUBY.patientId}`],
    ['the board', () => sam, '/api/attendances'],
    ['read the attendance', () => sam, `/api/attendances/${a}`],
    ['suggestions', () => sam, `/api/attendances/${a}/suggestions`],
    ['list drafts', () => sam, `/api/attendances/${a}/drafts`],
    ['read a draft', () => sam, `/api/attendances/${a}/drafts/paediatric-triage`],
    ['list assessments', () => sam, `/api/attendances/${a}/assessments`],
    ['list documents', () => sam, `/api/attendances/${a}/documents`],
    ['registry lookup', () => sam, `/api/registry/attendances?nhsNumber=${RUBY.nhsNumber}`],
    ['CP-IS lookup', () => sam, `/api/cpis?nhsNumber=${RUBY.nhsNumber}`],
    ['the review queue', () => lead, '/api/review'],
  ];

  for (const [name, client, path] of reads) {
    it(`every patient read leaves an audit row (who, when, what, which patient, which site): ${name}`, async () => {
      const before = (await auditRowsFor(server, RUBY.patientId)).length;
      server.clock.advance(1);
      const response = await client().get(path);
      expect(response.status).toBe(200);
      const rows = (await auditRowsFor(server, RUBY.patientId)).slice(before);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        at: server.clock.now().toISOString(),
        site_id: MIU,
        user_id: client() === lead ? seedId('user:lee.morgan') : seedId('user:sam.carter'),
      });
    });
  }

  it('audits reads of one assessment and one document by id', async () => {
    const before = (await auditRowsFor(server, RUBY.patientId)).length;
    await sam.get(`/api/assessments/${ids.assessment}`);
    await sam.get(`/api/documents/${ids.document}`);
    const rows = (await auditRowsFor(server, RUBY.patientId)).slice(before);
    expect(rows.map((r) => [r.action, r.resource, r.resource_id])).toEqual([
      ['read', 'assessment', ids.assessment],
      ['read', 'document', ids.document],
    ]);
  });

  it('audits every write in the same transaction as the write', async () => {
    const body = newPatientBody();
    await sam.post('/api/patients', body);
    const rows = await auditRowsFor(server, body.id);
    expect(rows.map((r) => [r.action, r.resource])).toEqual([['create', 'patient']]);
  });

  it('lets the admin search the log by patient (id or NHS number) and by user, page by page', async () => {
    const byPatient = await admin.get<AuditPage>(`/api/audit?patientId=${RUBY.patientId}&limit=5`);
    expect(byPatient.status).toBe(200);
    expect(byPatient.body.entries).toHaveLength(5);
    expect(
      byPatient.body.entries.every((e) => e.patientId === RUBY.patientId && e.nhsNumber === RUBY.nhsNumber),
    ).toBe(true);
    const ids = byPatient.body.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    const next = await admin.get<AuditPage>(
      `/api/audit?patientId=${RUBY.patientId}&limit=5&before=${byPatient.body.nextBefore}`,
    );
    expect(next.body.entries[0]?.id).toBeLessThan(ids.at(-1) ?? 0);
    const byNhs = await admin.get<AuditPage>(`/api/audit?nhsNumber=${RUBY.nhsNumber}&limit=5`);
    // The admin's own searches of this patient's record are in it too.
    expect(byNhs.body.entries.every((e) => e.patientId === RUBY.patientId)).toBe(true);
    expect(byNhs.body.entries.slice(0, 2).map((e) => e.action)).toEqual(['audit-search', 'audit-search']);
    const byUser = await admin.get<AuditPage>('/api/audit?username=lee.morgan');
    expect(byUser.body.entries.length).toBeGreaterThan(0);
    expect(byUser.body.entries.every((e) => e.user?.username === 'lee.morgan')).toBe(true);
    expect(byUser.body.entries.some((e) => e.action === 'sign-in')).toBe(true);
    const unknown = await admin.get<AuditPage>('/api/audit?nhsNumber=9990033315');
    expect(unknown.body).toEqual({ entries: [], nextBefore: null });
    const mine = await admin.get<AuditPage>('/api/audit?username=casey.admin&limit=1');
    expect(mine.body.entries[0]?.action).toBe('audit-search');
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await expect(
      server.storage.db.updateTable('audit_log').set({ action: 'read' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(server.storage.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });

  it('logs method, route template, status and duration only: no patient data in any log line', async () => {
    const lines = server.logger.lines;
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines)
      expect(Object.keys(JSON.parse(line) as object).sort()).toEqual([
        'durationMs',
        'method',
        'route',
        'status',
      ]);
    const text = lines.join('\n');
    for (const patient of SEED_PATIENTS) {
      expect(text).not.toContain(patient.nhsNumber);
      expect(text).not.toContain(patient.familyName);
    }
    expect(text).not.toContain(RUBY.patientId);
    expect(text).toContain('"route":"/api/patients/:id"');
    expect(text).toContain('"route":"/api/attendances/:id/drafts/:proformaId"');
  });
});

describe.each(dialects)('errors never reach a client or a log line (%s)', (dialect) => {
  let server: TestServer;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(
      dialect,
      {},
      {
        registry: {
          attendances: () => Promise.reject(new Error(`Registry failed for 9990010005 Ruby Ashworth`)),
        },
      },
    );
  });
  afterAll(() => server?.close());

  it('answers an unexpected failure with a plain 500: no message, no stack trace', async () => {
    const sam = await server.as('sam.carter');
    const response = await sam.get<ErrorBody>(`/api/registry/attendances?nhsNumber=${RUBY.nhsNumber}`);
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ error: SERVER_ERROR_MESSAGE });
    const last = server.logger.lines.at(-1) ?? '';
    expect(JSON.parse(last)).toMatchObject({
      method: 'GET',
      route: '/api/registry/attendances',
      status: 500,
    });
    expect(server.logger.lines.join('\n')).not.toMatch(/9990010005|Ashworth|Registry failed/);
  });
});
