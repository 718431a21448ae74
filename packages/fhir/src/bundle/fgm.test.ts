import { describe, expect, it } from 'vitest';
import { encounterOf, NHS_NUMBER, SIGNED } from '../test/encounters.ts';
import { firstCode, fixtureNamed, fullUrlOf, resourcesOf } from '../test/find.ts';
import { validBundle as toBundle } from '../test/valid.ts';

describe('the FGM police report (coding.md §2.8 POLICE_101_FGM_REPORT)', () => {
  const bundle = toBundle(encounterOf('fgm', fixtureNamed('fgm', '16-year-old: FGM signs seen')));

  it('is one Task owned by the staff nurse, due by the end of the next working day, focused on her report', () => {
    const tasks = resourcesOf(bundle, 'Task').filter((t) => firstCode(t.code) === 'POLICE_101_FGM_REPORT');
    expect(tasks).toHaveLength(1);
    const report = resourcesOf(bundle, 'Communication').find((c) =>
      c.topic?.text?.startsWith('Report to the police on 101'),
    );
    expect(tasks[0]).toMatchObject({
      status: 'requested',
      intent: 'order',
      owner: { type: 'Practitioner', display: 'Jo Synthetic (staff nurse)' },
      restriction: { period: { end: '2025-03-17T23:59:59+00:00' } },
      focus: { reference: report && fullUrlOf(bundle, report), type: 'Communication' },
    });
    expect(tasks[0]?.description).toContain('Never later than 2025-04-14');
  });

  it('comes with a RiskAssessment whose basis is the QuestionnaireResponse, final when signed', () => {
    const qr = resourcesOf(bundle, 'QuestionnaireResponse')[0];
    const form = resourcesOf(bundle, 'RiskAssessment').find((r) => firstCode(r.method) === 'fgm');
    expect(form?.basis).toEqual([{ reference: qr && fullUrlOf(bundle, qr), type: 'QuestionnaireResponse' }]);
    expect(form).toMatchObject({
      status: 'final',
      occurrenceDateTime: SIGNED.at,
      performer: { display: SIGNED.by },
    });
    expect(firstCode(form?.prediction?.[0]?.outcome)).toBe('REFER');
    expect(form?.note?.[0]?.text).toContain('Rules fired: F-R1');
    expect(qr?.status).toBe('completed');
  });

  it('marks a child whose encounter ends at REFER with the local safeguarding-concern Flag', () => {
    const flag = resourcesOf(bundle, 'Flag')[0];
    expect(firstCode(flag?.code)).toBe('836881000000105');
    expect(firstCode(flag?.category?.[0])).toBe('safety');
  });
});

describe('FGM-IS indicators (coding.md §2.5)', () => {
  it('one Flag per girl, identified by her NHS number, with the family-history concept', () => {
    const bundle = toBundle(
      encounterOf('fgm', fixtureNamed('fgm', '11-year-old whose mother has had FGM, flying in 15 days')),
    );
    const flags = resourcesOf(bundle, 'Flag').filter((f) => firstCode(f.code) === '902961000000107');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      status: 'active',
      subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: NHS_NUMBER } },
      period: { start: SIGNED.at },
    });
    expect(flags[0]?.encounter).toBeUndefined();
  });

  it('a girl without a valid NHS number gets a Task to find it first, never a Flag', () => {
    const encounter = encounterOf(
      'fgm',
      fixtureNamed('fgm', '11-year-old whose mother has had FGM, flying in 15 days'),
      {
        attendance: { nhsNumber: '1234567890' },
      },
    );
    const bundle = toBundle(encounter);
    expect(resourcesOf(bundle, 'Flag').filter((f) => firstCode(f.code) === '902961000000107')).toEqual([]);
    expect(
      resourcesOf(bundle, 'Task').some((t) =>
        t.description?.startsWith('Find and verify the NHS number of the patient'),
      ),
    ).toBe(true);
  });
});
