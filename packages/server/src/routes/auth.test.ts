import { afterAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../errors.ts';
import { TestClient } from '../test/client.ts';
import { MIU, newPatientBody, WIC } from '../test/fixtures.ts';
import { countRows, startTestServer, type TestServer } from '../test/server.ts';
import { beforeAllOrFailEach, dialects } from '../test/storage.ts';

interface Me {
  user: { username: string; role: string; displayName: string };
  site: { id: string } | null;
  sites: { id: string }[];
  csrfToken?: string;
}

describe.each(dialects)('sign-in, sessions and CSRF (%s)', (dialect) => {
  let server: TestServer;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect, { maxFailedSignIns: 3 });
  });
  afterAll(() => server?.close());

  it('signs in with a CSRF token, setting an httpOnly SameSite=Strict Secure session cookie', async () => {
    const client = server.anonymous();
    await client.fetchCsrf();
    const response = await client.request<Me>('POST', '/api/auth/sign-in', {
      json: { username: 'Sam.Carter', password: 'demo-miu-clinician' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      user: { username: 'sam.carter', role: 'clinician' },
      site: { id: MIU },
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('pf_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);
    const me = await client.get<Me>('/api/auth/me');
    expect(me.body.user.displayName).toBe('Sam Carter');
  });

  it('stores only a hash of the session token', async () => {
    const client = await server.as('sam.carter');
    const token = client.cookies.get('pf_session') ?? '';
    const rows = await server.storage.db.selectFrom('sessions').select('id').execute();
    expect(rows.some((r) => r.id === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
  });

  it('refuses sign-in without the CSRF token, or from another origin', async () => {
    const client = server.anonymous();
    const noToken = await client.post<ErrorBody>('/api/auth/sign-in', {
      username: 'sam.carter',
      password: 'demo-miu-clinician',
    });
    expect(noToken.status).toBe(403);
    await client.fetchCsrf();
    const crossSite = await client.request('POST', '/api/auth/sign-in', {
      json: { username: 'sam.carter', password: 'demo-miu-clinician' },
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const fetchMetadata = await client.request('POST', '/api/auth/sign-in', {
      json: { username: 'sam.carter', password: 'demo-miu-clinician' },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(fetchMetadata.status).toBe(403);
    const sameOrigin = await client.request('POST', '/api/auth/sign-in', {
      json: { username: 'sam.carter', password: 'demo-miu-clinician' },
      headers: { origin: 'http://localhost' },
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses a state-changing request without the session’s CSRF token, and writes nothing', async () => {
    const client = await server.as('sam.carter');
    const before = await countRows(server.storage, 'patients');
    const forged = await client.request<ErrorBody>('POST', '/api/patients', {
      json: newPatientBody(),
      csrf: false,
    });
    expect(forged.status).toBe(403);
    const wrong = await client.request('POST', '/api/patients', {
      json: newPatientBody(),
      headers: { 'x-csrf-token': 'guess' },
      csrf: false,
    });
    expect(wrong.status).toBe(403);
    expect(await countRows(server.storage, 'patients')).toBe(before);
    const other = await server.as('jordan.ellis');
    const borrowed = await client.request('POST', '/api/patients', {
      json: newPatientBody(),
      headers: { 'x-csrf-token': other.csrfToken },
      csrf: false,
    });
    expect(borrowed.status).toBe(403);
  });

  it('answers a wrong password or unknown user with one plain message, audited, then locks the username for a while', async () => {
    const client = server.anonymous();
    const wrong = await client.signIn('jordan.ellis', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ error: 'The username or password is not right.' });
    expect((await client.signIn('nobody.here', 'x')).body).toEqual(wrong.body);
    await client.signIn('jordan.ellis', 'still-wrong');
    await client.signIn('jordan.ellis', 'wrong-again');
    const locked = await client.signIn('jordan.ellis', 'demo-wic-clinician');
    expect(locked.status).toBe(429);
    const refused = await server.storage.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'sign-in-refused')
      .execute();
    expect(refused.length).toBeGreaterThanOrEqual(4);
    server.clock.advance(16);
    expect((await client.signIn('jordan.ellis', 'demo-wic-clinician')).status).toBe(200);
  });

  it('lets a user choose only a site they work at; the lead chooses among three', async () => {
    const lead = server.anonymous();
    const signedIn = await lead.signIn('lee.morgan', 'demo-safeguarding-lead');
    expect((signedIn.body as Me).site).toBeNull();
    expect((signedIn.body as Me).sites).toHaveLength(3);
    expect((await lead.get<ErrorBody>('/api/attendances')).status).toBe(409);
    const chosen = await lead.put<Me>('/api/auth/site', { siteId: WIC });
    expect(chosen.body.site?.id).toBe(WIC);
    const sam = await server.as('sam.carter');
    expect((await sam.put('/api/auth/site', { siteId: WIC })).status).toBe(403);
  });

  it('ends the session on sign-out, after an idle hour, and after the maximum length of a shift', async () => {
    const client = await server.as('sam.carter');
    expect((await client.post('/api/auth/sign-out', {})).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);

    const idle = await server.as('sam.carter');
    server.clock.advance(61);
    expect((await idle.get('/api/auth/me')).status).toBe(401);

    // Busy all shift (a request every 50 minutes): still signed in at 12.5 hours, out after 13.
    const busy = await server.as('sam.carter');
    for (let step = 0; step < 15; step += 1) {
      server.clock.advance(50);
      expect((await busy.get('/api/auth/me')).status).toBe(200);
    }
    server.clock.advance(50);
    expect((await busy.get('/api/auth/me')).status).toBe(401);
  });

  it('issues a fresh session on sign-in, so a token planted before sign-in is worthless', async () => {
    const client = await server.as('sam.carter');
    const first = client.cookies.get('pf_session');
    await client.signIn('sam.carter', 'demo-miu-clinician');
    expect(client.cookies.get('pf_session')).not.toBe(first);
    const stale = new TestClient(server.app);
    stale.cookies.set('pf_session', first ?? '');
    expect((await stale.get('/api/auth/me')).status).toBe(401);
  });
});
