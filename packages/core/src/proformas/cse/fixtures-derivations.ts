import { context, screened, type CseFixture } from './fixtures-common.ts';
import type { CseAnswers } from './schema.ts';

// The derivations ([PROJECT RULE] G1, M6, R1 and the unknown assault date), the learning-disability
// floor, professional judgement, and the forensic window on London calendar dates.

const HIGH = ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD'] as const;
const MEDIUM = ['CONSIDER_MASH', 'SEXUAL_HEALTH_FOLLOWUP'] as const;
const CONTRACEPTION_AT_16: Partial<CseAnswers> = {
  screenReasons: ['contraception'],
  partnerAgeStatus: 'no-partner',
};
const derivation = (f: Omit<CseFixture, 'example' | 'complete'>): CseFixture => ({
  ...f,
  example: 'boundary',
  complete: true,
});

export const derivationFixtures: readonly CseFixture[] = [
  derivation({
    name: '16-year-old with a learning disability asking for contraception (never rated low)',
    rules: ['C-R5', 'C-R3'],
    context: context(16, 'female'),
    answers: screened({ ...CONTRACEPTION_AT_16, learningDisability: 'yes' }),
    expected: {
      level: 'DISCUSS',
      actions: MEDIUM,
      firedRules: ['C-R3', 'C-R5'],
      detail: { cseRisk: 'MEDIUM', green: ['G3'] },
    },
  }),
  derivation({
    name: '16-year-old living in a residential home asking for contraception (G1 from where they live)',
    rules: ['C-R4', 'C-R9'],
    context: context(16, 'female'),
    answers: screened({
      ...CONTRACEPTION_AT_16,
      livingSituation: 'residential',
      lookedAfterOrCareLeaver: 'unknown',
    }),
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'SEXUAL_HEALTH_FOLLOWUP'],
      firedRules: ['C-R4', 'C-R9'],
      detail: { cseRisk: 'LOW', green: ['G1'] },
    },
  }),
  derivation({
    name: '17-year-old who met her 18-year-old partner online (M6 from how they met)',
    rules: ['C-R3'],
    context: context(17, 'female'),
    answers: screened({
      screenReasons: ['contraception'],
      partnerAgeStatus: 'stated',
      partnerAgeYears: 18,
      howMetPartner: 'online',
    }),
    expected: {
      level: 'DISCUSS',
      actions: MEDIUM,
      firedRules: ['C-R3'],
      detail: { cseRisk: 'MEDIUM', amber: ['M6'] },
    },
  }),
  derivation({
    name: '16-year-old who will not say how old her partner is (M3 from the partner age)',
    rules: ['C-R3'],
    context: context(16, 'female'),
    answers: screened({
      screenReasons: ['emergency-contraception'],
      partnerAgeStatus: 'unknown-or-wont-say',
    }),
    expected: {
      level: 'DISCUSS',
      actions: MEDIUM,
      firedRules: ['C-R3', 'C-R7'],
      detail: { cseRisk: 'MEDIUM', amber: ['M3'], ecDoNotDelay: true },
    },
  }),
  derivation({
    name: '16-year-old asking for contraception whom the clinician judges at high risk',
    rules: ['C-R2'],
    context: context(16, 'female'),
    answers: screened({
      ...CONTRACEPTION_AT_16,
      judgementRisk: 'high',
      judgementReason: 'An older man kept phoning her during the visit.',
    }),
    expected: {
      level: 'REFER',
      actions: HIGH,
      absent: ['NOTIFY_GP'],
      firedRules: ['C-R2'],
      detail: { cseRisk: 'HIGH', red: [], amber: [], green: [] },
    },
  }),
  derivation({
    name: '15-year-old girl disclosing a sexual assault on a date she does not know (SARC now)',
    rules: ['C-R2'],
    context: context(15, 'female', ['sexual-assault']),
    answers: screened({
      screenReasons: ['sexual-assault'],
      partnerAgeStatus: 'no-partner',
      assaultTiming: 'date-not-known',
    }),
    expected: {
      level: 'REFER',
      actions: [...HIGH, 'SARC_REFERRAL'],
      firedRules: ['C-R2'],
      detail: { cseRisk: 'HIGH', red: ['R1'], forensicWindowOpen: true },
    },
  }),
  derivation({
    name: '16-year-old arriving at 00:30 in summer, assaulted 8 London days before (window closed)',
    rules: ['C-R2'],
    context: context(16, 'male', ['sexual-assault'], undefined, '2025-06-11T00:30:00+01:00'),
    answers: screened({
      screenReasons: ['sexual-assault'],
      partnerAgeStatus: 'no-partner',
      assaultTiming: 'date-known',
      assaultDate: '2025-06-03',
    }),
    expected: {
      level: 'REFER',
      actions: [...HIGH, 'SARC_REFERRAL'],
      firedRules: ['C-R2'],
      detail: { forensicWindowOpen: false, daysSinceAssault: 8 },
    },
  }),
];
