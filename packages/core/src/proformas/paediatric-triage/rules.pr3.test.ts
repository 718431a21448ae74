import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/assess.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { triageContext } from './fixtures-builder.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

// Each lettered clause of P-R3 (paediatric-triage.md "Rules"), fired on its own.

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

describe('P-R3: a NICE "suspect" feature, a disclosure, poisoning or a weapon is REFER', () => {
  it.each<[string, Age, Answers, string[]]>([
    [
      '(a) a suspicious pattern',
      '7y',
      inj(['bruise-petechiae'], { suspiciousPatterns: ['bruise-cluster'] }),
      ['a'],
    ],
    [
      '(b) a refer type with an unsuitable explanation',
      '7y',
      inj(['burn-scald'], { explanationSuitability: 'unsuitable' }),
      ['b'],
    ],
    [
      '(b) a refer type with no explanation',
      '7y',
      inj(['bite'], { explanationSuitability: 'none-given' }),
      ['b'],
    ],
    [
      '(b) not for `other` alone (P-R5 b instead)',
      '7y',
      inj(['other'], { explanationSuitability: 'unsuitable' }),
      [],
    ],
    [
      '(b) not with a suitable explanation',
      '7y',
      inj(['burn-scald'], { explanationSuitability: 'suitable' }),
      [],
    ],
    [
      '(c) a disclosure, whoever made it',
      '7y',
      { disclosedAbuse: 'yes', disclosureSource: ['parent-or-carer'] },
      ['c'],
    ],
    [
      '(d) CT criterion suspected non-accidental injury',
      '7y',
      inj(['head-injury'], { ctCriteria: ['suspected-nai'] }),
      ['d'],
    ],
    ['(e) under 13 with an STI', '12y', { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['sti'] }, ['e']],
    ['(e) under 13 and pregnant', '12y', { pregnancy: 'yes' }, ['e']],
    ['(e) under 13, B12 yes with B12.1 still blank', '12y', { sexualHealthOrAssault: 'yes' }, ['e']],
    [
      '(e) not for genital or anal symptoms alone (P-R5 p)',
      '12y',
      { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['genital-anal-symptoms'] },
      [],
    ],
    ['(e) at 13 (the boundary)', '13y', { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['sti'] }, []],
    [
      '(e) symptoms with another need still fire',
      '12y',
      { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['genital-anal-symptoms', 'sexual-assault'] },
      ['e'],
    ],
    [
      '(f) under 13 and an illegal drug',
      '12y',
      { ingestion: 'yes', ingestedSubstance: ['illicit-drug'] },
      ['f'],
    ],
    [
      '(f) not at 13 for an illegal drug taken by accident',
      '13y',
      { ingestion: 'yes', ingestedSubstance: ['illicit-drug'] },
      [],
    ],
    [
      '(f) given deliberately, any age',
      '15y',
      { ingestion: 'yes', ingestedSubstance: ['alcohol'], ingestionGivenDeliberately: 'yes' },
      ['f'],
    ],
    [
      '(f) not when deliberate giving is only unknown',
      '15y',
      { ingestion: 'yes', ingestedSubstance: ['alcohol'], ingestionGivenDeliberately: 'unknown' },
      [],
    ],
    ['(g) a stab, slash or gunshot wound', '15y', inj(['knife-or-gunshot']), ['g']],
    [
      '(g) hurt on purpose by a parent, carer or other adult',
      '7y',
      inj(['laceration'], { hurtByAnotherPerson: 'adult-or-carer' }),
      ['g'],
    ],
  ])('%s', (_name, age, answers, expected) => {
    expect(clauses('P-R3', age, answers)).toEqual(expected);
    if (expected.length > 0) expect(run(age, answers).level).toBe('REFER');
  });

  it('(g) adds POLICE_NOTIFY; the other clauses do not', () => {
    expect(run('15y', inj(['knife-or-gunshot'])).actions).toContain('POLICE_NOTIFY');
    expect(run('7y', { disclosedAbuse: 'yes' }).actions).not.toContain('POLICE_NOTIFY');
  });

  it('adds the same-day consultant review under consultantReviewUnderMonths, for any clause', () => {
    expect(run('23m', { disclosedAbuse: 'yes' }).actions).toContain('PAEDS_CONSULTANT_REVIEW_SAME_DAY');
    expect(run('3y', { disclosedAbuse: 'yes' }).actions).not.toContain('PAEDS_CONSULTANT_REVIEW_SAME_DAY');
    const site = triageContext(born['3y'], 'male', { config: { consultantReviewUnderMonths: 48 } });
    expect(evaluate('paediatric-triage', { disclosedAbuse: 'yes' }, site).actions).toContain(
      'PAEDS_CONSULTANT_REVIEW_SAME_DAY',
    );
  });

  it('gives one reason per clause, each naming the concern', () => {
    const both = run(
      '7y',
      inj(['burn-scald'], { suspiciousPatterns: ['implement-burn'], explanationSuitability: 'unsuitable' }),
    );
    const reasons = both.firings.filter((f) => f.rule === 'P-R3').map((f) => f.reason);
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toContain('a burn shaped like an implement or a cigarette');
    expect(reasons[1]).toContain('a burn or scald and the explanation given does not fit');
  });
});
