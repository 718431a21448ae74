import { afterAll, describe, expect, it } from 'vitest';
import type { Patient } from '../records/patients.ts';
import type { ErrorBody } from '../errors.ts';
import type { TestClient } from '../test/client.ts';
import { newPatientBody, RUBY } from '../test/fixtures.ts';
import { countRows, startTestServer, type TestServer } from '../test/server.ts';
import { beforeAllOrFailEach, dialects } from '../test/storage.ts';

describe.each(dialects)('patients (%s)', (dialect) => {
  let server: TestServer;
  let clinician: TestClient;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
    clinician = await server.as('sam.carter');
  });
  afterAll(() => server?.close());

  it('finds a patient by NHS number, written with spaces or without', async () => {
    for (const nhs of [RUBY.nhsNumber, '999 001 0005']) {
      const response = await clinician.get<Patient[]>(`/api/patients?nhsNumber=${encodeURIComponent(nhs)}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual([
        expect.objectContaining({ id: RUBY.patientId, givenName: 'Ruby', familyName: 'Ashworth' }),
      ]);
    }
  });

  it('finds a patient by family name (any case) and date of birth, optionally the start of the given name', async () => {
    const [ruby] = (await clinician.get<Patient[]>(`/api/patients?nhsNumber=${RUBY.nhsNumber}`)).body;
    const found = await clinician.get<Patient[]>(
      `/api/patients?familyName=ASHWORTH&dateOfBirth=${ruby?.dateOfBirth}&givenName=ru`,
    );
    expect(found.body.map((p) => p.id)).toEqual([RUBY.patientId]);
    const none = await clinician.get<Patient[]>(
      `/api/patients?familyName=ashworth&dateOfBirth=${ruby?.dateOfBirth}&givenName=x`,
    );
    expect(none.body).toEqual([]);
  });

  it('refuses an NHS number whose check digit is wrong, naming the field', async () => {
    const response = await clinician.get<ErrorBody>('/api/patients?nhsNumber=9990010006');
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual([
      { field: 'nhsNumber', message: expect.stringContaining('check digit') },
    ]);
  });

  it('refuses a search that is neither by NHS number nor by name and date of birth, and unknown parameters', async () => {
    expect((await clinician.get('/api/patients?familyName=Ashworth')).status).toBe(400);
    expect((await clinician.get('/api/patients')).status).toBe(400);
    const unknown = await clinician.get<ErrorBody>(`/api/patients?nhsNumber=${RUBY.nhsNumber}&surname=x`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues).toEqual([
      { field: 'surname', message: 'This field is not expected here; remove it.' },
    ]);
  });

  it('creates a patient once: a retry returns the same record and writes nothing', async () => {
    const body = newPatientBody({ nhsNumber: '9990033684', address: '1 Test Road' });
    const before = await countRows(server.storage, 'patients');
    const first = await clinician.post<Patient>('/api/patients', body);
    const retry = await clinician.post<Patient>('/api/patients', body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await countRows(server.storage, 'patients')).toBe(before + 1);
  });

  it('answers 409 when the id is reused for a different patient, and writes nothing', async () => {
    const body = newPatientBody();
    await clinician.post('/api/patients', body);
    const before = await countRows(server.storage, 'patients');
    const clash = await clinician.post<ErrorBody>('/api/patients', { ...body, givenName: 'Other' });
    expect(clash.status).toBe(409);
    expect(await countRows(server.storage, 'patients')).toBe(before);
  });

  it('refuses a second patient with the same NHS number, and a date of birth in the future', async () => {
    const duplicate = await clinician.post<ErrorBody>(
      '/api/patients',
      newPatientBody({ nhsNumber: RUBY.nhsNumber }),
    );
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.issues?.[0]?.field).toBe('nhsNumber');
    const future = await clinician.post<ErrorBody>(
      '/api/patients',
      newPatientBody({ dateOfBirth: '2030-01-01' }),
    );
    expect(future.status).toBe(400);
    expect(future.body.issues).toEqual([
      { field: 'dateOfBirth', message: 'The date of birth cannot be in the future.' },
    ]);
  });

  it('gives field-level messages for every invalid field and writes nothing', async () => {
    const before = await countRows(server.storage, 'patients');
    const response = await clinician.post<ErrorBody>('/api/patients', {
      id: 'not-a-uuid',
      givenName: '',
      dateOfBirth: '2015-02-30',
      sex: 'other',
      extra: true,
    });
    expect(response.status).toBe(400);
    const fields = response.body.issues?.map((i) => i.field).sort();
    expect(fields).toEqual(['dateOfBirth', 'extra', 'familyName', 'givenName', 'id', 'sex']);
    expect(await countRows(server.storage, 'patients')).toBe(before);
  });

  it('answers 404 for an unknown or malformed patient id', async () => {
    expect((await clinician.get('/api/patients/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await clinician.get('/api/patients/42')).status).toBe(404);
  });
});
