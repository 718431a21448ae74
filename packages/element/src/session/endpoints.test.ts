import { afterEach, describe, expect, it, vi } from 'vitest';
import { cpisPrefill } from './endpoints.ts';

const reply = (status: number, body: unknown) =>
  vi.fn(
    async () =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

afterEach(() => vi.unstubAllGlobals());

describe('cpisPrefill', () => {
  it('answers the triage CP-IS question with the service status, asking by NHS number', async () => {
    const fetch = reply(200, { source: 'simulated', status: 'cpp' });
    vi.stubGlobal('fetch', fetch);
    expect(
      await cpisPrefill('paediatric-triage', '9990000018', { cpis: 'http://epr.test/api/cpis' }),
    ).toEqual({
      cpisResult: 'cpp',
    });
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe(
      'http://epr.test/api/cpis?nhsNumber=9990000018',
    );
  });

  it('records "could not check" when the service fails or answers something unreadable', async () => {
    vi.stubGlobal('fetch', reply(503, {}));
    expect(
      await cpisPrefill('paediatric-triage', '9990000018', { cpis: 'http://epr.test/api/cpis' }),
    ).toEqual({
      cpisResult: 'not-available',
    });
    vi.stubGlobal('fetch', reply(200, { status: 'on-a-list' }));
    expect(
      await cpisPrefill('paediatric-triage', '9990000018', { cpis: 'http://epr.test/api/cpis' }),
    ).toEqual({
      cpisResult: 'not-available',
    });
  });

  it('asks nothing for a form without the question, without a service or without an NHS number', async () => {
    const fetch = reply(200, { status: 'cpp' });
    vi.stubGlobal('fetch', fetch);
    expect(await cpisPrefill('cse', '9990000018', { cpis: 'http://epr.test/api/cpis' })).toBeUndefined();
    expect(await cpisPrefill('paediatric-triage', '9990000018', {})).toBeUndefined();
    expect(
      await cpisPrefill('paediatric-triage', undefined, { cpis: 'http://epr.test/api/cpis' }),
    ).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });
});
