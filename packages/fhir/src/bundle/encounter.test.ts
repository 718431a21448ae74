import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE } from '../options.ts';
import { attendanceFor, encounterOf } from '../test/encounters.ts';
import { fixtureNamed, resourcesOf } from '../test/find.ts';
import { fhirSchemaErrors } from '../test/schema.ts';
import { toEncounter } from './encounter.ts';
import { validBundle as toBundle } from '../test/valid.ts';

const context = fixtureNamed('paediatric-triage', '5-month-old').context;

describe('toEncounter (coding.md §2.6)', () => {
  it('maps an AttendanceRecord field by field', () => {
    const encounter = toEncounter(
      attendanceFor(context, {
        arrivedAt: '2025-03-14T16:30+00:00',
        reasons: ['injury', 'assault'],
        departmentType: '01',
      }),
      { base: DEFAULT_BASE },
    );
    expect(fhirSchemaErrors(encounter)).toEqual([]);
    expect(encounter).toMatchObject({
      identifier: [{ system: `${DEFAULT_BASE}/Id/attendance`, value: 'att-0001' }],
      class: { code: 'EMER' },
      subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' } },
      period: { start: '2025-03-14T16:30:00+00:00' },
      serviceProvider: {
        identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code' },
        display: 'Synthetic Minor Injury Unit',
      },
      location: [
        { location: { identifier: { system: 'https://fhir.nhs.uk/Id/ods-site-code', value: 'RX1AB' } } },
      ],
      hospitalization: { dischargeDisposition: { coding: [{ code: 'discharged' }] } },
      meta: { source: `${DEFAULT_BASE}/CodeSystem/attendance-source#local` },
    });
    expect(encounter.type?.map((t) => t.coding?.[0]?.code)).toEqual(['01', 'unplanned']);
    expect(encounter.reasonCode?.map((r) => r.coding?.[0]?.code ?? r.text)).toEqual([
      'injury',
      'assault',
      'Synthetic presenting complaint',
    ]);
  });

  it('an out-of-hours GP attendance is ambulatory; one left before being seen says so', () => {
    const ooh = toEncounter(attendanceFor(context, { departmentType: 'ooh-gp', leftBeforeSeen: true }), {
      base: DEFAULT_BASE,
    });
    expect(ooh.class.code).toBe('AMB');
    expect(ooh.hospitalization?.dischargeDisposition?.coding?.[0]?.code).toBe('left-before-complete');
  });

  it('triage B14.2 left before completion = yes writes the attendance as left before complete', () => {
    const fixture = fixtureNamed('paediatric-triage', '8-year-old who left before treatment was finished');
    const bundle = toBundle(encounterOf('paediatric-triage', fixture));
    const [encounter] = resourcesOf(bundle, 'Encounter');
    expect(encounter?.hospitalization?.dischargeDisposition?.coding?.[0]?.code).toBe('left-before-complete');
    const callback = resourcesOf(bundle, 'Task').find((t) => t.code?.coding?.[0]?.code === 'FAMILY_CALLBACK');
    expect(callback?.owner?.display).toBe('Nurse in charge');
  });
});
