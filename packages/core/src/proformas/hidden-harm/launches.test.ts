import { describe, expect, it } from 'vitest';
import { suggestProformas } from '../../engine/suggestProformas.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { hiddenHarm } from './definition.ts';
import { hiddenHarmFixtures } from './fixtures.ts';
import { hiddenHarmLaunches, prefillPresentingReasons, triagePrefill } from './launches.ts';
import type { HiddenHarmDerived } from './types.ts';

// hidden-harm.md "Triggers › Launches" and the H0 prefill; examples 2 and 8 state the launches.

const fixture = (example: string) => {
  const found = hiddenHarmFixtures.find((f) => f.example === example);
  if (!found) throw new Error(`no example ${example}`);
  return found;
};
const launchesOf = (example: string) => {
  const f = fixture(example);
  const evaluation = evaluateProforma(hiddenHarm, f.answers, f.context);
  return hiddenHarmLaunches(evaluation.answers, evaluation.derived as HiddenHarmDerived, f.context);
};
const suggested = (example: string) => {
  const f = fixture(example);
  return suggestProformas(f.context, { 'hidden-harm': f.answers }).map((s) => `${s.id}:${s.requirement}`);
};

describe('hidden-harm launches', () => {
  it('example 2: fgm offered for the girl; no paediatric-triage launch', () => {
    expect(launchesOf('2').map((l) => [l.form, l.requirement, l.rows])).toEqual([['fgm', 'offered', [0]]]);
    expect(launchesOf('2')[0]?.reason).toContain('Mia Example');
    expect(suggested('2')).toContain('fgm:offered');
    expect(suggested('2')).not.toContain('paediatric-triage:offered');
  });

  it('example 8: paediatric-triage offered for the baby here, with his date of birth and the prefill', () => {
    const [triage, ...rest] = launchesOf('8');
    expect(rest).toEqual([]);
    expect(triage).toMatchObject({ form: 'paediatric-triage', requirement: 'offered', rows: [0] });
    expect(triage?.context?.patient).toEqual({ dateOfBirth: '2024-07-01', sex: 'male' });
    expect(triage?.context?.attendance).toEqual(fixture('8').context.attendance);
    expect(triage?.prefill).toEqual({ cpisResult: 'none', carerMentalHealth: 'yes' });
    expect(suggested('8')).toContain('paediatric-triage:offered');
  });

  it('example 8 variant (a neighbour’s child, H1 no): no launch', () => {
    expect(launchesOf('8 variant (H1 no, a neighbour’s child)')).toEqual([]);
    expect(suggested('8 variant (H1 no, a neighbour’s child)')).not.toContain('paediatric-triage:offered');
  });

  it('the triage prefill: GP, school, CP-IS (cin → A8) and the carer issues; never a "no"', () => {
    const derived = { factorDa: true, factorSub: false, factorMh: true } as HiddenHarmDerived;
    expect(
      triagePrefill(
        { gp: ' Example Surgery ', schoolOrNursery: 'Example Primary', cpisStatus: 'cin' },
        derived,
      ),
    ).toEqual({
      gpRegistered: 'yes',
      gpPractice: 'Example Surgery',
      schoolOrNursery: 'Example Primary',
      cinOrSocialWorker: 'yes',
      carerDomesticAbuse: 'yes',
      carerMentalHealth: 'yes',
    });
    expect(triagePrefill({ cpisStatus: 'lac' }, { ...derived, factorDa: false, factorMh: false })).toEqual({
      cpisResult: 'lac',
    });
  });

  it('H0 is prefilled from the attendance reasons; injury, illness and sexual health become "other"', () => {
    expect(prefillPresentingReasons(['self-harm', 'injury', 'illness', 'sexual-health', 'assault'])).toEqual([
      'self-harm',
      'other',
      'assault',
    ]);
    expect(prefillPresentingReasons()).toEqual([]);
  });
});
