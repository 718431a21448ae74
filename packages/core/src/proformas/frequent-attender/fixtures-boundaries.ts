import type { ProformaFixture } from '../../model/fixture.ts';
import { discussed, faContext, reviewed, visit, X, Y } from './fixtures-builder.ts';
import type { FrequentAttenderAnswers } from './schema.ts';

type Fixture = ProformaFixture<FrequentAttenderAnswers>;

// Boundary rows: each threshold and one below it (frequent-attender.md "Configurable thresholds"),
// plus one scenario for each decision and escalator the examples do not show.

const three = [visit('r1', -300), visit('r2', -200), visit('r3', -100)];
const frequent: Partial<FrequentAttenderAnswers> = {
  todayReasons: ['illness'],
  knownToSocialCare: 'no',
  ...reviewed(),
  ...discussed,
};

export const boundaryFixtures: Fixture[] = [
  {
    name: '7-year-old with a clean history: nothing to ask, complete when the lookup returns',
    example: 'boundary',
    rules: ['FA0'],
    context: faContext('2017-06-01', 'female', []),
    answers: {},
    expected: {
      level: 'NO_CONCERN',
      actions: [],
      absent: ['NOTIFY_GP', 'ROUTINE_SUMMARY'],
      firedRules: ['FA0'],
      detail: { faLevel: 'FA0', n12: 1, n6: 1, providers12: 1 },
    },
    complete: true,
  },
  {
    name: '10-year-old with two visits in a year (one below the repeat count): not a repeat attender',
    example: 'boundary',
    rules: ['FA0'],
    context: faContext('2014-08-20', 'male', [visit('r1', -365), visit('r3', -30)]),
    answers: {},
    expected: {
      level: 'NO_CONCERN',
      actions: [],
      firedRules: ['FA0'],
      detail: { faLevel: 'FA0', n12: 2, n6: 2, providers12: 1 },
    },
    complete: true,
  },
  {
    name: '12-year-old with four visits at two providers: many providers escalates',
    example: 'boundary',
    rules: ['FA3'],
    context: faContext('2012-11-11', 'male', [...three.slice(0, 2), visit('r3', -100, Y)]),
    answers: frequent,
    expected: {
      level: 'DISCUSS',
      actions: ['CONSIDER_MASH', 'INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', 'NOTIFY_SN'],
      firedRules: ['FA3'],
      detail: { faLevel: 'FA3', n12: 4, n6: 2, providers12: 2 },
    },
    complete: true,
  },
  {
    name: '12-year-old with four visits, out-of-hours GP visits not counted at this site: FA1',
    example: 'boundary',
    rules: ['FA1'],
    context: faContext(
      '2012-11-11',
      'male',
      [...three.slice(0, 2), visit('r3', -100, X, { departmentType: 'ooh-gp' })],
      {
        config: { faCountOutOfHoursGp: false },
      },
    ),
    answers: reviewed(),
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['FA_FLAG'],
      firedRules: ['FA1'],
      detail: { faLevel: 'FA1', n12: 3, n6: 1, providers12: 1 },
    },
    complete: true,
  },
  {
    name: '13-year-old with a child protection plan and a fourth visit: tell the social worker',
    example: 'boundary',
    rules: ['FA3'],
    context: faContext('2011-05-05', 'female', three),
    answers: { ...frequent, knownToSocialCare: 'yes' },
    expected: {
      level: 'DISCUSS',
      actions: [
        'CONSIDER_MASH',
        'INFORM_SAFEGUARDING_LEAD',
        'FA_FLAG',
        'CPIS_INFORM_SOCIAL_WORKER',
        'NOTIFY_SN',
      ],
      firedRules: ['FA3'],
      detail: { faLevel: 'FA3', n12: 4, n6: 2, providers12: 1 },
    },
    complete: true,
  },
  {
    name: '14-year-old with an earlier self-harm visit and a fourth visit: escalating reason',
    example: 'boundary',
    rules: ['FA3'],
    context: faContext('2010-05-05', 'male', [
      ...three.slice(0, 2),
      visit('r3', -100, X, { reasons: ['self-harm'] }),
    ]),
    answers: frequent,
    expected: {
      level: 'DISCUSS',
      actions: ['CONSIDER_MASH', 'INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', 'NOTIFY_SN'],
      firedRules: ['FA3'],
      detail: { faLevel: 'FA3', n12: 4, n6: 2, providers12: 1 },
    },
    complete: true,
  },
];
