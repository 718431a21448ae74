import { context, FRASER_MET, screened, type CseFixture } from './fixtures-common.ts';

// cse.md "Worked examples" 1–10, each variant in its own row. Dates are relative to ARRIVED_AT
// (2025-03-10): example 5's assault is 7 days before (2025-03-03), its variant 8 (2025-03-02).

const HIGH = ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD'] as const;
const MEDIUM = ['CONSIDER_MASH', 'SEXUAL_HEALTH_FOLLOWUP'] as const;

export const exampleFixtures: readonly CseFixture[] = [
  {
    name: '15-year-old girl asking for emergency contraception whose partner is 18',
    example: '1',
    rules: ['C-R2', 'C-R7', 'C-R8'],
    context: context(15, 'female'),
    answers: screened({
      screenReasons: ['emergency-contraception'],
      ...FRASER_MET,
      partnerAgeStatus: 'stated',
      partnerAgeYears: 18,
      howMetPartner: 'through-friends',
    }),
    expected: {
      level: 'REFER',
      actions: [...HIGH, 'FRASER_DOCUMENTED'],
      absent: ['SARC_REFERRAL', 'POLICE_999'],
      firedRules: ['C-R2', 'C-R7', 'C-R8'],
      detail: { cseRisk: 'HIGH', red: ['R5'], amber: [], green: [], fraserMet: true, ecDoNotDelay: true },
    },
    complete: true,
  },
  {
    name: '13-year-old boy with an STI whose partner is 17 (age gap exactly 4)',
    example: '2',
    rules: ['C-R3', 'C-R8'],
    context: context(13, 'male'),
    answers: screened({
      screenReasons: ['sti'],
      ...FRASER_MET,
      partnerAgeStatus: 'stated',
      partnerAgeYears: 17,
      howMetPartner: 'school-college',
    }),
    expected: {
      level: 'DISCUSS',
      actions: [...MEDIUM, 'FRASER_DOCUMENTED'],
      absent: ['MASH_REFERRAL', 'POLICE_NOTIFY'],
      firedRules: ['C-R3', 'C-R8'],
      detail: { cseRisk: 'MEDIUM', amber: ['M3'], red: [], fraserMet: true, ecDoNotDelay: false },
    },
    complete: true,
  },
  {
    name: '13-year-old boy with an STI whose partner is 17, at a site whose age-gap setting is 5',
    example: '2 (csePartnerAgeGapYears: 5)',
    rules: ['C-R6', 'C-R8', 'C-R9'],
    context: context(13, 'male', ['sexual-health'], { csePartnerAgeGapYears: 5 }),
    answers: screened({
      screenReasons: ['sti'],
      ...FRASER_MET,
      partnerAgeStatus: 'stated',
      partnerAgeYears: 17,
      howMetPartner: 'school-college',
    }),
    expected: {
      level: 'NO_CONCERN',
      actions: ['SEXUAL_HEALTH_FOLLOWUP', 'FRASER_DOCUMENTED'],
      absent: ['CONSIDER_MASH', 'NOTIFY_GP'],
      firedRules: ['C-R6', 'C-R8', 'C-R9'],
      detail: { cseRisk: 'NONE', amber: [], green: [], red: [] },
    },
    complete: true,
  },
  {
    name: '16-year-old asking for contraception who experiments with alcohol; partner 19; GP not to be told',
    example: '3',
    rules: ['C-R4', 'C-R9'],
    context: context(16, 'female'),
    answers: screened({
      screenReasons: ['contraception'],
      partnerAgeStatus: 'stated',
      partnerAgeYears: 19,
      experimentingAlcoholDrugs: 'yes',
      youngPersonSharingView: 'objects',
    }),
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'SEXUAL_HEALTH_FOLLOWUP'],
      absent: ['FRASER_DOCUMENTED', 'CONSIDER_MASH'],
      firedRules: ['C-R4', 'C-R9'],
      detail: { cseRisk: 'LOW', green: ['G6'], amber: [], red: [], ecDoNotDelay: false },
    },
    complete: true,
  },
  {
    name: '17-year-old asking for a pregnancy test whose partner, aged 24, is her sports coach',
    example: '4',
    rules: ['C-R2'],
    context: context(17, 'female'),
    answers: screened({
      screenReasons: ['pregnancy-test'],
      partnerAgeStatus: 'stated',
      partnerAgeYears: 24,
      partnerInPositionOfTrust: 'yes',
    }),
    expected: {
      level: 'REFER',
      actions: HIGH,
      absent: ['POLICE_999', 'FRASER_DOCUMENTED'],
      firedRules: ['C-R2'],
      detail: { cseRisk: 'HIGH', red: ['R5'], amber: ['M3'], ecDoNotDelay: false },
    },
    complete: true,
  },
  {
    name: '16-year-old boy disclosing a sexual assault 7 days ago (forensic window still open)',
    example: '5',
    rules: ['C-R2'],
    context: context(16, 'male', ['sexual-assault']),
    answers: screened({
      screenReasons: ['sexual-assault', 'sti'],
      partnerAgeStatus: 'no-partner',
      disclosedSexualAbuse: 'yes',
      assaultTiming: 'date-known',
      assaultDate: '2025-03-03',
    }),
    expected: {
      level: 'REFER',
      actions: [...HIGH, 'SARC_REFERRAL'],
      absent: ['POLICE_999'],
      firedRules: ['C-R2'],
      detail: { cseRisk: 'HIGH', red: ['R1'], forensicWindowOpen: true, daysSinceAssault: 7 },
    },
    complete: true,
  },
  {
    name: '16-year-old boy disclosing a sexual assault 8 days ago (non-recent: SARC via the strategy discussion)',
    example: '5 (8 days)',
    rules: ['C-R2'],
    context: context(16, 'male', ['sexual-assault']),
    answers: screened({
      screenReasons: ['sexual-assault', 'sti'],
      partnerAgeStatus: 'no-partner',
      disclosedSexualAbuse: 'yes',
      assaultTiming: 'date-known',
      assaultDate: '2025-03-02',
    }),
    expected: {
      level: 'REFER',
      actions: [...HIGH, 'SARC_REFERRAL'],
      absent: ['POLICE_999'],
      firedRules: ['C-R2'],
      detail: { cseRisk: 'HIGH', red: ['R1'], forensicWindowOpen: false, daysSinceAssault: 8 },
    },
    complete: true,
  },
];
