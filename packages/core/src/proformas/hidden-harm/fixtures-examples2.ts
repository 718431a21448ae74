import type { ProformaFixture } from '../../model/fixture.ts';
import { PLAN } from './fixtures-examples.ts';
import { adult, answers, bornYearsAgo, child, inCare, SUMMARY } from './fixtures-build.ts';
import type { ChildRow, HiddenHarmAnswers } from './schema.ts';

type Fixture = ProformaFixture<HiddenHarmAnswers>;

const ALONE_PLAN = 'The patient says the child is fine at home on their own.';

/** Example 6 and 7: an intoxicated father, the child at home with no adult. */
const aloneAtHome = (years: number, aloneOvernight: 'yes' | 'no'): Partial<HiddenHarmAnswers> =>
  answers({
    presentingReasons: ['intoxication'],
    childrenUnder18: 'yes',
    children: [
      child('Noah Example', bornYearsAgo(years), { whereNow: 'home', whoCaringNow: 'alone', aloneOvernight }),
    ],
    ...inCare(ALONE_PLAN),
    concernSummary: SUMMARY,
  });

/** Example 8: a mother in a mental-health crisis who speaks of harming a baby she could reach. */
const intentToHarm = (children: ChildRow[]): Partial<HiddenHarmAnswers> =>
  answers({
    presentingReasons: ['mental-health'],
    ...(children.length > 0 ? { childrenUnder18: 'yes', children, ...inCare(PLAN) } : {}),
    intentToHarmChild: 'yes',
    childAccessibleToPatient: 'yes',
    concernSummary: SUMMARY,
  });

const BABY = child('Ezra Example', '2024-07-01', { whereNow: 'in-department', whoCaringNow: 'other-parent' });

/** hidden-harm.md "Worked examples" 6–8, each variant in its row as its own fixture. */
export const examplesSixToEight: Fixture[] = [
  {
    name: 'Intoxicated father whose 11-year-old is at home alone',
    example: '6',
    rules: ['A-R2'],
    context: adult(33, 'male'),
    answers: aloneAtHome(11, 'no'),
    expected: {
      level: 'EMERGENCY',
      actions: ['POLICE_999', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'],
      absent: ['MENTAL_HEALTH_REVIEW'],
      firedRules: ['A-R2'],
    },
    complete: true,
  },
  {
    name: 'Intoxicated father whose 12-year-old is at home alone until he gets back tonight',
    example: '7',
    rules: ['A-R4'],
    context: adult(33, 'male'),
    answers: aloneAtHome(12, 'no'),
    expected: {
      level: 'DISCUSS',
      actions: ['NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['POLICE_999', 'MASH_REFERRAL'],
      firedRules: ['A-R4'],
    },
    complete: true,
  },
  {
    name: 'Intoxicated father whose 12-year-old will be on their own overnight',
    example: '7 variant (H4d yes)',
    rules: ['A-R2'],
    context: adult(33, 'male'),
    answers: aloneAtHome(12, 'yes'),
    expected: {
      level: 'EMERGENCY',
      actions: ['POLICE_999', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'],
      firedRules: ['A-R2'],
    },
    complete: true,
  },
  {
    name: 'Mother in a mental-health crisis who speaks of harming her 8-month-old baby, here with her',
    example: '8',
    rules: ['A-R2', 'A-R3', 'A-R8'],
    context: adult(29, 'female'),
    answers: intentToHarm([BABY]),
    expected: {
      level: 'EMERGENCY',
      actions: [
        'POLICE_999',
        'MASH_REFERRAL',
        'INFORM_SAFEGUARDING_LEAD',
        'NOTIFY_GP',
        'NOTIFY_HV',
        'MENTAL_HEALTH_REVIEW',
      ],
      firedRules: ['A-R2', 'A-R3', 'A-R8'],
    },
    complete: true,
  },
  {
    name: 'Woman in a mental-health crisis who speaks of harming a neighbour’s baby she could reach',
    example: '8 variant (H1 no, a neighbour’s child)',
    rules: ['A-R2', 'A-R3', 'A-R8'],
    context: adult(29, 'female'),
    answers: intentToHarm([]),
    expected: {
      level: 'EMERGENCY',
      actions: [
        'POLICE_999',
        'MASH_REFERRAL',
        'INFORM_SAFEGUARDING_LEAD',
        'NOTIFY_GP',
        'MENTAL_HEALTH_REVIEW',
      ],
      absent: ['NOTIFY_HV'],
      firedRules: ['A-R2', 'A-R3', 'A-R8'],
    },
    complete: true,
  },
];
