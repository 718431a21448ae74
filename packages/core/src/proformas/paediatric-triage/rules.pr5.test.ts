import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/assess.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { triageContext } from './fixtures-builder.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

// Each lettered clause of P-R5 (paediatric-triage.md "Rules"), fired on its own, cross-form ones included.

type Answers = Partial<PaediatricTriageAnswers>;
const BORN = { '23m': '2023-04-01', '3y': '2021-06-01', '7y': '2017-06-01', '12y': '2012-06-01' } as const;
const BORN_MORE = {
  '13y': '2011-06-01',
  '15y': '2009-06-01',
  '16y': '2008-06-01',
  '17y': '2007-06-01',
} as const;
const born = { ...BORN, ...BORN_MORE };
type Age = keyof typeof born;

const run = (age: Age, answers: Answers, encounter: EncounterInputs = {}) =>
  evaluate('paediatric-triage', answers, triageContext(born[age], 'female'), encounter);
const clauses = (rule: string, age: Age, answers: Answers, encounter: EncounterInputs = {}) =>
  run(age, answers, encounter)
    .firings.filter((f) => f.rule === rule)
    .map((f) => f.clause);

const inj = (injuryTypes: NonNullable<Answers['injuryTypes']>, more: Answers = {}): Answers => ({
  injuryOrMark: 'yes',
  injuryTypes,
  ...more,
});

describe('P-R5: a possible concern is DISCUSS', () => {
  it.each<[string, Age, Answers, EncounterInputs, string[]]>([
    ['(a) an unexplained delay', '7y', inj(['laceration'], { unexplainedDelay: 'yes' }), {}, ['a']],
    [
      '(b) `other` injury with no explanation',
      '7y',
      inj(['other'], { explanationSuitability: 'none-given' }),
      {},
      ['b'],
    ],
    [
      '(b) not for `other` with a suitable explanation',
      '7y',
      inj(['other'], { explanationSuitability: 'suitable' }),
      {},
      [],
    ],
    [
      '(b) not for a refer type with a poor explanation (P-R3 b)',
      '7y',
      inj(['laceration'], { explanationSuitability: 'unsuitable' }),
      {},
      [],
    ],
    [
      '(n) not when the unrelated adult holds PR',
      '15y',
      { accompaniedBy: 'unrelated-adult', companionHasPr: 'yes' },
      {},
      [],
    ],
    [
      '(n) not at 16 without a disability',
      '16y',
      { accompaniedBy: 'adult-friend', companionHasPr: 'unknown' },
      {},
      [],
    ],
    ['(c) a friend under 18 and no adult, under 16', '15y', { accompaniedBy: 'friend-under-18' }, {}, ['c']],
    ['(c) alone at 16 (the boundary)', '16y', { accompaniedBy: 'alone' }, {}, []],
    ['(d) intoxicated under 16', '15y', { intoxicated: 'yes' }, {}, ['d']],
    ['(d) intoxicated at 16 (the boundary)', '16y', { intoxicated: 'yes' }, {}, []],
    ['(e) self-harm or overdose', '12y', { selfHarmOrOverdose: 'yes' }, {}, ['e']],
    ['(f) frightened and watchful', '7y', { demeanour: ['distressed', 'frightened-watchful'] }, {}, ['f']],
    [
      '(g) a concerning carer interaction',
      '7y',
      { accompaniedBy: 'parent', carerInteraction: 'concerning' },
      {},
      ['g'],
    ],
    ['(h) signs of neglect', '7y', { neglectSigns: 'yes' }, {}, ['h']],
    ['(h) not when neglect is only unknown', '7y', { neglectSigns: 'unknown' }, {}, []],
    ['(i) domestic abuse at home', '7y', { carerDomesticAbuse: 'yes' }, {}, ['i']],
    ['(i) a carer misusing alcohol or drugs', '7y', { carerSubstanceMisuse: 'yes' }, {}, ['i']],
    ['(i) a carer with mental ill-health', '7y', { carerMentalHealth: 'yes' }, {}, ['i']],
    [
      '(i) not when all three are only unknown',
      '7y',
      { carerDomesticAbuse: 'unknown', carerSubstanceMisuse: 'unknown', carerMentalHealth: 'unknown' },
      {},
      [],
    ],
    ['(j) cross-form: frequent attender FA2', '7y', {}, { faLevel: 'FA2' }, ['j']],
    ['(j) cross-form: frequent attender FA3', '7y', {}, { faLevel: 'FA3' }, ['j']],
    ['(j) not at FA1', '7y', {}, { faLevel: 'FA1' }, []],
    ['(k) cross-form: CSE risk medium', '15y', {}, { cseRisk: 'MEDIUM' }, ['k']],
    ['(k) CSE HIGH is no clause (that form is REFER already)', '15y', {}, { cseRisk: 'HIGH' }, []],
    [
      '(l) under 5, swallowed a household product',
      '3y',
      { ingestion: 'yes', ingestedSubstance: ['household-product'] },
      {},
      ['l'],
    ],
    ['(l) not when P-R3 (f) is met', '3y', { ingestion: 'yes', ingestedSubstance: ['illicit-drug'] }, {}, []],
    [
      '(m) hurt on purpose by another child',
      '12y',
      inj(['bruise-petechiae'], { hurtByAnotherPerson: 'other-person' }),
      {},
      ['m'],
    ],
    ['(m) came with the police', '12y', { accompaniedBy: 'police' }, {}, ['m']],
    ['(m) a sign of exploitation', '12y', { exploitationSigns: ['older-associates'] }, {}, ['m']],
    ['(m) not for B16 none', '12y', { exploitationSigns: ['none'] }, {}, []],
    [
      '(n) the companion refused their details',
      '7y',
      { accompaniedBy: 'other-relative', companionDeclinedDetails: 'yes' },
      {},
      ['n'],
    ],
    [
      '(n) the adult is not fit to care',
      '7y',
      { accompaniedBy: 'parent', companionFitToCare: 'no' },
      {},
      ['n'],
    ],
    [
      '(n) an unrelated adult whose PR is unknown, under 16',
      '15y',
      { accompaniedBy: 'unrelated-adult', companionHasPr: 'unknown' },
      {},
      ['n'],
    ],
    [
      '(n) a partner without PR at 17 who is not disabled',
      '17y',
      { accompaniedBy: 'partner', companionHasPr: 'no' },
      {},
      [],
    ],
    [
      '(n) a partner without PR at 17, disabled',
      '17y',
      { accompaniedBy: 'partner', companionHasPr: 'no', disabilityOrCommunicationNeed: 'yes' },
      {},
      ['n'],
    ],
    [
      '(n) never a friend under 18',
      '17y',
      { accompaniedBy: 'friend-under-18', companionHasPr: 'no', disabilityOrCommunicationNeed: 'yes' },
      {},
      [],
    ],
    [
      '(n) not a relative without PR',
      '7y',
      { accompaniedBy: 'other-relative', companionHasPr: 'no' },
      {},
      [],
    ],
    ['(o) gone missing from home or care', '12y', { missingFromHomeOrCare: 'yes' }, {}, ['o']],
    ['(o) not when missing is only unknown', '12y', { missingFromHomeOrCare: 'unknown' }, {}, []],
    [
      '(p) under 13, genital or anal symptoms alone',
      '7y',
      { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['genital-anal-symptoms'] },
      {},
      ['p'],
    ],
    [
      '(p) not at 13',
      '13y',
      { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['genital-anal-symptoms'] },
      {},
      [],
    ],
  ])('%s', (_name, age, answers, encounter, expected) => {
    expect(clauses('P-R5', age, answers, encounter)).toEqual(expected);
    if (expected.length > 0) expect(run(age, answers, encounter).level).toBe('DISCUSS');
  });

  it('(c) and (d) follow their site settings', () => {
    const site = triageContext(born['16y'], 'male', {
      config: { unaccompaniedDiscussUnderYears: 17, intoxicationDiscussUnderYears: 17 },
    });
    const firings = evaluate(
      'paediatric-triage',
      { accompaniedBy: 'alone', intoxicated: 'yes' },
      site,
    ).firings;
    expect(firings.filter((f) => f.rule === 'P-R5').map((f) => f.clause)).toEqual(['c', 'd']);
  });

  it('(e) adds MENTAL_HEALTH_REVIEW; every clause adds INFORM_SAFEGUARDING_LEAD', () => {
    expect(run('12y', { selfHarmOrOverdose: 'yes' }).actions).toEqual([
      'INFORM_SAFEGUARDING_LEAD',
      'MENTAL_HEALTH_REVIEW',
    ]);
    expect(run('7y', { neglectSigns: 'yes' }).actions).toEqual(['INFORM_SAFEGUARDING_LEAD']);
  });

  it('(o) adds POLICE_NOTIFY only when the child is reported missing now (D3.2), and is a [PROJECT RULE]', () => {
    const reported = run('12y', { missingFromHomeOrCare: 'yes', reportedMissingNow: 'yes' });
    expect(reported.actions).toContain('POLICE_NOTIFY');
    expect(reported.reasons.join(' ')).toContain('tell the police the child is found, and where');
    expect(run('12y', { missingFromHomeOrCare: 'yes', reportedMissingNow: 'no' }).actions).not.toContain(
      'POLICE_NOTIFY',
    );
    expect(reported.firings.find((f) => f.rule === 'P-R5')?.status).toBe('project-rule');
  });

  it('(p) is a [PROJECT RULE]; (a) is not', () => {
    const p = run('7y', { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['genital-anal-symptoms'] });
    expect(p.firings.find((f) => f.rule === 'P-R5')?.status).toBe('project-rule');
    const a = run('7y', inj(['laceration'], { unexplainedDelay: 'yes' }));
    expect(a.firings.find((f) => f.rule === 'P-R5')?.status).toBeUndefined();
  });

  it('(n) names private fostering only for the non-relative limb', () => {
    const fostering = run('15y', { accompaniedBy: 'adult-friend', companionHasPr: 'no' }).reasons.join(' ');
    expect(fostering).toContain('private fostering');
    expect(fostering).toContain('a friend aged 18 or over');
    const refused = run('7y', { accompaniedBy: 'parent', companionDeclinedDetails: 'yes' }).reasons.join(' ');
    expect(refused).toContain('refused to give their name or relationship');
    expect(refused).not.toContain('private fostering');
  });

  it('(j) and (k) name the other form in their reasons', () => {
    expect(run('7y', {}, { faLevel: 'FA3' }).reasons[0]).toContain('frequent-attender check');
    expect(run('15y', {}, { cseRisk: 'MEDIUM' }).reasons[0]).toBe('The CSE screen rated the risk as medium.');
  });
});
