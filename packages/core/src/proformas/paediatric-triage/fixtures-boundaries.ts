import type { ProformaFixture } from '../../model/fixture.ts';
import { scenario } from './fixtures-builder.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

const BRUISE: Pick<PaediatricTriageAnswers, 'injuryTypes'> = { injuryTypes: ['bruise-petechiae'] };

/** Boundary rows: each threshold and one step either side (paediatric-triage.md "Configurable thresholds"). */
export const boundaryFixtures: ProformaFixture<PaediatricTriageAnswers>[] = [
  scenario({
    name: '6-month-old (6 today) who crawls, with a bruise: B6 asked, mobile',
    example: 'boundary',
    rules: ['P-R2', 'P-R8'],
    born: '2024-09-10',
    sex: 'male',
    answers: { ...BRUISE, independentlyMobile: 'yes' },
    expected: {
      level: 'NO_CONCERN',
      actions: ['ROUTINE_SUMMARY'],
      absent: ['MASH_REFERRAL'],
      firedRules: ['P-R8'],
      detail: { ageMonths: 6, nonMobile: false },
    },
  }),
  scenario({
    name: '6-month-old (6 today) who cannot yet move about, with a bruise',
    example: 'boundary',
    rules: ['P-R2'],
    born: '2024-09-10',
    sex: 'male',
    answers: { ...BRUISE, independentlyMobile: 'no' },
    expected: {
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'PAEDS_CONSULTANT_REVIEW_SAME_DAY', 'NOTIFY_HV'],
      firedRules: ['P-R2'],
      detail: { ageMonths: 6, nonMobile: true },
    },
  }),
  scenario({
    name: '15-year-old with cerebral palsy who cannot move independently, with a bruise',
    example: 'boundary',
    rules: ['P-R2'],
    born: '2009-06-01',
    sex: 'female',
    answers: { ...BRUISE, disabilityOrCommunicationNeed: 'yes', independentlyMobile: 'no' },
    expected: {
      level: 'REFER',
      actions: [
        'MASH_REFERRAL',
        'PAEDS_CONSULTANT_REVIEW_SAME_DAY',
        'INFORM_SAFEGUARDING_LEAD',
        'NOTIFY_GP',
        'NOTIFY_SN',
      ],
      firedRules: ['P-R2'],
      detail: { ageYears: 15, nonMobile: true },
    },
  }),
  scenario({
    name: '23-month-old who walks, with bruising on a protected site (consultant review today)',
    example: 'boundary',
    rules: ['P-R3'],
    born: '2023-03-11',
    sex: 'female',
    answers: { ...BRUISE, suspiciousPatterns: ['protected-site-bruise'] },
    expected: {
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD', 'PAEDS_CONSULTANT_REVIEW_SAME_DAY'],
      firedRules: ['P-R3'],
      detail: { ageMonths: 23 },
    },
  }),
  scenario({
    name: '1-year-old (12 months today) with a 60 mm head bruise: the under-1 CT rule no longer applies',
    example: 'boundary',
    rules: ['P-R4', 'P-R8'],
    born: '2024-03-10',
    sex: 'female',
    answers: { injuryTypes: ['head-injury'], ctCriteria: [] },
    expected: {
      level: 'NO_CONCERN',
      actions: ['ROUTINE_SUMMARY'],
      absent: ['TRANSFER_ED_AMBULANCE'],
      firedRules: ['P-R8'],
      detail: { ageMonths: 12 },
    },
  }),
  scenario({
    name: '4-year-old with a chest infection (health visitor until 5)',
    example: 'boundary',
    rules: ['P-R8'],
    born: '2020-03-11',
    sex: 'female',
    answers: {},
    expected: {
      level: 'NO_CONCERN',
      actions: ['ROUTINE_SUMMARY'],
      firedRules: ['P-R8'],
      detail: { ageYears: 4, notifyService: 'hv', routineSummaryTo: ['gp', 'hv'] },
    },
  }),
];
