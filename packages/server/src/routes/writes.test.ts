import { afterAll, describe, expect, it } from 'vitest';
import type { Storage } from '../db/dialect.ts';
import type { TestClient } from '../test/client.ts';
import { newDocumentBody, RUBY } from '../test/fixtures.ts';
import { newId, startTestServer, type TestServer } from '../test/server.ts';
import { beforeAllOrFailEach, dialects } from '../test/storage.ts';

const TABLES = [
  'patients',
  'attendances',
  'drafts',
  'assessments',
  'documents',
  'reviews',
  'audit_log',
  'sessions',
] as const;

/** Every row of every table that a request could write. */
const snapshot = async (storage: Storage) =>
  JSON.stringify(
    await Promise.all(TABLES.map((table) => storage.db.selectFrom(table).selectAll().execute())),
  );

const documentId = newId();
const a = RUBY.attendanceId;
const WRITES: [method: string, path: string][] = [
  ['POST', '/api/auth/sign-in'],
  ['PUT', '/api/auth/site'],
  ['POST', '/api/patients'],
  ['POST', '/api/attendances'],
  ['PATCH', `/api/attendances/${a}`],
  ['PUT', `/api/attendances/${a}/drafts/paediatric-triage`],
  ['POST', `/api/attendances/${a}/assessments`],
  ['PUT', `/api/documents/${documentId}`],
  ['POST', `/api/documents/${documentId}/status`],
  ['POST', `/api/review/${a}`],
];

describe.each(dialects)('malformed and oversized bodies on every write (%s)', (dialect) => {
  let server: TestServer;
  let lead: TestClient;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
    lead = await server.as('lee.morgan');
    expect((await lead.put(`/api/documents/${documentId}`, newDocumentBody(a))).status).toBe(201);
  });
  afterAll(() => server?.close());

  const headers = { 'content-type': 'application/json' };
  for (const [method, path] of WRITES) {
    it(`${method} ${path.replace(/[0-9a-f-]{36}/g, ':id')}: malformed JSON is a 400, an oversized body a 413, and nothing is written`, async () => {
      const before = await snapshot(server.storage);
      const malformed = await lead.request(method, path, { raw: '{"answers": {', headers });
      expect(malformed.status).toBe(400);
      expect(malformed.body).toEqual({ error: 'The request body is not valid JSON.' });
      const oversized = await lead.request(method, path, {
        raw: JSON.stringify({ text: 'x'.repeat(600 * 1024) }),
        headers,
      });
      expect(oversized.status).toBe(413);
      const wrongShape = await lead.request(method, path, { raw: '[1, 2, 3]', headers });
      expect(wrongShape.status).toBe(400);
      expect(await snapshot(server.storage)).toBe(before);
    });
  }
});
