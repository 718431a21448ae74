import { context, FRASER_MET, screened, type CseFixture } from './fixtures-common.ts';

// Boundary rows at each threshold (the threshold and one below), and the derivations. The worked
// examples already give: age gap 4 / 3 (2, 3), forensic window 7 / 8 days (5), 5 / 4 unknowns (10).

const HIGH = ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD'] as const;
const boundary = (f: Omit<CseFixture, 'example' | 'complete'>): CseFixture => ({
  ...f,
  example: 'boundary',
  complete: true,
});

export const boundaryFixtures: readonly CseFixture[] = [
  {
    name: '16-year-old asking for emergency contraception; the man who drove her is waiting (screen finished)',
    example: '8 (completed)',
    rules: ['C-R2', 'C-R7'],
    context: context(16, 'female'),
    answers: screened({
      screenReasons: ['emergency-contraception'],
      immediateDanger: 'yes',
      partnerAgeStatus: 'unknown-or-wont-say',
      controllingCompanion: 'yes',
    }),
    expected: {
      level: 'EMERGENCY',
      actions: ['POLICE_999', ...HIGH],
      firedRules: ['C-R2', 'C-R7'],
      detail: { cseRisk: 'HIGH', amber: ['M3', 'M8'], red: [], ecDoNotDelay: true },
    },
    complete: true,
  },
  boundary({
    name: '15-year-old asking for emergency contraception whose partner is 17 (one below an adult partner)',
    rules: ['C-R6', 'C-R7', 'C-R8', 'C-R9'],
    context: context(15, 'female'),
    answers: screened({
      screenReasons: ['emergency-contraception'],
      ...FRASER_MET,
      partnerAgeStatus: 'stated',
      partnerAgeYears: 17,
    }),
    expected: {
      level: 'NO_CONCERN',
      actions: ['SEXUAL_HEALTH_FOLLOWUP', 'FRASER_DOCUMENTED'],
      absent: ['MASH_REFERRAL', 'CONSIDER_MASH'],
      firedRules: ['C-R6', 'C-R7', 'C-R8', 'C-R9'],
      detail: { cseRisk: 'NONE', red: [], amber: [], ecDoNotDelay: true },
    },
  }),
  boundary({
    name: '16-year-old asking for contraception whose partner is 18 (the adult-partner rule stops at 16)',
    rules: ['C-R6', 'C-R9'],
    context: context(16, 'female'),
    answers: screened({ screenReasons: ['contraception'], partnerAgeStatus: 'stated', partnerAgeYears: 18 }),
    expected: {
      level: 'NO_CONCERN',
      actions: ['SEXUAL_HEALTH_FOLLOWUP'],
      absent: ['MASH_REFERRAL', 'FRASER_DOCUMENTED'],
      firedRules: ['C-R6', 'C-R9'],
      detail: { cseRisk: 'NONE', red: [] },
    },
  }),
  boundary({
    name: '12-year-old girl asking for emergency contraception (under 13)',
    rules: ['C-R1', 'C-R2', 'C-R7', 'C-R8'],
    context: context(12, 'female'),
    answers: screened({
      screenReasons: ['emergency-contraception'],
      ...FRASER_MET,
      partnerAgeStatus: 'stated',
      partnerAgeYears: 13,
    }),
    expected: {
      level: 'REFER',
      actions: [...HIGH, 'FRASER_DOCUMENTED'],
      absent: ['CONSIDER_MASH', 'NOTIFY_GP'],
      firedRules: ['C-R1', 'C-R2', 'C-R7', 'C-R8'],
      detail: { cseRisk: 'HIGH', red: [], ecDoNotDelay: true },
    },
  }),
  boundary({
    name: '13-year-old girl asking for emergency contraception, partner 13, nothing of concern',
    rules: ['C-R6', 'C-R7', 'C-R8', 'C-R9'],
    context: context(13, 'female'),
    answers: screened({
      screenReasons: ['emergency-contraception'],
      ...FRASER_MET,
      partnerAgeStatus: 'stated',
      partnerAgeYears: 13,
    }),
    expected: {
      level: 'NO_CONCERN',
      actions: ['SEXUAL_HEALTH_FOLLOWUP', 'FRASER_DOCUMENTED'],
      absent: ['MASH_REFERRAL', 'CONSIDER_MASH'],
      firedRules: ['C-R6', 'C-R7', 'C-R8', 'C-R9'],
      detail: { cseRisk: 'NONE', ecDoNotDelay: true },
    },
  }),
  boundary({
    name: '12-year-old with genital soreness who says they have had sexual contact',
    rules: ['C-R1', 'C-R2'],
    context: context(12, 'female', ['illness']),
    answers: screened({
      screenReasons: ['genital-anal-symptoms'],
      sexualActivity: 'yes',
      partnerAgeStatus: 'unknown-or-wont-say',
    }),
    expected: {
      level: 'REFER',
      actions: HIGH,
      firedRules: ['C-R1', 'C-R2'],
      detail: { cseRisk: 'HIGH', amber: ['M3'] },
    },
  }),
];
