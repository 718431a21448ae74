import { afterAll, describe, expect, it } from 'vitest';
import type { SignedAssessment } from '../../records/assessments.ts';
import { isValidNhsNumber } from '../../nhsNumber.ts';
import type { TestClient } from '../../test/client.ts';
import {
  countRows,
  newId,
  seedTodayAttendanceId,
  startTestServer,
  type TestServer,
} from '../../test/server.ts';
import { beforeAllOrFailEach, dialects } from '../../test/storage.ts';
import { SEED_PATIENTS } from './patients.ts';
import { seedIfEmpty } from './seed.ts';
import { SEED_USERS } from './users.ts';

describe('seed data', () => {
  it('has about fifty synthetic patients with 999-range NHS numbers and valid Modulus 11 check digits', () => {
    expect(SEED_PATIENTS.length).toBeGreaterThanOrEqual(50);
    for (const patient of SEED_PATIENTS) {
      expect(patient.nhsNumber).toMatch(/^999\d{7}$/);
      expect(isValidNhsNumber(patient.nhsNumber)).toBe(true);
    }
    expect(new Set(SEED_PATIENTS.map((p) => p.nhsNumber)).size).toBe(SEED_PATIENTS.length);
    expect(new Set(SEED_PATIENTS.map((p) => p.key)).size).toBe(SEED_PATIENTS.length);
  });

  it('covers every proforma’s population: a 4-month-old, a 15-year-old girl for emergency contraception, adults for hidden harm', () => {
    expect(SEED_PATIENTS.some((p) => p.age.years === 0 && p.age.months === 4)).toBe(true);
    expect(
      SEED_PATIENTS.some(
        (p) =>
          p.age.years === 15 &&
          p.sex === 'female' &&
          /emergency contraception/.test(p.today?.complaint ?? ''),
      ),
    ).toBe(true);
    const hiddenHarm = SEED_PATIENTS.filter(
      (p) =>
        p.age.years >= 18 &&
        p.today?.reasons.some((r) => ['self-harm', 'intoxication', 'mental-health'].includes(r)),
    );
    expect(hiddenHarm.length).toBeGreaterThanOrEqual(4);
    expect(
      SEED_PATIENTS.filter((p) => p.cpis)
        .map((p) => p.cpis?.status)
        .sort(),
    ).toEqual(['cpp', 'lac', 'unavailable', 'unborn-cpp']);
    expect(SEED_USERS.map((u) => u.role).sort()).toEqual([
      'admin',
      'clinician',
      'clinician',
      'safeguarding-lead',
    ]);
  });
});

/** Each frequent-attender scenario of the seed, through the registry and core's own rules. */
const FA_SCENARIOS: [key: string, faLevel: string, also?: string][] = [
  ['ruby-ashworth', 'FA0'],
  ['rosie-hunt', 'FA0'],
  ['toby-marshall', 'FA0'],
  ['isla-moorcroft', 'FA1'],
  ['harry-lindqvist', 'FA1'],
  ['grace-okafor', 'FA1', 'FA-P'],
  ['alfie-brennan', 'FA2'],
  ['oliver-fenwick', 'FA3'],
  ['jacob-thornley', 'FA3'],
  ['ethan-kowalski', 'FA3'],
  ['poppy-garner', 'FA3', 'FA-P'],
];

describe.each(dialects)('seeded database (%s)', (dialect) => {
  let server: TestServer;
  let lead: TestClient;
  beforeAllOrFailEach(async () => {
    server = await startTestServer(dialect);
    lead = await server.as('lee.morgan');
  });
  afterAll(() => server?.close());

  it('seeds three sites, four users, the patients and their attendances once', async () => {
    expect(await countRows(server.storage, 'patients')).toBe(SEED_PATIENTS.length);
    const visits = SEED_PATIENTS.reduce((n, p) => n + (p.history?.length ?? 0) + (p.today ? 1 : 0), 0);
    expect(await countRows(server.storage, 'attendances')).toBe(visits);
    const again = await seedIfEmpty(server.storage, server.clock, { N: 1024, r: 8, p: 1 });
    expect(again.seeded).toBe(false);
    expect(await countRows(server.storage, 'patients')).toBe(SEED_PATIENTS.length);
  });

  for (const [key, faLevel, also] of FA_SCENARIOS) {
    it(`${key}: the registry history gives ${faLevel}${also ? ` and ${also}` : ''}`, async () => {
      const signed = await lead.post<SignedAssessment>(
        `/api/attendances/${seedTodayAttendanceId(key)}/assessments`,
        {
          id: newId(),
          answers: { 'frequent-attender': {} },
        },
      );
      expect(signed.status).toBe(201);
      const fa = signed.body.result.forms['frequent-attender'];
      expect(fa?.detail['faLevel']).toBe(faLevel);
      if (also) expect(fa?.firedRules).toContain(also);
    });
  }
});
