import { describe, expect, it } from 'vitest';
import { encounterOf } from '../test/encounters.ts';
import { firstCode, fixtureNamed, fullUrlOf, resourcesOf } from '../test/find.ts';
import { validBundle as toBundle } from '../test/valid.ts';

const R_NOPAT = [
  expect.objectContaining({ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }),
  expect.objectContaining({ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'NOPAT' }),
];

describe('sensitivity (coding.md §2.8)', () => {
  const bundle = toBundle(
    encounterOf('hidden-harm', fixtureNamed('hidden-harm', 'Young mother after self-harm')),
  );

  it('every Communication drafted from a hidden-harm form carries R and NOPAT, and so does its ServiceRequest', () => {
    const communications = resourcesOf(bundle, 'Communication');
    expect(communications.length).toBeGreaterThan(0);
    for (const c of communications) expect(c.meta?.security).toEqual(R_NOPAT);
    const mash = resourcesOf(bundle, 'ServiceRequest').find((s) => firstCode(s.code) === 'MASH_REFERRAL');
    expect(mash?.meta?.security).toEqual(R_NOPAT);
    const referral = communications.find((c) => c.category?.[0]?.text === 'mash-referral');
    expect(referral?.basedOn).toEqual([
      { reference: mash && fullUrlOf(bundle, mash), type: 'ServiceRequest' },
    ]);
  });

  it('a routine letter at NO_CONCERN carries no labels', () => {
    const calm = toBundle(
      encounterOf('fgm', fixtureNamed('fgm', '8-year-old screened at triage: nothing found')),
    );
    for (const c of resourcesOf(calm, 'Communication')) expect(c.meta?.security).toBeUndefined();
  });
});

describe('priorities, police and follow-ups', () => {
  it('at EMERGENCY: the police by phone now, the MASH request stat', () => {
    const bundle = toBundle(
      encounterOf(
        'paediatric-triage',
        fixtureNamed('paediatric-triage', '7-year-old girl who says she was hit'),
      ),
    );
    const police = resourcesOf(bundle, 'Communication').find((c) => firstCode(c.topic) === 'POLICE_999');
    expect(police).toMatchObject({ priority: 'stat', medium: [{ coding: [{ code: 'PHONE' }] }] });
    expect(
      resourcesOf(bundle, 'ServiceRequest').find((s) => firstCode(s.code) === 'MASH_REFERRAL')?.priority,
    ).toBe('stat');
  });

  it('SARC: asap in the forensic window, urgent when non-recent', () => {
    const sarc = (name: string) =>
      resourcesOf(toBundle(encounterOf('cse', fixtureNamed('cse', name))), 'ServiceRequest').find(
        (s) => firstCode(s.code) === 'SARC_REFERRAL',
      )?.priority;
    expect(sarc('16-year-old boy disclosing a sexual assault 7 days ago')).toBe('asap');
    expect(sarc('16-year-old boy disclosing a sexual assault 8 days ago')).toBe('urgent');
  });

  it('CSE risk as an HL7 risk probability; FA level as a second prediction and a local Flag', () => {
    const cse = toBundle(
      encounterOf('cse', fixtureNamed('cse', '16-year-old boy disclosing a sexual assault 7 days ago')),
    );
    const cseRisk = resourcesOf(cse, 'RiskAssessment').find((r) => firstCode(r.method) === 'cse');
    expect(cseRisk?.prediction?.[0]?.qualitativeRisk?.coding?.[0]).toMatchObject({ code: 'high' });
    const fa = toBundle(
      encounterOf(
        'frequent-attender',
        fixtureNamed('frequent-attender', '2-year-old girl with a fourth visit in a year for illness'),
      ),
    );
    const faRisk = resourcesOf(fa, 'RiskAssessment').find((r) => firstCode(r.method) === 'frequent-attender');
    expect(firstCode(faRisk?.prediction?.[1]?.outcome)).toBe('FA2');
    expect(resourcesOf(fa, 'Flag').map((f) => firstCode(f.code))).toContain('frequent-attender');
  });

  it('the lead decides CONSIDER_MASH (owner: safeguarding lead); a draft is preliminary and in-progress', () => {
    const draft = toBundle(
      encounterOf('cse', fixtureNamed('cse', '15-year-old asking for contraception'), { signed: false }),
    );
    const consider = resourcesOf(draft, 'Task').find((t) => firstCode(t.code) === 'CONSIDER_MASH');
    expect(consider?.owner).toEqual({ type: 'PractitionerRole', display: 'Safeguarding lead' });
    expect(resourcesOf(draft, 'RiskAssessment').every((r) => r.status === 'preliminary')).toBe(true);
    expect(resourcesOf(draft, 'QuestionnaireResponse')[0]?.status).toBe('in-progress');
  });
});
