import { afterAll, describe, expect, it } from 'vitest';
import { API_CONTENT_SECURITY_POLICY } from '../headers.ts';
import { beforeAllOrFailEach, dialects } from '../test/storage.ts';
import { startTestServer, type TestServer } from '../test/server.ts';

describe.each(dialects)('health and headers (%s)', (dialect) => {
  let server: TestServer;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  it('answers 200 with the storage dialect and the migration version', async () => {
    const response = await server.anonymous().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      dialect,
      migration: { version: '003_audit_log', applied: 3, pending: 0 },
    });
  });

  it('sets a strict Content-Security-Policy and the other security headers on every response', async () => {
    for (const path of ['/api/health', '/api/patients', '/api/no-such-thing']) {
      const response = await server.anonymous().get(path);
      expect(response.headers.get('content-security-policy')).toBe(API_CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    }
  });

  it('answers an unknown address with a JSON 404', async () => {
    const response = await server.anonymous().get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: 'There is no such address in this API.' });
  });
});
