import { context, FRASER_MET, screened, type CseFixture } from './fixtures-common.ts';
import type { CseAnswers } from './schema.ts';

// cse.md "Worked examples" 6–10, each variant in its own row.

const MEDIUM = ['CONSIDER_MASH', 'SEXUAL_HEALTH_FOLLOWUP'] as const;
const PREGNANCY_TEST_AT_14: Partial<CseAnswers> = {
  screenReasons: ['pregnancy-test'],
  ...FRASER_MET,
  partnerAgeStatus: 'stated',
  partnerAgeYears: 15,
  howMetPartner: 'school-college',
};
const INTOXICATED_AT_13: Partial<CseAnswers> = {
  screenReasons: ['other-concern'],
  sexualActivity: 'no',
  partnerAgeStatus: 'no-partner',
  experimentingAlcoholDrugs: 'yes',
  chaoticHomeOrPastAbuse: 'unknown',
  friendsBeingExploited: 'unknown',
  unexplainedMoneyOrGifts: 'unknown',
  olderAssociatesOrGangs: 'unknown',
};

export const exampleFixtures2: readonly CseFixture[] = [
  {
    name: '10-year-old girl not in school, screened on clinician concern (under-13 floor)',
    example: '6',
    rules: ['C-R5', 'C-R3'],
    context: context(10, 'female', ['other']),
    answers: screened({
      screenReasons: ['other-concern'],
      sexualActivity: 'no',
      partnerAgeStatus: 'no-partner',
      poorSchoolAttendance: 'yes',
    }),
    expected: {
      level: 'DISCUSS',
      actions: MEDIUM,
      absent: ['MASH_REFERRAL', 'POLICE_NOTIFY', 'FRASER_DOCUMENTED'],
      firedRules: ['C-R3', 'C-R5'],
      detail: { cseRisk: 'MEDIUM', green: ['G5'], amber: [], red: [], ecDoNotDelay: false },
    },
    complete: true,
  },
  {
    name: '14-year-old asking for emergency contraception who does not understand the advice (Fraser not met)',
    example: '7',
    rules: ['C-R5', 'C-R3', 'C-R7', 'C-R8'],
    context: context(14, 'female'),
    answers: screened({
      screenReasons: ['emergency-contraception'],
      fraserUnderstandsAdvice: 'no',
      fraserWillNotTellParents: 'yes',
      fraserLikelyToHaveSex: 'yes',
      fraserHealthWillSuffer: 'yes',
      fraserBestInterests: 'yes',
      gillickCompetent: 'no',
      partnerAgeStatus: 'stated',
      partnerAgeYears: 15,
    }),
    expected: {
      level: 'DISCUSS',
      actions: [...MEDIUM, 'FRASER_DOCUMENTED'],
      absent: ['MASH_REFERRAL'],
      firedRules: ['C-R3', 'C-R5', 'C-R7', 'C-R8'],
      detail: { cseRisk: 'MEDIUM', fraserMet: false, ecDoNotDelay: true },
    },
    complete: true,
  },
  {
    name: '16-year-old asking for emergency contraception; the man who drove her is waiting for her',
    example: '8',
    rules: ['C-R2', 'C-R7'],
    context: context(16, 'female'),
    answers: { screenReasons: ['emergency-contraception'], immediateDanger: 'yes' },
    expected: {
      level: 'EMERGENCY',
      actions: ['POLICE_999', 'MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD'],
      firedRules: ['C-R2', 'C-R7'],
      detail: { cseRisk: 'HIGH', red: [], ecDoNotDelay: true },
    },
  },
  {
    name: '14-year-old with a positive pregnancy test here (pregnant at 13–15)',
    example: '9',
    rules: ['C-R5', 'C-R3', 'C-R8'],
    context: context(14, 'female'),
    answers: screened({ ...PREGNANCY_TEST_AT_14, pregnancyOrSti: ['pregnant'] }),
    expected: {
      level: 'DISCUSS',
      actions: [...MEDIUM, 'FRASER_DOCUMENTED'],
      absent: ['MASH_REFERRAL', 'NOTIFY_GP'],
      firedRules: ['C-R3', 'C-R5', 'C-R8'],
      detail: { cseRisk: 'MEDIUM', fraserMet: true },
    },
    complete: true,
  },
  {
    name: '14-year-old asking for a pregnancy test who was not seen alone (she wanted her mother to stay)',
    example: '9A',
    rules: ['C-R5', 'C-R3', 'C-R8'],
    context: context(14, 'female'),
    answers: screened({
      ...PREGNANCY_TEST_AT_14,
      seenAlone: 'no',
      notSeenAloneReason: 'She wanted her mother to stay.',
    }),
    expected: {
      level: 'DISCUSS',
      actions: [...MEDIUM, 'FRASER_DOCUMENTED'],
      absent: ['MASH_REFERRAL', 'NOTIFY_GP'],
      firedRules: ['C-R3', 'C-R5', 'C-R8'],
      detail: { cseRisk: 'MEDIUM' },
    },
    complete: true,
  },
  {
    name: '14-year-old asking for a pregnancy test, seen alone, nothing of concern',
    example: '9B',
    rules: ['C-R6', 'C-R8', 'C-R9'],
    context: context(14, 'female'),
    answers: screened({ ...PREGNANCY_TEST_AT_14 }),
    expected: {
      level: 'NO_CONCERN',
      actions: ['SEXUAL_HEALTH_FOLLOWUP', 'FRASER_DOCUMENTED'],
      absent: ['CONSIDER_MASH', 'NOTIFY_GP'],
      firedRules: ['C-R6', 'C-R8', 'C-R9'],
      detail: { cseRisk: 'NONE', green: [], amber: [], red: [], fraserMet: true },
    },
    complete: true,
  },
  {
    name: '13-year-old boy brought in intoxicated who would not say much: 5 signs not known',
    example: '10',
    rules: ['C-R5', 'C-R3'],
    context: context(13, 'male', ['intoxication']),
    answers: screened({ ...INTOXICATED_AT_13, onlineSexualRisk: 'unknown' }),
    expected: {
      level: 'DISCUSS',
      actions: MEDIUM,
      absent: ['NOTIFY_GP', 'MASH_REFERRAL'],
      firedRules: ['C-R3', 'C-R5'],
      detail: { cseRisk: 'MEDIUM', green: ['G6'], amber: [] },
    },
    complete: true,
  },
  {
    name: '13-year-old boy brought in intoxicated: 4 signs not known (one below the floor)',
    example: '10 (M6 no)',
    rules: ['C-R4', 'C-R9'],
    context: context(13, 'male', ['intoxication']),
    answers: screened({ ...INTOXICATED_AT_13, onlineSexualRisk: 'no' }),
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'SEXUAL_HEALTH_FOLLOWUP'],
      absent: ['CONSIDER_MASH'],
      firedRules: ['C-R4', 'C-R9'],
      detail: { cseRisk: 'LOW', green: ['G6'] },
    },
    complete: true,
  },
];
