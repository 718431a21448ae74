import { describe, expect, it } from 'vitest';
import type { AssessmentContext, AttendanceReason, Sex } from '../index.ts';
import { ProformaValidationError } from '../model/validation.ts';
import { suggestProformas } from './suggestProformas.ts';
import type { EncounterAnswers } from './assessEncounter.ts';

// domain/README.md "Combining forms in one encounter": which forms an attendance needs.
const ARRIVAL = '2025-03-10T10:00:00+00:00';
const ctx = (
  dateOfBirth: string,
  sex: Sex = 'male',
  reasons: AttendanceReason[] = [],
): AssessmentContext => ({
  patient: { dateOfBirth, sex },
  attendance: { arrivedAt: ARRIVAL, providerId: 'RXX', departmentType: '04', category: 'unplanned', reasons },
});
const requirementOf = (context: AssessmentContext, answers: EncounterAnswers = {}) =>
  Object.fromEntries(suggestProformas(context, answers).map((s) => [s.id, s.requirement]));

describe('suggestProformas', () => {
  it('requires the triage and the frequent-attender check for every under-18, 16–17 included (P-R7)', () => {
    const seventeen = requirementOf(ctx('2008-03-11'));
    expect(seventeen['paediatric-triage']).toBe('required');
    expect(seventeen['frequent-attender']).toBe('required');
    expect(seventeen['hidden-harm']).toBeUndefined();
    expect(suggestProformas(ctx('2008-03-11'))[0]?.reason).toMatch(/16–17/);
  });

  it('never offers the triage, frequent attender or CSE from 18', () => {
    const eighteen = requirementOf(ctx('2007-03-10'));
    expect(eighteen['paediatric-triage']).toBeUndefined();
    expect(eighteen['frequent-attender']).toBeUndefined();
    expect(eighteen['cse']).toBeUndefined();
    expect(eighteen['hidden-harm']).toBe('offered');
  });

  it('requires hidden harm at 18+ after self-harm, intoxication or mental health, or H0 domestic abuse', () => {
    expect(requirementOf(ctx('1990-01-01', 'female', ['self-harm']))['hidden-harm']).toBe('required');
    expect(requirementOf(ctx('1990-01-01', 'female', ['assault']))['hidden-harm']).toBe('offered');
    expect(
      requirementOf(ctx('1990-01-01'), { 'hidden-harm': { presentingReasons: ['domestic-abuse'] } })[
        'hidden-harm'
      ],
    ).toBe('required');
  });

  it('requires CSE for a 15-year-old asking for emergency contraception (sexual-health reason, or B12)', () => {
    expect(requirementOf(ctx('2009-06-01', 'female', ['sexual-health']))['cse']).toBe('required');
    expect(
      requirementOf(ctx('2009-06-01', 'female'), { 'paediatric-triage': { sexualHealthOrAssault: 'yes' } })[
        'cse'
      ],
    ).toBe('required');
    expect(requirementOf(ctx('2009-06-01', 'female'))['cse']).toBe('offered');
  });

  it('applies the CSE age limits: B10 at 13+, D3.1a / B16 / police at 10+ (offered under 10)', () => {
    const intoxicated = { 'paediatric-triage': { intoxicated: 'yes' } };
    expect(requirementOf(ctx('2012-03-10'), intoxicated)['cse']).toBe('required'); // 13 today
    expect(requirementOf(ctx('2012-03-11'), intoxicated)['cse']).toBe('offered'); // 12
    const missing = { 'paediatric-triage': { missingFromHomeOrCare: 'yes' } };
    expect(requirementOf(ctx('2015-03-10'), missing)['cse']).toBe('required'); // 10 today
    expect(requirementOf(ctx('2015-03-11'), missing)['cse']).toBe('offered'); // 9
    const signs = { 'paediatric-triage': { exploitationSigns: ['none'] } };
    expect(requirementOf(ctx('2012-01-01'), signs)['cse']).toBe('offered');
    const police = { 'paediatric-triage': { accompaniedBy: 'police' } };
    expect(requirementOf(ctx('2012-01-01'), police)['cse']).toBe('required');
  });

  it('requires CSE under 16 with a partner or unrelated adult, not at 16', () => {
    const partner = { 'paediatric-triage': { accompaniedBy: 'partner' } };
    expect(requirementOf(ctx('2009-03-11'), partner)['cse']).toBe('required'); // 15
    expect(requirementOf(ctx('2009-03-10'), partner)['cse']).toBe('offered'); // 16 today
  });

  it('requires FGM on a finding (T4), triage B17 (T5) or A7.1 (T6); offers it to girls and women', () => {
    expect(requirementOf(ctx('2015-01-01', 'female'))['fgm']).toBe('offered');
    expect(requirementOf(ctx('2015-01-01', 'male'))['fgm']).toBe('offered'); // by hand, any patient
    expect(suggestProformas(ctx('2015-01-01', 'male')).find((s) => s.id === 'fgm')?.reason).toMatch(
      /clinician/,
    );
    expect(
      requirementOf(ctx('2015-01-01', 'female'), { 'paediatric-triage': { fgmDisclosedOrSeen: 'yes' } })[
        'fgm'
      ],
    ).toBe('required');
    expect(
      requirementOf(ctx('2015-01-01', 'female'), { 'paediatric-triage': { fgmIsIndicator: 'yes' } })['fgm'],
    ).toBe('required');
    expect(requirementOf(ctx('1990-01-01', 'female'), { fgm: { hasBeenCut: 'yes' } })['fgm']).toBe(
      'required',
    );
  });

  it('offers the triage for a child of an adult patient who is here (hidden harm H4a)', () => {
    const answers = { 'hidden-harm': { children: [{ whereNow: 'in-department', sex: 'male' }] } };
    expect(requirementOf(ctx('1990-01-01'), answers)['paediatric-triage']).toBe('offered');
  });

  it('lists required forms before offered ones', () => {
    const list = suggestProformas(ctx('2015-01-01', 'female'));
    const firstOffered = list.findIndex((s) => s.requirement === 'offered');
    expect(list.slice(firstOffered).every((s) => s.requirement === 'offered')).toBe(true);
    expect(list.slice(0, 2).map((s) => s.id)).toEqual(['paediatric-triage', 'frequent-attender']);
  });

  it('throws ProformaValidationError on an unreadable context', () => {
    expect(() => suggestProformas(ctx('not a date'))).toThrow(ProformaValidationError);
  });
});
