import { describe, expect, it } from 'vitest';
import { assess, evaluate } from '../../engine/assess.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { ProformaValidationError } from '../../model/validation.ts';
import { triageContext } from './fixtures-builder.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

// Targeted tests of P-R1, P-R2, P-R4, P-R6–P-R13 (paediatric-triage.md "Rules"), hidden answers
// and `unknown` (which fires a clause only where the spec says so).

type Answers = Partial<PaediatricTriageAnswers>;
const ctx = (born: string, sex: 'female' | 'male' = 'female', reasons: 'sexual-health'[] = []) =>
  triageContext(born, sex, reasons.length ? { reasons } : {});
const run = (born: string, answers: Answers, encounter: EncounterInputs = {}) =>
  evaluate('paediatric-triage', answers, ctx(born), encounter);
const clausesOf = (rule: string, born: string, answers: Answers, encounter: EncounterInputs = {}) =>
  run(born, answers, encounter)
    .firings.filter((f) => f.rule === rule)
    .map((f) => f.clause ?? '-');

const BABY = '2024-10-01'; // 5 months
const INFANT = '2024-06-01'; // 9 months
const TODDLER = '2023-01-01'; // 2 years
const CHILD = '2017-06-01'; // 7 years
const YOUNG = '2009-06-01'; // 15 years
const SIXTEEN = '2008-06-01';
const bruise: Answers = { injuryOrMark: 'yes', injuryTypes: ['bruise-petechiae'] };

describe('P-R1: immediate danger is EMERGENCY', () => {
  it('fires on B14 = yes', () => {
    const e = run(CHILD, { immediateDanger: 'yes' });
    expect(e.level).toBe('EMERGENCY');
    expect(e.actions).toEqual(['POLICE_999', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD']);
  });
  it('second limb: the carer leaving with a REFER concern; a DISCUSS concern is P-R11 (a) instead', () => {
    expect(run(CHILD, { disclosedAbuse: 'yes', carerLeavingAgainstAdvice: 'yes' }).firedRules).toContain(
      'P-R1',
    );
    const discuss = run(CHILD, { neglectSigns: 'yes', carerLeavingAgainstAdvice: 'yes' });
    expect(discuss.firedRules).not.toContain('P-R1');
    expect(clausesOf('P-R11', CHILD, { neglectSigns: 'yes', carerLeavingAgainstAdvice: 'yes' })).toEqual([
      'a',
    ]);
    expect(discuss.level).toBe('REFER');
  });
});

describe('P-R2: any injury when non-mobile is REFER', () => {
  it('under 6 months without B6 (hidden), and not at 6 months when B6 = yes', () => {
    expect(run(BABY, bruise).firedRules).toEqual(['P-R2']);
    expect(run(BABY, bruise).reasons[0]).toBe(
      'A 5-month-old baby who cannot yet move about on their own has a bruise or petechiae. An injury, bruise or mark in a child who is not mobile is rare and always needs a paediatrician’s opinion today, whatever the explanation.',
    );
    expect(run(INFANT, { ...bruise, independentlyMobile: 'yes' }).firedRules).not.toContain('P-R2');
  });
  it('a suitable explanation does not cancel it', () => {
    expect(
      run(INFANT, { ...bruise, independentlyMobile: 'no', explanationSuitability: 'suitable' }).level,
    ).toBe('REFER');
  });
  it('follows nonMobileUnderMonths', () => {
    const site = triageContext(INFANT, 'male', { config: { nonMobileUnderMonths: 10 } });
    expect(evaluate('paediatric-triage', bruise, site).firedRules).toEqual(['P-R2']);
  });
});

describe('P-R4: CT criteria or a large infant head mark add the ambulance transfer (NO_CONCERN)', () => {
  it('fires on any CT criterion, keeps the level, and does not block P-R8', () => {
    const e = run(TODDLER, { injuryOrMark: 'yes', injuryTypes: ['head-injury'], ctCriteria: ['seizure'] });
    expect(e.level).toBe('NO_CONCERN');
    expect(e.actions).toEqual(['TRANSFER_ED_AMBULANCE', 'ROUTINE_SUMMARY']);
  });
  it('follows infantHeadMarkOverMm (strictly greater) and marks the head-mark limb [UNVERIFIED]', () => {
    const site = triageContext(INFANT, 'male', { config: { infantHeadMarkOverMm: 40 } });
    const head = { injuryOrMark: 'yes', injuryTypes: ['head-injury'], ctCriteria: [] } as const;
    expect(
      evaluate(
        'paediatric-triage',
        { ...head, injuryTypes: ['head-injury'], ctCriteria: [], largestHeadMarkMm: 40 },
        site,
      ).firedRules,
    ).not.toContain('P-R4');
    const over = evaluate(
      'paediatric-triage',
      { ...head, injuryTypes: ['head-injury'], ctCriteria: [], largestHeadMarkMm: 41 },
      site,
    );
    expect(over.firings.find((f) => f.rule === 'P-R4')?.status).toBe('unverified');
  });
});

describe('P-R6: a CP-IS flag or an open case', () => {
  const flagged: Answers = { cinOrSocialWorker: 'yes' };
  it('alone is NOTIFY with CPIS_INFORM_SOCIAL_WORKER, a [PROJECT RULE], no escalatedBy', () => {
    const e = run(CHILD, flagged);
    expect(e.level).toBe('NOTIFY');
    expect(e.actions).toEqual(['CPIS_INFORM_SOCIAL_WORKER']);
    expect(e.detail).not.toHaveProperty('escalatedBy');
    expect(e.firings[0]?.status).toBe('project-rule');
  });
  it.each<[string, Answers, EncounterInputs, string[]]>([
    ['P-R2', { ...bruise, independentlyMobile: 'no' }, {}, ['paediatric-triage']],
    ['P-R3', { disclosedAbuse: 'yes' }, {}, ['paediatric-triage']],
    ['P-R5', { neglectSigns: 'yes' }, {}, ['paediatric-triage']],
    [
      'P-R10',
      { ownChildren: 'yes', ownChildrenWhereNow: 'relative', selfHarmOrOverdose: 'yes' },
      {},
      ['paediatric-triage'],
    ],
    ['P-R11', { leftBeforeCompletion: 'yes' }, {}, ['paediatric-triage']],
    ['P-R5 (j) cross-form', {}, { faLevel: 'FA2' }, ['frequent-attender']],
    ['P-R5 (k) cross-form', {}, { cseRisk: 'MEDIUM' }, ['cse']],
    ['otherFormDiscuss', {}, { otherFormDiscuss: true, formsAtDiscussOrAbove: ['fgm'] }, ['fgm']],
  ])(
    'escalates to REFER after %s, naming the forms in detail.escalatedBy',
    (_rule, answers, encounter, by) => {
      const e = run(SIXTEEN, { ...flagged, ...answers }, encounter);
      expect(e.firings.find((f) => f.rule === 'P-R6')?.level).toBe('REFER');
      expect(e.actions).toEqual(
        expect.arrayContaining(['CPIS_INFORM_SOCIAL_WORKER', 'INFORM_SAFEGUARDING_LEAD']),
      );
      expect(e.detail['escalatedBy']).toEqual(by);
    },
  );
  it('adds no MASH_REFERRAL of its own', () => {
    expect(run(CHILD, { ...flagged, neglectSigns: 'yes' }).actions).not.toContain('MASH_REFERRAL');
  });
  it.each<[string, Answers]>([
    ['P-R4', { injuryOrMark: 'yes', injuryTypes: ['head-injury'], ctCriteria: ['seizure'] }],
    ['P-R9', { gpRegistered: 'no' }],
    ['P-R12', { notInEducation: 'yes' }],
    ['P-R13', { cpisResult: 'not-available' }],
  ])('does not escalate after %s', (_rule, answers) => {
    const e = run(CHILD, { ...flagged, ...answers });
    expect(e.firings.find((f) => f.rule === 'P-R6')?.level).toBe('NOTIFY');
    expect(e.level).toBe('NOTIFY');
  });
  it.each([
    ['cpp', 'child protection plan'],
    ['lac', 'looked after'],
    ['unborn-cpp', 'unborn child'],
  ] as const)('names the CP-IS flag %s', (cpisResult, words) => {
    expect(run(CHILD, { cpisResult }).reasons[0]).toContain(words);
  });
  it('is not set by CP-IS none or a social worker only unknown', () => {
    expect(run(CHILD, { cpisResult: 'none', cinOrSocialWorker: 'unknown' }).firedRules).not.toContain('P-R6');
  });
});

describe('P-R7: 16–17s use this form; 18+ is refused (code A1)', () => {
  it('fires at 16 and 17, not at 15', () => {
    expect(run(SIXTEEN, {}).firedRules).toContain('P-R7');
    expect(run('2007-03-11', {}).firedRules).toContain('P-R7');
    expect(run(YOUNG, {}).firedRules).not.toContain('P-R7');
  });
  it.each([
    ['18 today', '2007-03-10'],
    ['born after arrival', '2025-03-11'],
  ])('throws ProformaValidationError code A1 when %s', (_case, born) => {
    expect(() => assess('paediatric-triage', {}, ctx(born))).toThrow(ProformaValidationError);
    try {
      assess('paediatric-triage', {}, ctx(born));
    } catch (error) {
      expect((error as ProformaValidationError).issues).toEqual([
        expect.objectContaining({ key: 'patient.dateOfBirth', code: 'A1' }),
      ]);
    }
  });
});
