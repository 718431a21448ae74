import type { ProformaFixture } from '../../model/fixture.ts';
import { scenario } from './fixtures-builder.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

const FA_STUB_ACTIONS = ['INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', 'NOTIFY_SN'] as const;

/** paediatric-triage.md "Worked examples" #7–#9, each variant in its row included. */
export const workedExampleFixtures2: ProformaFixture<PaediatricTriageAnswers>[] = [
  ...(['FA2', 'FA3'] as const).map((faLevel) =>
    scenario({
      name: `12-year-old with an allocated social worker who is a frequent attender (${faLevel})`,
      example: '#7',
      rules: ['P-R5', 'P-R6'],
      born: '2012-11-02',
      sex: 'male',
      answers: { cinOrSocialWorker: 'yes' },
      otherForms: {
        'frequent-attender': { level: 'DISCUSS', detail: { faLevel }, actions: [...FA_STUB_ACTIONS] },
      },
      expected: {
        level: 'REFER',
        formLevel: 'NOTIFY',
        actions: ['CPIS_INFORM_SOCIAL_WORKER', 'INFORM_SAFEGUARDING_LEAD', 'FA_FLAG'],
        absent: ['MASH_REFERRAL'],
        firedRules: ['P-R5', 'P-R6'],
        detail: { cpFlag: true, faLevel, escalatedBy: ['frequent-attender'] },
      },
    }),
  ),
  scenario({
    name: '12-year-old with an allocated social worker, triage alone (no frequent-attender result yet)',
    example: '#7',
    rules: ['P-R6'],
    born: '2012-11-02',
    sex: 'male',
    answers: { cinOrSocialWorker: 'yes' },
    expected: {
      level: 'NOTIFY',
      actions: ['CPIS_INFORM_SOCIAL_WORKER'],
      absent: ['INFORM_SAFEGUARDING_LEAD', 'MASH_REFERRAL', 'ROUTINE_SUMMARY'],
      firedRules: ['P-R6'],
      detail: { cpFlag: true },
    },
  }),
  scenario({
    name: '5-year-old (5 today) in foster care, not registered with a GP',
    example: '#8',
    rules: ['P-R6', 'P-R9'],
    born: '2020-03-10',
    sex: 'male',
    answers: { accompaniedBy: 'foster-carer', companionHasPr: 'no', gpRegistered: 'no', cpisResult: 'lac' },
    expected: {
      level: 'NOTIFY',
      actions: ['CPIS_INFORM_SOCIAL_WORKER', 'NOTIFY_SN'],
      absent: ['NOTIFY_HV', 'ROUTINE_SUMMARY', 'MASH_REFERRAL'],
      firedRules: ['P-R6', 'P-R9'],
      detail: { ageYears: 5, notifyService: 'sn', cpFlag: true },
    },
  }),
  scenario({
    name: '20-month-old who walks, drowsy after swallowing methadone',
    example: '#9',
    rules: ['P-R3'],
    born: '2023-07-02',
    sex: 'female',
    answers: { ingestion: 'yes', ingestedSubstance: ['opioid-substitute'], intoxicated: 'yes' },
    expected: {
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD', 'PAEDS_CONSULTANT_REVIEW_SAME_DAY'],
      firedRules: ['P-R3', 'P-R5'],
      detail: { ageMonths: 20 },
    },
  }),
  scenario({
    name: '20-month-old who walks, swallowed a household product',
    example: '#9',
    rules: ['P-R5'],
    born: '2023-07-02',
    sex: 'female',
    answers: { ingestion: 'yes', ingestedSubstance: ['household-product'] },
    expected: {
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD'],
      absent: ['MASH_REFERRAL'],
      firedRules: ['P-R5'],
    },
  }),
  scenario({
    name: '5-year-old (5 today) who swallowed a household product',
    example: '#9',
    rules: ['P-R5', 'P-R8'],
    born: '2020-03-10',
    sex: 'female',
    answers: { ingestion: 'yes', ingestedSubstance: ['household-product'] },
    expected: {
      level: 'NO_CONCERN',
      actions: ['ROUTINE_SUMMARY'],
      absent: ['INFORM_SAFEGUARDING_LEAD', 'MASH_REFERRAL'],
      firedRules: ['P-R8'],
      detail: { routineSummaryTo: ['gp', 'sn'] },
    },
  }),
];
