import type { ProformaFixture } from '../../model/fixture.ts';
import { scenario } from './fixtures-builder.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

/** Scenarios for P-R1, P-R3 (e), P-R5 (k, n, o, p) and P-R6, beyond the worked examples. */
export const ruleFixtures: ProformaFixture<PaediatricTriageAnswers>[] = [
  scenario({
    name: '3-year-old whose drunk father is trying to take him out of the department',
    example: 'P-R1',
    rules: ['P-R1'],
    born: '2021-06-01',
    sex: 'male',
    answers: { immediateDanger: 'yes' },
    expected: {
      level: 'EMERGENCY',
      actions: ['POLICE_999', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'],
      firedRules: ['P-R1'],
    },
  }),
  scenario({
    name: '12-year-old girl asking for emergency contraception',
    example: 'P-R3 (e)',
    rules: ['P-R3'],
    born: '2012-06-01',
    sex: 'female',
    answers: { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['emergency-contraception'] },
    expected: {
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'],
      firedRules: ['P-R3'],
    },
  }),
  scenario({
    name: '7-year-old girl with genital soreness and no clear medical cause',
    example: 'P-R5 (p)',
    rules: ['P-R5'],
    born: '2017-06-01',
    sex: 'female',
    answers: { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['genital-anal-symptoms'] },
    expected: {
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD'],
      absent: ['MASH_REFERRAL'],
      firedRules: ['P-R5'],
    },
  }),
  scenario({
    name: '13-year-old brought by an unrelated adult who does not hold parental responsibility',
    example: 'P-R5 (n)',
    rules: ['P-R5'],
    born: '2011-06-01',
    sex: 'female',
    answers: { accompaniedBy: 'unrelated-adult', companionHasPr: 'no' },
    expected: {
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD'],
      absent: ['MASH_REFERRAL'],
      firedRules: ['P-R5'],
    },
  }),
  scenario({
    name: '14-year-old who ran away from home and is reported missing to the police now',
    example: 'P-R5 (o)',
    rules: ['P-R5'],
    born: '2010-06-01',
    sex: 'male',
    answers: { missingFromHomeOrCare: 'yes', reportedMissingNow: 'yes' },
    expected: {
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD', 'POLICE_NOTIFY'],
      firedRules: ['P-R5'],
    },
  }),
  scenario({
    name: '14-year-old girl seeking contraception whom the CSE screen rates medium risk',
    example: 'P-R5 (k)',
    rules: ['P-R5'],
    born: '2010-06-01',
    sex: 'female',
    answers: { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['contraception'] },
    otherForms: { cse: { level: 'DISCUSS', detail: { cseRisk: 'MEDIUM' }, actions: ['CONSIDER_MASH'] } },
    expected: {
      level: 'DISCUSS',
      formLevel: 'NO_CONCERN',
      actions: ['INFORM_SAFEGUARDING_LEAD', 'CONSIDER_MASH'],
      absent: ['ROUTINE_SUMMARY'],
      firedRules: ['P-R5'],
      detail: { cseRisk: 'MEDIUM' },
    },
  }),
  scenario({
    name: '6-year-old on a child protection plan, with an unexplained delay after a burn',
    example: 'P-R6',
    rules: ['P-R5', 'P-R6'],
    born: '2018-06-01',
    sex: 'female',
    answers: { cpisResult: 'cpp', injuryTypes: ['burn-scald'], unexplainedDelay: 'yes' },
    expected: {
      level: 'REFER',
      actions: ['CPIS_INFORM_SOCIAL_WORKER', 'INFORM_SAFEGUARDING_LEAD'],
      absent: ['MASH_REFERRAL'],
      firedRules: ['P-R5', 'P-R6'],
      detail: { cpFlag: true, escalatedBy: ['paediatric-triage'] },
    },
  }),
];
