import { afterAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test/client.ts';
import { MIU, newAttendanceBody, newDocumentBody, newPatientBody, RUBY } from '../test/fixtures.ts';
import { newId, startTestServer, USER_FOR_ROLE, type Role, type TestServer } from '../test/server.ts';
import { beforeAllOrFailEach, dialects } from '../test/storage.ts';

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['anonymous', 'clinician', 'safeguarding-lead', 'admin'];
const CLINICAL: Role[] = ['clinician', 'safeguarding-lead'];

interface Endpoint {
  name: string;
  allowed: readonly Role[];
  call: (client: TestClient) => Promise<{ status: number }>;
}

/** Every endpoint, and who may call it; anything else is refused (401 signed out, 403 by role). */
const endpoints = (ids: { assessmentId: string; documentId: string }): Endpoint[] => {
  const a = RUBY.attendanceId;
  return [
    {
      name: 'GET /api/auth/me',
      allowed: ['clinician', 'safeguarding-lead', 'admin'],
      call: (c) => c.get('/api/auth/me'),
    },
    {
      name: 'GET /api/sites',
      allowed: ['clinician', 'safeguarding-lead', 'admin'],
      call: (c) => c.get('/api/sites'),
    },
    { name: 'PUT /api/auth/site', allowed: CLINICAL, call: (c) => c.put('/api/auth/site', { siteId: MIU }) },
    {
      name: 'GET /api/patients',
      allowed: CLINICAL,
      call: (c) => c.get(`/api/patients?nhsNumber=${RUBY.nhsNumber}`),
    },
    { name: 'POST /api/patients', allowed: CLINICAL, call: (c) => c.post('/api/patients', newPatientBody()) },
    {
      name: 'GET /api/patients/:id',
      allowed: CLINICAL,
      call: (c) => c.get(`/api/patients/${RUBY.patientId}`),
    },
    {
      name: 'POST /api/attendances',
      allowed: CLINICAL,
      call: (c) => c.post('/api/attendances', newAttendanceBody(RUBY.patientId)),
    },
    { name: 'GET /api/attendances', allowed: CLINICAL, call: (c) => c.get('/api/attendances') },
    { name: 'GET /api/attendances/:id', allowed: CLINICAL, call: (c) => c.get(`/api/attendances/${a}`) },
    {
      name: 'PATCH /api/attendances/:id',
      allowed: CLINICAL,
      call: (c) => c.patch(`/api/attendances/${a}`, { status: 'in-triage' }),
    },
    { name: 'GET …/suggestions', allowed: CLINICAL, call: (c) => c.get(`/api/attendances/${a}/suggestions`) },
    {
      name: 'PUT …/drafts/:proformaId',
      allowed: CLINICAL,
      call: (c) => c.put(`/api/attendances/${a}/drafts/paediatric-triage`, { answers: {} }),
    },
    { name: 'GET …/drafts', allowed: CLINICAL, call: (c) => c.get(`/api/attendances/${a}/drafts`) },
    {
      name: 'GET …/drafts/:proformaId',
      allowed: CLINICAL,
      call: (c) => c.get(`/api/attendances/${a}/drafts/paediatric-triage`),
    },
    {
      name: 'POST …/assessments',
      allowed: CLINICAL,
      call: (c) =>
        c.post(`/api/attendances/${a}/assessments`, { id: newId(), answers: { 'paediatric-triage': {} } }),
    },
    { name: 'GET …/assessments', allowed: CLINICAL, call: (c) => c.get(`/api/attendances/${a}/assessments`) },
    {
      name: 'GET /api/assessments/:id',
      allowed: CLINICAL,
      call: (c) => c.get(`/api/assessments/${ids.assessmentId}`),
    },
    {
      name: 'PUT /api/documents/:id',
      allowed: CLINICAL,
      call: (c) => c.put(`/api/documents/${newId()}`, newDocumentBody(a)),
    },
    {
      name: 'GET /api/documents/:id',
      allowed: CLINICAL,
      call: (c) => c.get(`/api/documents/${ids.documentId}`),
    },
    {
      name: 'POST /api/documents/:id/status',
      allowed: CLINICAL,
      call: (c) => c.post(`/api/documents/${ids.documentId}/status`, { status: 'sent', reference: 'GP-123' }),
    },
    { name: 'GET …/documents', allowed: CLINICAL, call: (c) => c.get(`/api/attendances/${a}/documents`) },
    {
      name: 'GET /api/registry/attendances',
      allowed: CLINICAL,
      call: (c) => c.get(`/api/registry/attendances?nhsNumber=${RUBY.nhsNumber}`),
    },
    { name: 'GET /api/cpis', allowed: CLINICAL, call: (c) => c.get(`/api/cpis?nhsNumber=${RUBY.nhsNumber}`) },
    { name: 'GET /api/review', allowed: ['safeguarding-lead'], call: (c) => c.get('/api/review') },
    {
      name: 'POST /api/review/:attendanceId',
      allowed: ['safeguarding-lead'],
      call: (c) => c.post(`/api/review/${a}`, { id: newId(), note: 'Reviewed: no further action.' }),
    },
    { name: 'GET /api/audit', allowed: ['admin'], call: (c) => c.get('/api/audit') },
  ];
};

describe.each(dialects)('every endpoint × every role (%s)', (dialect) => {
  let server: TestServer;
  const clients = new Map<Caller, TestClient>();
  const ids = { assessmentId: newId(), documentId: newId() };

  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
    const anonymous = server.anonymous();
    await anonymous.fetchCsrf();
    clients.set('anonymous', anonymous);
    for (const role of ['clinician', 'safeguarding-lead', 'admin'] as const)
      clients.set(role, await server.as(USER_FOR_ROLE[role]));
    const lead = clients.get('safeguarding-lead');
    expect(
      (
        await lead?.post(`/api/attendances/${RUBY.attendanceId}/assessments`, {
          id: ids.assessmentId,
          answers: { 'paediatric-triage': {} },
        })
      )?.status,
    ).toBe(201);
    expect(
      (await lead?.put(`/api/documents/${ids.documentId}`, newDocumentBody(RUBY.attendanceId)))?.status,
    ).toBe(201);
  });
  afterAll(() => server?.close());

  for (const endpoint of endpoints(ids)) {
    for (const caller of CALLERS) {
      const allowed = caller !== 'anonymous' && endpoint.allowed.includes(caller);
      it(`${endpoint.name}: ${caller} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        const client = clients.get(caller);
        if (!client) throw new Error(`no client for ${caller}`);
        const { status } = await endpoint.call(client);
        if (allowed) expect(status).toBeGreaterThanOrEqual(200);
        if (allowed) expect(status).toBeLessThan(300);
        if (!allowed) expect(status).toBe(caller === 'anonymous' ? 401 : 403);
      });
    }
  }

  it('refuses clinicians the review queue and the audit log with a plain message', async () => {
    const clinician = clients.get('clinician');
    const review = await clinician?.get<{ error: string }>('/api/review');
    const audit = await clinician?.get<{ error: string }>('/api/audit');
    expect(review?.status).toBe(403);
    expect(audit?.status).toBe(403);
    expect(review?.body.error).toBe('Your role does not allow this.');
  });
});
