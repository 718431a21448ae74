import { afterAll, describe, expect, it } from 'vitest';
import type { SignedAssessment } from '../records/assessments.ts';
import { PLACEHOLDER, type SafeguardingDocument } from '../records/documents.ts';
import type { ErrorBody } from '../errors.ts';
import type { TestClient } from '../test/client.ts';
import { DANIEL, newDocumentBody, OLIVER, RUBY } from '../test/fixtures.ts';
import { countRows, newId, startTestServer, type TestServer } from '../test/server.ts';
import { beforeAllOrFailEach, dialects } from '../test/storage.ts';

describe.each(dialects)('referral and notification documents (%s)', (dialect) => {
  let server: TestServer;
  let sam: TestClient;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
    sam = await server.as('sam.carter');
  });
  afterAll(() => server?.close());

  it('stores a draft, applies a retried save once, and versions each change', async () => {
    const id = newId();
    const body = newDocumentBody(RUBY.attendanceId, { metadata: { generator: 'core', fields: ['child'] } });
    const created = await sam.put<SafeguardingDocument>(`/api/documents/${id}`, body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      version: 1,
      sensitivity: null,
      reference: null,
      kind: 'notification',
    });
    server.clock.advance(1);
    const retry = await sam.put<SafeguardingDocument>(`/api/documents/${id}`, {
      ...body,
      metadata: { fields: ['child'], generator: 'core' },
    });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(created.body);
    const edited = await sam.put<SafeguardingDocument>(`/api/documents/${id}`, {
      ...body,
      text: 'Edited text.',
    });
    expect(edited.body).toMatchObject({ version: 2, text: 'Edited text.' });
    const list = await sam.get<SafeguardingDocument[]>(`/api/attendances/${RUBY.attendanceId}/documents`);
    expect(list.body.map((d) => d.id)).toContain(id);
  });

  it('marks a draft sent with a reference or not sent with a reason; a final status is not changed again', async () => {
    const sent = newId();
    await sam.put(`/api/documents/${sent}`, newDocumentBody(RUBY.attendanceId));
    const marked = await sam.post<SafeguardingDocument>(`/api/documents/${sent}/status`, {
      status: 'sent',
      reference: 'MASH-2025-0042',
    });
    expect(marked.body).toMatchObject({
      status: 'sent',
      reference: 'MASH-2025-0042',
      statusAt: expect.any(String),
      version: 2,
    });
    const retry = await sam.post<SafeguardingDocument>(`/api/documents/${sent}/status`, {
      status: 'sent',
      reference: 'MASH-2025-0042',
    });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(marked.body);
    expect(
      (await sam.post(`/api/documents/${sent}/status`, { status: 'not-sent', reason: 'Changed my mind' }))
        .status,
    ).toBe(409);
    expect(
      (await sam.post(`/api/documents/${sent}/status`, { status: 'sent', reference: 'OTHER' })).status,
    ).toBe(409);
    expect(
      (await sam.put(`/api/documents/${sent}`, newDocumentBody(RUBY.attendanceId, { text: 'Late edit' })))
        .status,
    ).toBe(409);

    const notSent = newId();
    await sam.put(`/api/documents/${notSent}`, newDocumentBody(RUBY.attendanceId));
    const missingReason = await sam.post<ErrorBody>(`/api/documents/${notSent}/status`, {
      status: 'not-sent',
    });
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.issues?.[0]?.field).toBe('reason');
    const reasoned = await sam.post<SafeguardingDocument>(`/api/documents/${notSent}/status`, {
      status: 'not-sent',
      reason: 'The family has moved out of the area; the new GP was phoned instead.',
    });
    expect(reasoned.body).toMatchObject({
      status: 'not-sent',
      notSentReason: expect.stringContaining('moved'),
    });
  });

  it('will not mark sent a document that still holds the "not recorded" placeholder', async () => {
    const id = newId();
    await sam.put(
      `/api/documents/${id}`,
      newDocumentBody(RUBY.attendanceId, { text: `Who knows. ${PLACEHOLDER}` }),
    );
    const response = await sam.post<ErrorBody>(`/api/documents/${id}/status`, {
      status: 'sent',
      reference: 'X1',
    });
    expect(response.status).toBe(409);
    expect((await sam.get<SafeguardingDocument>(`/api/documents/${id}`)).body.status).toBe('draft');
  });

  it('applies the sensitivity mark to every document of a hidden-harm encounter, and never removes it', async () => {
    const signed = await sam.post<SignedAssessment>(`/api/attendances/${DANIEL.attendanceId}/assessments`, {
      id: newId(),
      answers: { 'hidden-harm': {} },
    });
    expect(signed.status).toBe(201);
    const id = newId();
    const body = newDocumentBody(DANIEL.attendanceId, {
      assessmentId: signed.body.id,
      kind: 'mash-referral',
      recipient: 'MASH',
    });
    const saved = await sam.put<SafeguardingDocument>(`/api/documents/${id}`, body);
    expect(saved.body.sensitivity).toBe('safeguarding-third-party');
    const remove = await sam.put<ErrorBody>(`/api/documents/${id}`, { ...body, sensitivity: null });
    expect(remove.status).toBe(400);
    expect(remove.body.issues?.[0]?.field).toBe('sensitivity');

    const other = newId();
    const added = await sam.put<SafeguardingDocument>(
      `/api/documents/${other}`,
      newDocumentBody(RUBY.attendanceId, { sensitivity: 'safeguarding-third-party' }),
    );
    expect(added.body.sensitivity).toBe('safeguarding-third-party');
    const omitted = await sam.put<SafeguardingDocument>(
      `/api/documents/${other}`,
      newDocumentBody(RUBY.attendanceId, { text: 'New text' }),
    );
    expect(omitted.body.sensitivity).toBe('safeguarding-third-party');
  });

  it('refuses an assessment of another attendance, an id of another attendance’s document, and unknown ids', async () => {
    const signed = await sam.post<SignedAssessment>(`/api/attendances/${OLIVER.attendanceId}/assessments`, {
      id: newId(),
      answers: { 'paediatric-triage': {} },
    });
    const before = await countRows(server.storage, 'documents');
    const wrong = await sam.put<ErrorBody>(
      `/api/documents/${newId()}`,
      newDocumentBody(RUBY.attendanceId, { assessmentId: signed.body.id }),
    );
    expect(wrong.status).toBe(400);
    const id = newId();
    await sam.put(`/api/documents/${id}`, newDocumentBody(RUBY.attendanceId));
    expect((await sam.put(`/api/documents/${id}`, newDocumentBody(OLIVER.attendanceId))).status).toBe(409);
    expect((await sam.get(`/api/documents/${newId()}`)).status).toBe(404);
    expect(
      (await sam.post(`/api/documents/${newId()}/status`, { status: 'sent', reference: 'R' })).status,
    ).toBe(404);
    const badKind = await sam.put<ErrorBody>(
      `/api/documents/${newId()}`,
      newDocumentBody(RUBY.attendanceId, { kind: 'letter' }),
    );
    expect(badKind.body.issues?.[0]?.field).toBe('kind');
    expect(await countRows(server.storage, 'documents')).toBe(before + 1);
  });
});
