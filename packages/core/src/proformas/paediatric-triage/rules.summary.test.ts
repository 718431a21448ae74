import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/assess.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { triageContext } from './fixtures-builder.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

// Targeted tests of P-R8, P-R9, P-R12 and P-R13 (paediatric-triage.md "Rules").

type Answers = Partial<PaediatricTriageAnswers>;
const run = (
  born: string,
  answers: Answers,
  encounter: EncounterInputs = {},
  reasons: 'sexual-health'[] = [],
) =>
  evaluate(
    'paediatric-triage',
    answers,
    triageContext(born, 'female', reasons.length ? { reasons } : {}),
    encounter,
  );

const TODDLER = '2023-01-01'; // 2 years
const CHILD = '2017-06-01'; // 7 years
const TEN = '2014-06-01';
const SIXTEEN = '2008-06-01';
const contraception: Answers = { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['contraception'] };

describe('P-R8: the routine summary, and the confidential letter after a sexual-health visit', () => {
  it('goes to the GP and HV or SN when there is no sexual-health context', () => {
    expect(run(TODDLER, {}).detail).toMatchObject({ routineSummaryTo: ['gp', 'hv'] });
    expect(run(TODDLER, {}).detail).not.toHaveProperty('routineSummaryPrivacy');
    expect(run(CHILD, {}).detail['routineSummaryTo']).toEqual(['gp', 'sn']);
  });
  it.each<[string, Answers, 'sexual-health'[], boolean]>([
    ['B12 = yes, E2.2 objects', { ...contraception, youngPersonSharingView: 'objects' }, [], true],
    ['B12 = yes, E2.2 not asked', { ...contraception, youngPersonSharingView: 'not-asked' }, [], true],
    ['B12 = yes, E2.2 blank (no answer is not agreement)', contraception, [], true],
    ['B12 = yes, E2.2 agrees', { ...contraception, youngPersonSharingView: 'agrees' }, [], false],
    [
      'a sexual-health attendance, B12 no',
      { sexualHealthOrAssault: 'no', youngPersonSharingView: 'objects' },
      ['sexual-health'],
      true,
    ],
  ])('is a confidential letter to the GP only: %s', (_case, answers, reasons, omit) => {
    const e = run(SIXTEEN, answers, {}, reasons);
    expect(e.detail['routineSummaryTo']).toEqual(['gp']);
    expect(e.detail['routineSummaryPrivacy']).toEqual({ notForOnlineView: true, omitSexualHealth: omit });
    expect(e.reasons.at(-1)).toContain('confidential letter to the GP only');
  });
  it('at DISCUSS or above from another form, goes to the GP and SN with no privacy detail', () => {
    const e = run(
      SIXTEEN,
      { ...contraception, youngPersonSharingView: 'objects' },
      { encounterLevel: 'DISCUSS', otherFormDiscuss: true, formsAtDiscussOrAbove: ['fgm'] },
    );
    expect(e.firedRules).toContain('P-R8');
    expect(e.detail['routineSummaryTo']).toEqual(['gp', 'sn']);
    expect(e.detail).not.toHaveProperty('routineSummaryPrivacy');
    expect(e.reasons.at(-1)).toContain('the safeguarding lead decides what it says');
  });
  it.each<[string, Answers]>([
    ['P-R9', { gpRegistered: 'no' }],
    ['P-R12', { notInEducation: 'yes' }],
    ['P-R6', { cinOrSocialWorker: 'yes' }],
    ['P-R11', { leftBeforeCompletion: 'yes' }],
  ])('does not fire after %s (no routineSummaryTo)', (_rule, answers) => {
    const e = run(TEN, answers);
    expect(e.firedRules).not.toContain('P-R8');
    expect(e.actions).not.toContain('ROUTINE_SUMMARY');
    expect(e.detail).not.toHaveProperty('routineSummaryTo');
  });
});

describe('P-R9, P-R12, P-R13', () => {
  it('P-R9: no GP is NOTIFY to the HV or SN, a [PROJECT RULE]; unknown does not fire', () => {
    const e = run(TODDLER, { gpRegistered: 'no' });
    expect([e.level, e.actions]).toEqual(['NOTIFY', ['NOTIFY_HV']]);
    expect(e.firings[0]?.status).toBe('project-rule');
    expect(run(TODDLER, { gpRegistered: 'unknown' }).firedRules).not.toContain('P-R9');
  });
  it('P-R12: not in education is NOTIFY to the GP and SN; unknown does not fire', () => {
    const e = run(TEN, { notInEducation: 'yes' });
    expect([e.level, e.actions]).toEqual(['NOTIFY', ['NOTIFY_GP', 'NOTIFY_SN']]);
    expect(e.reasons[0]).toContain('children-missing-education team');
    expect(run(TEN, { notInEducation: 'unknown' }).firedRules).not.toContain('P-R12');
  });
  it('P-R13: CP-IS not available tells the lead, stays NO_CONCERN, does not block P-R8', () => {
    const e = run(TEN, { cpisResult: 'not-available' });
    expect([e.level, e.firedRules]).toEqual(['NO_CONCERN', ['P-R13', 'P-R8']]);
    expect(e.actions).toEqual(['INFORM_SAFEGUARDING_LEAD', 'ROUTINE_SUMMARY']);
  });
});
