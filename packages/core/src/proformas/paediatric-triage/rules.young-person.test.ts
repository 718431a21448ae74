import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/assess.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { triageContext } from './fixtures-builder.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

// Targeted tests of P-R10 and P-R11, hidden answers, and `unknown` (which fires a clause only
// where the spec says so).

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
const clausesOf = (rule: string, born: string, answers: Answers) =>
  run(born, answers)
    .firings.filter((f) => f.rule === rule)
    .map((f) => f.clause ?? '-');

const INFANT = '2024-06-01'; // 9 months
const TODDLER = '2023-01-01'; // 2 years
const CHILD = '2017-06-01'; // 7 years
const TEN = '2014-06-01';
const YOUNG = '2009-06-01'; // 15 years
const SIXTEEN = '2008-06-01';

describe('P-R10: the young person’s own children, pregnancy and partner', () => {
  const parent: Answers = { ownChildren: 'yes', ownChildrenWhereNow: 'relative' };
  it.each<[string, Answers, string[], string]>([
    [
      '(a) their child is on their own now',
      { ownChildren: 'yes', ownChildrenWhereNow: 'alone' },
      ['a'],
      'EMERGENCY',
    ],
    ['(b) a parent with domestic abuse at home', { ...parent, carerDomesticAbuse: 'yes' }, ['b'], 'REFER'],
    [
      '(b) a parent with two factors',
      { ...parent, intoxicated: 'yes', selfHarmOrOverdose: 'yes' },
      ['b'],
      'REFER',
    ],
    ['(b) pregnant and intoxicated', { pregnancy: 'yes', intoxicated: 'yes' }, ['b'], 'REFER'],
    ['(c) a parent, intoxicated', { ...parent, intoxicated: 'yes' }, ['c'], 'DISCUSS'],
    ['(c) pregnant, self-harm', { pregnancy: 'yes', selfHarmOrOverdose: 'yes' }, ['c'], 'DISCUSS'],
    ['(d) partner abuse', { partnerAbuse: 'yes', ypDashResult: 'not-done' }, ['d'], 'DISCUSS'],
    [
      '(d)+(e) Dash at the MARAC threshold',
      { partnerAbuse: 'yes', ypDashResult: 'marac-threshold-met' },
      ['d', 'e'],
      'REFER',
    ],
    [
      'nothing when H1 and H2 are only unknown',
      { ownChildren: 'unknown', pregnancy: 'unknown', intoxicated: 'yes' },
      [],
      'NO_CONCERN',
    ],
    ['nothing when partner abuse is only unknown', { partnerAbuse: 'unknown' }, [], 'NO_CONCERN'],
  ])('%s', (_name, answers, clauses, level) => {
    expect(clausesOf('P-R10', SIXTEEN, answers)).toEqual(clauses);
    expect(run(SIXTEEN, answers).level).toBe(level);
  });
  it('ypNotify: the GP, the baby’s health visitor (H1), maternity safeguarding (H2)', () => {
    expect(run(SIXTEEN, { ...parent, intoxicated: 'yes' }).actions).toEqual([
      'INFORM_SAFEGUARDING_LEAD',
      'NOTIFY_GP',
      'NOTIFY_HV',
    ]);
    const pregnant = run(SIXTEEN, { pregnancy: 'yes', intoxicated: 'yes' }).actions;
    expect(pregnant).toEqual(
      expect.arrayContaining(['MASH_REFERRAL', 'NOTIFY_GP', 'MATERNITY_SAFEGUARDING_NOTIFY']),
    );
    expect(pregnant).not.toContain('NOTIFY_HV');
  });
  it('(a) calls 999 and is a [PROJECT RULE] naming childAloneEmergencyAgeYears', () => {
    const e = run(SIXTEEN, { ownChildren: 'yes', ownChildrenWhereNow: 'alone' });
    expect(e.actions).toEqual(['POLICE_999', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD']);
    expect(e.firings[0]).toMatchObject({ rule: 'P-R10', clause: 'a', status: 'project-rule' });
    expect(e.reasons[0]).toContain('under 12');
  });
  it('(e) refers to MARAC and the MASH, with the IDVA offer', () => {
    const e = run(SIXTEEN, { partnerAbuse: 'yes', ypDashResult: 'marac-threshold-met' });
    expect(e.actions).toEqual([
      'MASH_REFERRAL',
      'MARAC_REFERRAL',
      'INFORM_SAFEGUARDING_LEAD',
      'IDVA_OR_DA_SERVICE',
    ]);
  });
});

describe('P-R11: leaving with a concern open; left before completion', () => {
  it('(a) via urgentTransfer: REFER with MASH_REFERRAL', () => {
    const answers: Answers = {
      injuryOrMark: 'yes',
      injuryTypes: ['head-injury'],
      ctCriteria: ['seizure'],
      carerLeavingAgainstAdvice: 'yes',
    };
    expect(clausesOf('P-R11', TODDLER, answers)).toEqual(['a']);
    expect(run(TODDLER, answers).actions).toEqual(
      expect.arrayContaining(['MASH_REFERRAL', 'TRANSFER_ED_AMBULANCE']),
    );
  });
  it('(a) via another form at DISCUSS or above (discussConcern includes otherFormDiscuss)', () => {
    const e = run(
      TEN,
      { carerLeavingAgainstAdvice: 'yes' },
      { otherFormDiscuss: true, formsAtDiscussOrAbove: ['cse'] },
    );
    expect(e.firings.find((f) => f.rule === 'P-R11')).toMatchObject({ clause: 'a', level: 'REFER' });
  });
  it('(a) does not fire with a refer concern (P-R1 does)', () => {
    expect(clausesOf('P-R11', CHILD, { disclosedAbuse: 'yes', carerLeavingAgainstAdvice: 'yes' })).toEqual(
      [],
    );
  });
  it.each<[string, string, Answers, string, boolean]>([
    [
      '(b) DISCUSS at 2 with no urgent need',
      TODDLER,
      { leftBeforeCompletion: 'yes', leftWithUrgentNeed: 'no' },
      'DISCUSS',
      false,
    ],
    ['(b) REFER under 1', INFANT, { leftBeforeCompletion: 'yes', leftWithUrgentNeed: 'no' }, 'REFER', true],
    [
      '(b) REFER when they left needing urgent care',
      YOUNG,
      { leftBeforeCompletion: 'yes', leftWithUrgentNeed: 'yes' },
      'REFER',
      true,
    ],
  ])('%s', (_name, born, answers, level, mash) => {
    const e = run(born, answers);
    expect(e.firings.find((f) => f.rule === 'P-R11')).toMatchObject({ clause: 'b', level });
    expect(e.actions).toEqual(
      expect.arrayContaining(['INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'FAMILY_CALLBACK']),
    );
    expect(e.actions.includes('MASH_REFERRAL')).toBe(mash);
  });
});

describe('hidden answers are ignored; `unknown` fires only where the spec says so', () => {
  it.each<[string, string, Answers]>([
    ['B11 self-harm under 8', CHILD, { selfHarmOrOverdose: 'yes' }],
    [
      'B9.1 head mark at 2 years',
      TODDLER,
      { injuryOrMark: 'yes', injuryTypes: ['head-injury'], ctCriteria: [], largestHeadMarkMm: 90 },
    ],
    ['B7 injury types with B1.1 = no', CHILD, { injuryOrMark: 'no', injuryTypes: ['knife-or-gunshot'] }],
    ['H12 partner abuse at 15', YOUNG, { partnerAbuse: 'yes' }],
    ['H4 own child alone at 11', '2013-06-01', { ownChildrenWhereNow: 'alone' }],
    ['D3.2 reported missing without D3.1a', TEN, { missingFromHomeOrCare: 'no', reportedMissingNow: 'yes' }],
    ['B14.1 carer leaving without any concern', TEN, { carerLeavingAgainstAdvice: 'yes' }],
    ['B16 exploitation signs at 7', CHILD, { exploitationSigns: ['weapon'] }],
  ])('%s', (_name, born, answers) => {
    const e = run(born, answers);
    expect(e.level).toBe('NO_CONCERN');
    expect(e.firedRules).toEqual(['P-R8']);
  });
  it.each<[string, Answers]>([
    ['B15.2', { ingestion: 'yes', ingestedSubstance: ['alcohol'], ingestionGivenDeliberately: 'unknown' }],
    [
      'B1.2 not known',
      { injuryOrMark: 'yes', injuryTypes: ['laceration'], hurtByAnotherPerson: 'not-known' },
    ],
    ['A10 and B6', { disabilityOrCommunicationNeed: 'unknown' }],
    [
      'C5, D1–D1.2, D3, D3.1a, D3.1b',
      {
        neglectSigns: 'unknown',
        carerDomesticAbuse: 'unknown',
        carerSubstanceMisuse: 'unknown',
        carerMentalHealth: 'unknown',
        youngCarer: 'unknown',
        missingFromHomeOrCare: 'unknown',
        notInEducation: 'unknown',
      },
    ],
    ['A6, A8', { gpRegistered: 'unknown', cinOrSocialWorker: 'unknown' }],
  ])('`unknown` in %s fires nothing', (_name, answers) => {
    expect(run(TEN, answers).firedRules).toEqual(['P-R8']);
  });
  it('but A4 unknown fires P-R5 (n), as the spec says', () => {
    expect(clausesOf('P-R5', TEN, { accompaniedBy: 'unrelated-adult', companionHasPr: 'unknown' })).toEqual([
      'n',
    ]);
  });
});
