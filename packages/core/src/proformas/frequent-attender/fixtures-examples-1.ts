import type { ProformaFixture } from '../../model/fixture.ts';
import { discussed, faContext, historyNotChecked, reviewed, visit, X, Y } from './fixtures-builder.ts';
import type { FrequentAttenderAnswers } from './schema.ts';

type Fixture = ProformaFixture<FrequentAttenderAnswers>;

/** frequent-attender.md "Worked examples" #1–#5 (with each variant the table names). */
export const workedExampleFixtures1: Fixture[] = [
  {
    name: '10-year-old boy back for the third time in a year: the visit 364 days ago counts, 365 does not',
    example: '1',
    rules: ['FA1'],
    context: faContext('2014-08-20', 'male', [visit('r1', -365), visit('r2', -364), visit('r3', -30)]),
    answers: reviewed(),
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['FA_FLAG', 'NOTIFY_HV', 'INFORM_SAFEGUARDING_LEAD'],
      firedRules: ['FA1'],
      detail: { faLevel: 'FA1', n12: 3, n6: 2, providers12: 1 },
    },
    complete: true,
  },
  {
    name: '2-year-old girl with a fourth visit in a year for illness (frequent attender, no escalator)',
    example: '2',
    rules: ['FA2'],
    context: faContext('2022-12-01', 'female', [
      visit('r1', -364, X, { reasons: ['illness'] }),
      visit('r2', -100, X, { reasons: ['illness'] }),
      visit('r3', -30, X, { reasons: ['illness'] }),
    ]),
    answers: {
      todayReasons: ['illness'],
      knownToSocialCare: 'no',
      ...reviewed(),
      leadDiscussion: 'arranged',
    },
    expected: {
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', 'NOTIFY_HV'],
      absent: ['CONSIDER_MASH', 'NOTIFY_SN'],
      firedRules: ['FA2'],
      detail: { faLevel: 'FA2', n12: 4, n6: 3, providers12: 1 },
    },
    complete: true,
  },
  {
    name: '2-year-old girl with a fourth visit in a year, today after an assault (escalates to FA3)',
    example: '2 (variant: V4 [assault])',
    rules: ['FA3'],
    context: faContext('2022-12-01', 'female', [
      visit('r1', -364, X, { reasons: ['illness'] }),
      visit('r2', -100, X, { reasons: ['illness'] }),
      visit('r3', -30, X, { reasons: ['illness'] }),
    ]),
    answers: { todayReasons: ['assault'], knownToSocialCare: 'no', ...reviewed(), ...discussed },
    expected: {
      level: 'DISCUSS',
      actions: ['CONSIDER_MASH', 'INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', 'NOTIFY_HV'],
      absent: ['NOTIFY_SN', 'CPIS_INFORM_SOCIAL_WORKER'],
      firedRules: ['FA3'],
      detail: { faLevel: 'FA3', n12: 4, n6: 3, providers12: 1 },
    },
    complete: true,
  },
  {
    name: '15-year-old boy with four injury visits in six months: the visit 182 days ago is in the short window',
    example: '3',
    rules: ['FA3'],
    context: faContext('2009-06-15', 'male', [
      visit('r1', -182, X, { reasons: ['injury'] }),
      visit('r2', -150, X, { reasons: ['injury'] }),
      visit('r3', -60, X, { reasons: ['injury'] }),
    ]),
    answers: { todayReasons: ['injury'], knownToSocialCare: 'no', ...reviewed(), ...discussed },
    expected: {
      level: 'DISCUSS',
      actions: ['CONSIDER_MASH', 'INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['NOTIFY_HV', 'MASH_REFERRAL'],
      firedRules: ['FA3'],
      detail: { faLevel: 'FA3', n12: 4, n6: 4, providers12: 1 },
    },
    complete: true,
  },
  {
    name: '15-year-old boy with four injury visits, the first 183 days ago (outside the short window): FA2',
    example: '3 (variant: −183 instead of −182)',
    rules: ['FA2'],
    context: faContext('2009-06-15', 'male', [
      visit('r1', -183, X, { reasons: ['injury'] }),
      visit('r2', -150, X, { reasons: ['injury'] }),
      visit('r3', -60, X, { reasons: ['injury'] }),
    ]),
    answers: { todayReasons: ['injury'], knownToSocialCare: 'no', ...reviewed(), ...discussed },
    expected: {
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['CONSIDER_MASH'],
      firedRules: ['FA2'],
      detail: { faLevel: 'FA2', n12: 4, n6: 3, providers12: 1 },
    },
    complete: true,
  },
  {
    name: '6-year-old girl: a duplicate record, today’s own record and a record after today are not counted',
    example: '4',
    rules: ['FA1'],
    context: faContext('2018-10-01', 'female', [
      visit('r1', -200, X),
      visit('r1', -200, X),
      visit('r2', -90, Y),
      visit(
        'r3',
        0,
        { providerId: 'rxa', providerName: X.providerName },
        { arrivedAt: '2025-03-12T10:30:40+00:00' },
      ),
      visit('r4', 2, X),
    ]),
    answers: reviewed(),
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['FA_FLAG', 'CONSIDER_MASH'],
      firedRules: ['FA1'],
      detail: { faLevel: 'FA1', n12: 3, n6: 2, providers12: 2 },
    },
    complete: true,
  },
  {
    name: '11-year-old boy whose attendance history timed out: no other check possible, none found',
    example: '5',
    rules: ['FA0', 'FA-U'],
    context: faContext('2013-05-05', 'male', undefined),
    answers: historyNotChecked([], ['none-possible']),
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP'],
      absent: ['NOTIFY_SN', 'FA_FLAG', 'INFORM_SAFEGUARDING_LEAD'],
      firedRules: ['FA0', 'FA-U'],
      detail: { faLevel: 'FA0', n12: 1, n6: 1, providers12: 1 },
    },
    complete: true,
  },
];
