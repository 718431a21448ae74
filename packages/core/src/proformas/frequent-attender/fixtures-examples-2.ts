import type { ProformaFixture } from '../../model/fixture.ts';
import {
  discussed,
  faContext,
  historyNotChecked,
  reportedVisit,
  reviewed,
  visit,
  X,
  Y,
} from './fixtures-builder.ts';
import type { FrequentAttenderAnswers } from './schema.ts';

type Fixture = ProformaFixture<FrequentAttenderAnswers>;

const countyGeneral = [-150, -70, -12].map((d) => reportedVisit(d, 'County General A&E'));
const example9 = {
  headInjuryToday: 'yes',
  reviewDecision: 'no-concern',
  decisionReason: 'Fell from a sofa today; the earlier visit was a trapped finger (synthetic).',
  ...discussed,
} as const;
/** frequent-attender.md "Worked examples" #6–#9 (with each variant the table names). */
export const workedExampleFixtures2: Fixture[] = [
  {
    name: '4-year-old girl, registry error: the family reports three A&E visits elsewhere',
    example: '6',
    rules: ['FA3', 'FA-U'],
    context: faContext('2020-07-07', 'female', undefined),
    answers: {
      ...historyNotChecked(countyGeneral, ['asked-family']),
      todayReasons: ['illness'],
      knownToSocialCare: 'no',
      ...reviewed(),
      ...discussed,
    },
    expected: {
      level: 'DISCUSS',
      actions: ['CONSIDER_MASH', 'INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', 'NOTIFY_HV'],
      absent: ['NOTIFY_SN'],
      firedRules: ['FA3', 'FA-U'],
      detail: { faLevel: 'FA3', n12: 4, n6: 4, providers12: 2 },
    },
    complete: true,
  },
  {
    name: '8-year-old boy: a planned follow-up with a recorded concern escalates, though it is not counted',
    example: '7',
    rules: ['FA3'],
    context: faContext('2016-09-09', 'male', [
      visit('r1', -330),
      visit('r2', -210),
      visit('r3', -150),
      visit('r4', -148, X, { category: 'planned-follow-up', safeguardingConcernRecorded: true }),
    ]),
    answers: { todayReasons: ['injury'], knownToSocialCare: 'no', ...reviewed(), ...discussed },
    expected: {
      level: 'DISCUSS',
      actions: ['CONSIDER_MASH', 'FA_FLAG', 'NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['NOTIFY_HV'],
      firedRules: ['FA3'],
      detail: { faLevel: 'FA3', n12: 4, n6: 2, providers12: 1 },
    },
    complete: true,
  },
  {
    name: '12-year-old girl at a planned follow-up: the clinician refers to the MASH',
    example: '8',
    rules: ['FA1', 'FA-J'],
    context: faContext('2012-11-11', 'female', [visit('r1', -100), visit('r2', -50), visit('r3', -20)], {
      category: 'planned-follow-up',
    }),
    answers: {
      ...reviewed({
        reviewDecision: 'concern-refer',
        decisionReason: 'She says she is scared to go home (synthetic).',
      }),
      ...discussed,
    },
    expected: {
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['FA_FLAG', 'CONSIDER_MASH'],
      firedRules: ['FA1', 'FA-J'],
      detail: { faLevel: 'FA1', n12: 3, n6: 3, providers12: 1 },
    },
    complete: true,
  },
  {
    name: '3-year-old boy with a head injury today after an injury visit 40 days ago',
    example: '9',
    rules: ['FA0', 'FA-P'],
    context: faContext('2021-09-01', 'male', [visit('r1', -40, Y, { reasons: ['injury'] })]),
    answers: example9,
    expected: {
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_HV'],
      absent: ['FA_FLAG', 'CONSIDER_MASH', 'NOTIFY_SN'],
      firedRules: ['FA0', 'FA-P'],
      detail: { faLevel: 'FA0', n12: 2, n6: 2, providers12: 2 },
    },
    complete: true,
  },
  {
    name: '5-year-old boy (5 years 0 months) with a head injury after an injury visit: V14 is not asked',
    example: '9 (variant: aged 5 y 0 m)',
    rules: ['FA0'],
    context: faContext('2020-03-12', 'male', [visit('r1', -40, Y, { reasons: ['injury'] })]),
    answers: example9,
    expected: {
      level: 'NO_CONCERN',
      actions: [],
      absent: ['INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_SN', 'ROUTINE_SUMMARY'],
      firedRules: ['FA0'],
      detail: { faLevel: 'FA0', n12: 2, n6: 2, providers12: 2 },
    },
    complete: true,
  },
];
