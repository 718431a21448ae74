import { context, FRASER_MET, screened, type CseFixture } from './fixtures-common.ts';
import type { CseAnswers } from './schema.ts';

// Boundary rows of the C-R5 age floors: (d) pregnancy or an STI at 13–15, and (e) not seen alone
// under 16 (the threshold and one below).

const MEDIUM = ['CONSIDER_MASH', 'SEXUAL_HEALTH_FOLLOWUP'] as const;
const CONTRACEPTION_AT_16: Partial<CseAnswers> = {
  screenReasons: ['contraception'],
  partnerAgeStatus: 'no-partner',
};
const boundary = (f: Omit<CseFixture, 'example' | 'complete'>): CseFixture => ({
  ...f,
  example: 'boundary',
  complete: true,
});

export const floorFixtures: readonly CseFixture[] = [
  boundary({
    name: '15-year-old with an STI already diagnosed (sexual activity under 16)',
    rules: ['C-R5', 'C-R3'],
    context: context(15, 'male'),
    answers: screened({
      screenReasons: ['sti'],
      ...FRASER_MET,
      partnerAgeStatus: 'no-partner',
      pregnancyOrSti: ['sti'],
    }),
    expected: {
      level: 'DISCUSS',
      actions: [...MEDIUM, 'FRASER_DOCUMENTED'],
      firedRules: ['C-R3', 'C-R5', 'C-R8'],
      detail: { cseRisk: 'MEDIUM' },
    },
  }),
  boundary({
    name: '16-year-old with an STI already diagnosed (S17 is not asked from 16)',
    rules: ['C-R6', 'C-R9'],
    context: context(16, 'male'),
    answers: screened({ screenReasons: ['sti'], partnerAgeStatus: 'no-partner', pregnancyOrSti: ['sti'] }),
    expected: {
      level: 'NO_CONCERN',
      actions: ['SEXUAL_HEALTH_FOLLOWUP'],
      absent: ['CONSIDER_MASH'],
      firedRules: ['C-R6', 'C-R9'],
      detail: { cseRisk: 'NONE' },
    },
  }),
  boundary({
    name: '15-year-old asking for contraception who was not seen alone',
    rules: ['C-R5', 'C-R3'],
    context: context(15, 'female'),
    answers: screened({
      ...CONTRACEPTION_AT_16,
      ...FRASER_MET,
      seenAlone: 'no',
      notSeenAloneReason: 'Her aunt would not leave.',
    }),
    expected: {
      level: 'DISCUSS',
      actions: MEDIUM,
      firedRules: ['C-R3', 'C-R5', 'C-R8'],
      detail: { cseRisk: 'MEDIUM' },
    },
  }),
  boundary({
    name: '16-year-old asking for contraception who was not seen alone (the floor stops at 16)',
    rules: ['C-R6', 'C-R9'],
    context: context(16, 'female'),
    answers: screened({
      ...CONTRACEPTION_AT_16,
      seenAlone: 'no',
      notSeenAloneReason: 'Her friend stayed with her.',
    }),
    expected: {
      level: 'NO_CONCERN',
      actions: ['SEXUAL_HEALTH_FOLLOWUP'],
      absent: ['CONSIDER_MASH'],
      firedRules: ['C-R6', 'C-R9'],
      detail: { cseRisk: 'NONE' },
    },
  }),
];
